import { extractFields } from '../utils/extract';
import { onBackgroundRequest, sendToTab } from '../utils/messages';
import { getClipByUrl, saveClip } from '../utils/store/clips';
import { createDatabase } from '../utils/store/schema';
import { anchorAll } from '../utils/page/anchor';
import { highlightsHidden } from '../utils/settings';
import { t } from '../utils/i18n';

const MENU_FIND = 'newsmark-find-fields';
const MENU_SAVE = 'newsmark-save-selection';
const MENU_LIBRARY = 'newsmark-open-library';

export default defineBackground(() => {
  // The engine runs here, loaded once, not in every tab: pages only read text and draw.
  // The database lives in the extension's origin; content scripts never open it.
  const db = createDatabase();
  onBackgroundRequest({
    extract: (request) => extractFields(request.text, request.options),
    save: (request) => saveClip(db, request.clip),
    // Re-anchoring can fall back to a fuzzy search: here it costs no page any time.
    anchor: async ({ url, text }) => {
      const clip = await getClipByUrl(db, url);
      if (!clip || clip.annotations.length === 0) return undefined;
      const { anchored, missing } = anchorAll(text, clip.annotations);
      const byId = new Map(clip.annotations.map((a) => [a.id, a]));
      return {
        anchored: anchored.map(({ id, start, end }) => ({ id, start, end })),
        missing: missing.map((id) => ({ id, type: byId.get(id)!.type, text: byId.get(id)!.text })),
      };
    },
  });

  // Context menu and keyboard shortcut: run on a page that is not an article.
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_FIND, title: t('menuFindFields'), contexts: ['page', 'selection'] });
    browser.contextMenus.create({ id: MENU_SAVE, title: t('menuSaveSelection'), contexts: ['selection'] });
    // The toolbar button's own menu (right-click on it); MV2 (Firefox) calls that context browser_action.
    const toolbar = import.meta.env.MANIFEST_VERSION === 3 ? 'action' : 'browser_action';
    browser.contextMenus.create({ id: MENU_LIBRARY, title: t('libraryMenuOpen'), contexts: [toolbar] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_LIBRARY) void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
    if (tab?.id === undefined) return;
    if (info.menuItemId === MENU_FIND) void sendToTab<'run'>(tab.id, { type: 'run' });
    if (info.menuItemId === MENU_SAVE) void sendToTab<'save-selection'>(tab.id, { type: 'save-selection' });
  });
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command === 'run-on-page' && tab?.id !== undefined) await sendToTab<'run'>(tab.id, { type: 'run' });
    if (command === 'toggle-highlights') await highlightsHidden.setValue(!(await highlightsHidden.getValue()));
    if (command === 'save' && tab?.id !== undefined) await sendToTab<'save-selection'>(tab.id, { type: 'save-selection' });
  });
});
