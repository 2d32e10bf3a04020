/**
 * What the content script shows on the page, in one shadow root: the card of a field
 * (click or hover), notices, and the 'Save quote' button a selection offers.
 */

import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { FieldCard } from '../../components/FieldCard';
import type { Field } from '../../utils/extract/types';
import { t } from '../../utils/i18n';
import type { SaveOutcome } from '../../utils/messages';
import type { Annotator } from '../../utils/page/annotator';
import type { Clipper } from '../../utils/page/clipper';
import cardCss from './card.css?inline';

/** How a save went, in the reader's language. */
const describeOutcome = (outcome: SaveOutcome): string =>
  outcome.ok
    ? t('savedCount', String(outcome.saved))
    : outcome.error === 'no-article' || outcome.error === 'no-selection'
      ? outcome.message
      : t(`saveError_${outcome.error}`);

/** Mounts the page UI and its listeners on `ctx`'s page; removed with the context. */
export function createPageUi(ctx: ContentScriptContext, options: { annotator: Annotator; clipper: Clipper; hideType: (type: Field['type']) => void }) {
  const { annotator, clipper } = options;
  let ui: Awaited<ReturnType<typeof createShadowRootUi<HTMLElement>>> | undefined;
  const container = async () => {
    ui ??= await createShadowRootUi(ctx, {
      name: 'newsmark-card',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: cardCss,
      onMount: (root, _shadow, host) => {
        host.setAttribute('data-newsmark-ui', '');
        return root;
      },
      onRemove: (root) => {
        if (root) render(null, root);
      },
    });
    ui.mount();
    return ui.mounted!;
  };

  let hover: { field: Field; timer: number } | undefined;
  const closeCard = () => {
    if (hover) clearTimeout(hover.timer);
    hover = undefined;
    if (ui?.mounted) render(null, ui.mounted);
  };
  const openCard = async (field: Field, x: number, y: number) => {
    const root = await container();
    render(
      <FieldCard
        field={field}
        onCopy={copyText}
        onSave={async (f) => describeOutcome(await clipper.saveField(f))}
        onHideType={(type) => {
          closeCard();
          options.hideType(type);
        }}
        onClose={closeCard}
      />,
      root,
    );
    const card = root.querySelector<HTMLElement>('.card');
    if (!card) return;
    const left = Math.min(x + 8, window.innerWidth - card.offsetWidth - 8);
    const top = y + 16 + card.offsetHeight > window.innerHeight ? y - card.offsetHeight - 8 : y + 16;
    card.style.left = `${Math.max(8, left)}px`;
    card.style.top = `${Math.max(8, top)}px`;
  };

  const showNotice = async (message: string) => {
    const root = await container();
    const notice = document.createElement('div');
    notice.className = 'notice';
    notice.setAttribute('role', 'status');
    notice.textContent = message;
    root.parentNode?.appendChild(notice);
    return notice;
  };
  /** Says on the page how a save from the menu, a shortcut or the quote button went, for a few seconds. */
  const announce = async (outcome: SaveOutcome) => {
    const notice = await showNotice(describeOutcome(outcome));
    ctx.setTimeout(() => notice.remove(), 4_000);
    return outcome;
  };
  const insideUi = (e: Event) => e.composedPath().some((n) => n instanceof Element && n.hasAttribute('data-newsmark-ui'));

  ctx.addEventListener(document, 'click', (e: MouseEvent) => {
    // Nothing drawn (most pages): no hit test on every click.
    if (insideUi(e) || (annotator.fields.length === 0 && !hover)) return;
    const field = annotator.fieldAtPoint(e.clientX, e.clientY);
    if (field) void openCard(field, e.clientX, e.clientY);
    else closeCard();
  });
  let pending = false;
  ctx.addEventListener(document, 'mousemove', (e: MouseEvent) => {
    if (pending || annotator.fields.length === 0) return;
    pending = true;
    ctx.requestAnimationFrame(() => {
      pending = false;
      const field = annotator.fieldAtPoint(e.clientX, e.clientY);
      if (field === hover?.field) return;
      if (hover) clearTimeout(hover.timer);
      hover = field && { field, timer: ctx.setTimeout(() => void openCard(field, e.clientX, e.clientY), 500) };
    });
  });
  ctx.addEventListener(document, 'keydown', (e: KeyboardEvent) => {
    if (e.key === 'Escape') closeCard();
  });

  // A selection in the article offers to save it as a quote.
  let quoteButton: HTMLButtonElement | undefined;
  const offerQuote = async () => {
    const selection = window.getSelection();
    const range = selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0) : undefined;
    if (!range || !annotator.offsetsOf(range)) {
      quoteButton?.remove();
      quoteButton = undefined;
      return;
    }
    const root = await container();
    if (!quoteButton) {
      quoteButton = document.createElement('button');
      quoteButton.type = 'button';
      quoteButton.className = 'quote';
      quoteButton.textContent = t('saveQuote');
      quoteButton.addEventListener('click', async () => {
        quoteButton?.remove();
        quoteButton = undefined;
        await announce(await clipper.saveSelection());
      });
      root.parentNode?.appendChild(quoteButton);
    }
    const rect = range.getBoundingClientRect();
    quoteButton.style.left = `${Math.max(8, Math.min(rect.right, window.innerWidth - 120))}px`;
    quoteButton.style.top = `${Math.min(rect.bottom + 6, window.innerHeight - 40)}px`;
  };
  ctx.addEventListener(document, 'mouseup', (e: MouseEvent) => {
    if (!insideUi(e)) ctx.setTimeout(() => void offerQuote(), 0);
  });
  ctx.addEventListener(document, 'keyup', (e: KeyboardEvent) => {
    if (e.shiftKey) void offerQuote();
  });

  return { showNotice, announce, remove: () => ui?.remove() };
}

/** Copies `text`: the async clipboard where allowed, else a selection copy. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('data-newsmark-ui', '');
    area.style.cssText = 'position:fixed;left:-9999px;top:0';
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}
