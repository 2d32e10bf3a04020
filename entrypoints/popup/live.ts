/**
 * The popup's live half, loaded after its first read (utils/store/first-read.ts): Dexie, the
 * database as the background opens it, and the watchers that keep the popup live.
 */

import { createDatabase, type NewsmarkDb } from '../../utils/store/schema';

export { watchClip, watchTags, type LiveClip } from '../../utils/store/live';

/** The extension's database, as the background opens it. */
export const popupDb: NewsmarkDb = createDatabase();
