import { Library } from '../../components/library/Library';
import type { NewsmarkDb } from '../../utils/store/schema';

/** The library page (library.html): the whole library in one component. */
export function App({ db }: { db: NewsmarkDb }) {
  return <Library db={db} />;
}
