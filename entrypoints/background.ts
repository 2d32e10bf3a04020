import { extractFields } from '../utils/extract';
import { onBackgroundRequest, sendToTab } from '../utils/messages';
import { allTags, getClipByUrl, saveClip } from '../utils/store/clips';
import { createDatabase } from '../utils/store/schema';
import { highlightsHidden } from '../utils/settings';
import { t } from '../utils/i18n';

const MENU_FIND = 'newsmark-find-fields';

export default defineBackground(() => {
  // The engine runs here, loaded once, not in every tab: pages only read text and draw.
  // The database lives in the extension's origin; content scripts never open it.
  const db = createDatabase();
  onBackgroundRequest({
    extract: (request) => extractFields(request.text, request.options),
    save: (request) => saveClip(db, request.clip),
    clip: (request) => getClipByUrl(db, request.url),
    tags: () => allTags(db),
  });

  // Context menu and keyboard shortcut: run on a page that is not an article.
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_FIND, title: t('menuFindFields'), contexts: ['page', 'selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_FIND && tab?.id !== undefined) void sendToTab<'run'>(tab.id, { type: 'run' });
  });
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command === 'run-on-page' && tab?.id !== undefined) await sendToTab<'run'>(tab.id, { type: 'run' });
    if (command === 'toggle-highlights') await highlightsHidden.setValue(!(await highlightsHidden.getValue()));
  });
});
