import { useMemo, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { count } from './format';

/** One column of an index table: its header's message key and how a row shows and sorts by it. */
export interface IndexColumn<E> {
  key: string;
  label: string;
  cell: (entry: E) => string | number | undefined;
  numeric?: boolean;
}

export type IndexTableProps<E> = {
  /** The table's caption, also its accessible name. */
  caption: string;
  entries: readonly E[];
  columns: readonly IndexColumn<E>[];
  /** The first column's value of a row: what opening it filters the articles by. */
  idOf: (entry: E) => string;
  /** The accessible name of a row's "open" button. */
  openLabel: (entry: E) => string;
  onOpen: (entry: E) => void;
  /** The column sorted by at first (descending for numbers). */
  initialSort?: string;
};

type Sort = { key: string; dir: 'ascending' | 'descending' };

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** A sortable table (click a column header; again to reverse) whose rows open what they index. */
export function IndexTable<E>({ caption, entries, columns, idOf, openLabel, onOpen, initialSort }: IndexTableProps<E>) {
  const first = columns.find((c) => c.key === initialSort) ?? columns[0]!;
  const [sort, setSort] = useState<Sort>({ key: first.key, dir: first.numeric ? 'descending' : 'ascending' });
  const sorted = useMemo(() => {
    const column = columns.find((c) => c.key === sort.key) ?? columns[0]!;
    const sign = sort.dir === 'ascending' ? 1 : -1;
    return [...entries].sort((a, b) => {
      const x = column.cell(a);
      const y = column.cell(b);
      if (x === undefined || x === '') return y === undefined || y === '' ? 0 : 1;
      if (y === undefined || y === '') return -1;
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      return sign * order || collator.compare(idOf(a), idOf(b));
    });
  }, [entries, columns, sort, idOf]);
  const sortBy = (column: IndexColumn<E>) =>
    setSort((s) =>
      s.key === column.key
        ? { key: s.key, dir: s.dir === 'ascending' ? 'descending' : 'ascending' }
        : { key: column.key, dir: column.numeric ? 'descending' : 'ascending' },
    );
  if (entries.length === 0) return <p>{t('libraryIndexEmpty')}</p>;
  return (
    <div class="table-wrap">
      <table class="index">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" aria-sort={sort.key === column.key ? sort.dir : undefined} class={column.numeric ? 'num' : undefined}>
                <button type="button" onClick={() => sortBy(column)}>
                  {column.label}
                  <span aria-hidden="true">{sort.key === column.key ? (sort.dir === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((entry) => (
            <tr key={idOf(entry)}>
              {columns.map((column, i) => {
                const value = column.cell(entry);
                const shown = typeof value === 'number' ? count(value) : (value ?? '');
                return i === 0 ? (
                  <th key={column.key} scope="row">
                    <button type="button" class="link" aria-label={openLabel(entry)} onClick={() => onOpen(entry)}>
                      {shown}
                    </button>
                  </th>
                ) : (
                  <td key={column.key} class={column.numeric ? 'num' : undefined}>
                    {shown}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
