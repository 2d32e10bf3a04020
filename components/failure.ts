import { t } from '../utils/i18n';
import type { StoreFailure } from '../utils/store/schema';

/**
 * A store failure in the reader's language: the store's own reason where it gives one (a refusal
 * it words itself), else `lead` — by default what the kind of failure means — with the English
 * detail after it.
 */
export function failureText(f: StoreFailure, lead: string = t(`saveError_${f.error}`)): string {
  return f.say ? t(f.say.key, f.say.args) : `${lead} (${f.message})`;
}
