import type { FieldType } from '../utils/extract/types';
import { describeValue, type FieldGroup } from '../utils/extract/group';
import { t } from '../utils/i18n';
import { TYPE_LABELS, approxLabel } from './labels';

export type FieldListProps = {
  groups: Record<FieldType, FieldGroup[]>;
};


/** Fields grouped by type with counts; repeats collapsed with their number of occurrences. */
export function FieldList({ groups }: FieldListProps) {
  const shown = TYPE_LABELS.filter(({ type }) => groups[type].length > 0);
  if (shown.length === 0) return <p class="empty">{t('noFields')}</p>;
  return (
    <div class="field-list">
      {shown.map(({ type, label }) => (
        <section key={type} aria-labelledby={`heading-${type}`} data-type={type}>
          <h2 id={`heading-${type}`}>
            {t(label)} <span class="count">({groups[type].length})</span>
          </h2>
          <ul>
            {groups[type].map((g) => (
              <FieldRow key={`${g.type}|${g.text}|${describeValue(g)}`} group={g} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function FieldRow({ group }: { group: FieldGroup }) {
  const value = describeValue(group, approxLabel);
  const times = group.occurrences.length;
  return (
    <li>
      <span class="text">{group.text}</span>
      {value !== group.text && <span class="value">{value}</span>}
      {times > 1 && <span class="times">{t('occurrences', String(times))}</span>}
    </li>
  );
}
