import { render } from 'preact';
import { FieldCard } from '../../components/FieldCard';
import type { Field } from '../../utils/extract/types';
import { t } from '../../utils/i18n';
import { detectLanguage } from '../../utils/extract/lang';
import { askBackground, onContentRequest, requestExtraction, type PageArticle, type PageState, type SaveOutcome } from '../../utils/messages';
import type { AnnotationInput } from '../../utils/store/schema';
import { createAnnotator } from '../../utils/page/annotator';
import { isArticlePage } from '../../utils/page/detect';
import { createHighlighter } from '../../utils/page/highlighter';
import { disabledSites, highlightsHidden, siteOf, visibleTypes } from '../../utils/settings';
import cardCss from './card.css?inline';
import './style.css';

/**
 * In a frame, Newsmark runs only when the article itself is there: a same-origin frame
 * of a page that is not an article. Ads, embeds and cross-origin frames are left alone.
 */
function isArticleFrame(): boolean {
  try {
    return window.top!.location.origin === location.origin && !isArticlePage(window.top!.document) && isArticlePage(document);
  } catch {
    return false; // a cross-origin top: this frame is someone else's embed
  }
}

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  allFrames: true,
  cssInjectionMode: 'manifest',
  async main(ctx) {
    const top = window === window.top;
    if (!top && !isArticleFrame()) return;
    const site = siteOf(location.href);
    const highlighter = createHighlighter(window);
    let disabled = (await disabledSites.getValue()).includes(site);
    let state: PageState = { state: 'idle', article: isArticlePage(document), site, disabled };

    const annotator = createAnnotator(document, {
      highlighter,
      extract: requestExtraction,
      onResult: (r) => {
        state = { state: 'done', article: state.article, site, disabled, counts: r.counts, capped: r.capped };
        if (r.capped) void showNotice(t('cappedNotice'));
      },
    });
    const start = async () => {
      state = { ...state, state: 'working' } as PageState;
      const result = await annotator.run();
      if (!result && state.state === 'working') state = { state: 'no-article', article: state.article, site, disabled };
      if (result) await showSaved();
      return state;
    };

    // Coming back: what was saved from this page is found again and marked newsmark-saved;
    // what cannot be found is listed in the popup, never dropped.
    const HighlightCtor = (window as unknown as { Highlight?: new () => Set<Range> }).Highlight;
    const savedHighlight = HighlightCtor ? new HighlightCtor() : undefined;
    const showSaved = async () => {
      const snapshot = await annotator.snapshot();
      if (!snapshot || !savedHighlight) return;
      const anchors = await askBackground<'anchor'>({ type: 'anchor', url: location.href, text: snapshot.article.text }).catch(
        () => undefined,
      );
      savedHighlight.clear();
      if (!anchors) return;
      for (const a of anchors.anchored) {
        const range = annotator.rangeOf(a.start, a.end);
        if (range) savedHighlight.add(range);
      }
      (CSS.highlights as unknown as Map<string, unknown>).set('newsmark-saved', savedHighlight);
      if (state.state === 'done') state = { ...state, saved: { found: anchors.anchored.length, missing: anchors.missing } };
    };

    const applyVisibility = async () => {
      const hidden = await highlightsHidden.getValue();
      highlighter.show(new Set(hidden ? [] : await visibleTypes.getValue()));
    };
    await applyVisibility();
    const unwatch = [
      visibleTypes.watch(() => void applyVisibility()),
      highlightsHidden.watch(() => void applyVisibility()),
      disabledSites.watch((sites) => {
        disabled = sites.includes(site);
        state = { ...state, disabled } as PageState;
        if (disabled) annotator.stop();
      }),
    ];
    // The page's own frame answers the popup and the menu; an article frame runs by itself.
    const pageArticle = async (): Promise<PageArticle | undefined> => {
      const snapshot = await annotator.snapshot();
      if (!snapshot) return undefined;
      const { article, fields } = snapshot;
      const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
      return {
        article: {
          url: location.href,
          ...(canonical ? { canonicalUrl: canonical } : {}),
          title: article.title,
          site: article.siteName ?? location.hostname,
          ...(article.author ? { author: article.author } : {}),
          ...(article.published ? { published: article.published } : {}),
          lang: detectLanguage(article.text, article.lang),
        },
        text: article.text,
        fields,
      };
    };
    /** Scrolls to a passage of the article and flashes it (a transient newsmark-focus highlight). */
    const focusHighlight = HighlightCtor ? new HighlightCtor() : undefined;
    let focusTimer: number | undefined;
    const reveal = async (start: number, end: number) => {
      await annotator.snapshot();
      const range = annotator.rangeOf(start, end);
      const element = range?.startContainer.parentElement;
      if (!range || !element) return false;
      element.scrollIntoView({ block: 'center', behavior: 'smooth' });
      if (focusHighlight) {
        focusHighlight.clear();
        focusHighlight.add(range);
        (CSS.highlights as unknown as Map<string, unknown>).set('newsmark-focus', focusHighlight);
        clearTimeout(focusTimer);
        focusTimer = ctx.setTimeout(() => CSS.highlights.delete('newsmark-focus'), 1_500);
      }
      return true;
    };

    /** Saves the page's article with `pick`'s annotations, as one clip. */
    const saveWith = async (pick: (page: PageArticle) => AnnotationInput[] | string): Promise<SaveOutcome> => {
      const page = await pageArticle();
      if (!page) return { ok: false, error: 'no-article', message: t('pageNoArticleText') };
      const annotations = pick(page);
      if (typeof annotations === 'string') return { ok: false, error: 'no-selection', message: annotations };
      try {
        const outcome = await askBackground<'save'>({ type: 'save', clip: { article: page.article, annotations, articleText: page.text } });
        if (outcome.ok) await showSaved();
        return outcome;
      } catch (e) {
        return { ok: false, error: 'unknown', message: (e as Error).message };
      }
    };
    const savePage = () => saveWith((page) => page.fields);
    const saveField = (field: Field) =>
      saveWith((page) => {
        // Offsets as the article reads now: the same field, nearest to where it was.
        const same = page.fields.filter((f) => f.type === field.type && f.text === field.text);
        const nearest = same.sort((a, b) => Math.abs(a.start - field.start) - Math.abs(b.start - field.start))[0];
        return nearest ? [nearest] : t('saveError_invalid');
      });
    const saveSelection = () =>
      saveWith((page) => {
        const selection = window.getSelection();
        const range = selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0) : undefined;
        const at = range && annotator.offsetsOf(range);
        if (!at) return t('selectInArticle');
        return [{ type: 'quote', value: null, text: page.text.slice(at.start, at.end), start: at.start, end: at.end }];
      });

    if (top) {
      unwatch.push(
        onContentRequest(async (request) => {
          switch (request.type) {
            case 'run':
              return start();
            case 'article':
              return pageArticle();
            case 'save-selection':
              // With nothing selected (the shortcut on a page), the page is saved.
              return (window.getSelection()?.isCollapsed ?? true) ? savePage().then(announce) : saveSelection().then(announce);
            case 'save-page':
              return savePage().then(announce);
            case 'reveal':
              return reveal(request.start, request.end);
            default:
              return state;
          }
        }),
      );
    }

    // Single-page apps: a new article replaces the old one.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      annotator.stop();
      state = { state: 'idle', article: isArticlePage(document), site, disabled };
      if (state.article && !disabled) void start();
    });

    // The card: one shadow root, opened by a click or a short hover on a highlight.
    let ui: Awaited<ReturnType<typeof createShadowRootUi>> | undefined;
    const mountUi = async () => {
      ui ??= await createShadowRootUi(ctx, {
        name: 'newsmark-card',
        position: 'inline',
        anchor: 'body',
        append: 'last',
        css: cardCss,
        onMount: (container, _shadow, host) => {
          host.setAttribute('data-newsmark-ui', '');
          return container;
        },
        onRemove: (container) => {
          if (container) render(null, container);
        },
      });
      ui.mount();
      return ui;
    };
    let hover: { field: Field; timer: number } | undefined;
    const closeCard = () => {
      if (hover) clearTimeout(hover.timer);
      hover = undefined;
      if (ui?.mounted) render(null, ui.mounted as HTMLElement);
    };
    const openCard = async (field: Field, x: number, y: number) => {
      const container = (await mountUi()).mounted as HTMLElement;
      const hideType = async (type: Field['type']) => {
        closeCard();
        await visibleTypes.setValue((await visibleTypes.getValue()).filter((v) => v !== type));
      };
      render(
        <FieldCard
          field={field}
          onCopy={copyText}
          onSave={async (f) => describeOutcome(await saveField(f))}
          onHideType={(type) => void hideType(type)}
          onClose={closeCard}
        />,
        container,
      );
      const card = container.querySelector<HTMLElement>('.card');
      if (!card) return;
      const left = Math.min(x + 8, window.innerWidth - card.offsetWidth - 8);
      const top = y + 16 + card.offsetHeight > window.innerHeight ? y - card.offsetHeight - 8 : y + 16;
      card.style.left = `${Math.max(8, left)}px`;
      card.style.top = `${Math.max(8, top)}px`;
    };
    const describeOutcome = (outcome: SaveOutcome) =>
      outcome.ok ? t('savedCount', String(outcome.saved)) : outcome.error === 'no-article' || outcome.error === 'no-selection' ? outcome.message : t(`saveError_${outcome.error}`);
    /** Says on the page how a save from the menu or a shortcut went, for a few seconds. */
    const announce = async (outcome: SaveOutcome) => {
      const notice = await showNotice(describeOutcome(outcome));
      ctx.setTimeout(() => notice?.remove(), 4_000);
      return outcome;
    };
    const showNotice = async (message: string) => {
      const container = (await mountUi()).mounted as HTMLElement;
      const notice = document.createElement('div');
      notice.className = 'notice';
      notice.setAttribute('role', 'status');
      notice.textContent = message;
      container.parentNode?.appendChild(notice);
      return notice;
    };
    const insideUi = (e: Event) => e.composedPath().some((n) => n instanceof Element && n.hasAttribute('data-newsmark-ui'));

    ctx.addEventListener(document, 'click', (e: MouseEvent) => {
      if (insideUi(e)) return;
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
      const container = (await mountUi()).mounted as HTMLElement;
      if (!quoteButton) {
        quoteButton = document.createElement('button');
        quoteButton.type = 'button';
        quoteButton.className = 'quote';
        quoteButton.textContent = t('saveQuote');
        quoteButton.addEventListener('click', async () => {
          quoteButton?.remove();
          quoteButton = undefined;
          await announce(await saveSelection());
        });
        container.parentNode?.appendChild(quoteButton);
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

    // An extension update or reload leaves this script behind: clean up without a sound.
    // The context notices it is dead when one of its timers fires, hence the idle tick.
    ctx.setInterval(() => undefined, 1_000);
    ctx.onInvalidated(() => {
      annotator.stop();
      if ((CSS.highlights as unknown as Map<string, unknown>).get('newsmark-saved') === savedHighlight) CSS.highlights.delete('newsmark-saved');
      ui?.remove();
      for (const stop of unwatch) {
        try {
          stop();
        } catch {
          // The extension's APIs are gone with its context; there is nothing left to unhook.
        }
      }
    });

    if (state.article && !disabled) await start();
  },
});

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
