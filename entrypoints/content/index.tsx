import { askBackground, onContentRequest, requestExtraction, type PageState } from '../../utils/messages';
import { t } from '../../utils/i18n';
import { createAnnotator } from '../../utils/page/annotator';
import { createClipper } from '../../utils/page/clipper';
import { isArticlePage } from '../../utils/page/detect';
import { createHighlighter } from '../../utils/page/highlighter';
import { disabledSites, highlightsHidden, siteOf, visibleTypes } from '../../utils/settings';
import { createPageUi } from './page-ui';
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
        if (r.capped) void ui.showNotice(t('cappedNotice'));
      },
    });
    const clipper = createClipper(document, {
      annotator,
      ask: askBackground,
      // Read when said, not on every page: the first t() loads the whole string table (20 kB).
      say: {
        get noArticle() {
          return t('pageNoArticleText');
        },
        get selectInArticle() {
          return t('selectInArticle');
        },
        get invalid() {
          return t('saveError_invalid');
        },
      },
    });
    const ui = createPageUi(ctx, {
      annotator,
      clipper,
      hideType: (type) => void visibleTypes.getValue().then((types) => visibleTypes.setValue(types.filter((v) => v !== type))),
    });

    /** Reads the page, then finds again what was saved from it. */
    const start = async () => {
      state = { ...state, state: 'working' } as PageState;
      const result = await annotator.run();
      if (!result && state.state === 'working') state = { state: 'no-article', article: state.article, site, disabled };
      const anchors = result ? await clipper.showSaved() : undefined;
      if (anchors && state.state === 'done') state = { ...state, saved: { found: anchors.anchored.length, missing: anchors.missing } };
      return state;
    };

    /** Draws again what is saved from the page, and says it in the state; the page is not read again. */
    const redrawSaved = async () => {
      const anchors = await clipper.showSaved();
      if (state.state === 'done') {
        const { saved: _before, ...rest } = state;
        state = anchors ? { ...rest, saved: { found: anchors.anchored.length, missing: anchors.missing } } : rest;
      }
      return state;
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
    // The page's own frame answers the popup, the menu and the shortcuts; an article frame runs by itself.
    if (top) {
      unwatch.push(
        onContentRequest(async (request) => {
          switch (request.type) {
            case 'run':
              return { ...(await start()), url: location.href };
            case 'show-saved':
              return { ...(await redrawSaved()), url: location.href };
            case 'article':
              return clipper.pageArticle();
            case 'save-selection':
              // With nothing selected (the shortcut on a page), the page is saved.
              return ui.announce(await ((window.getSelection()?.isCollapsed ?? true) ? clipper.savePage() : clipper.saveSelection()));
            case 'reveal':
              return clipper.reveal(request.start, request.end);
            default:
              return { ...state, url: location.href };
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

    // An extension update or reload leaves this script behind: clean up without a sound.
    // The context notices it is dead when one of its timers fires, hence the idle tick.
    ctx.setInterval(() => undefined, 1_000);
    ctx.onInvalidated(() => {
      annotator.stop();
      clipper.stop();
      ui.remove();
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
