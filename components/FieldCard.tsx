import { useState } from 'preact/hooks';
import type { Field } from '../utils/extract/types';
import { describeValue } from '../utils/extract/group';
import { t } from '../utils/i18n';
import { approxLabel } from './labels';

export type FieldCardProps = {
  field: Field;
  /** Copies the normalized value; resolves to whether it worked. */
  onCopy: (value: string) => Promise<boolean>;
  /** Saves this field to the page's clip; resolves to a sentence saying how it went. */
  onSave: (field: Field) => Promise<string>;
  /** Stops highlighting fields of this type (the popup turns them back on). */
  onHideType: (type: Field['type']) => void;
  onClose: () => void;
};

const HIDE_LABEL: Record<Field['type'], string> = {
  date: 'hideDates',
  agency: 'hideAgencies',
  directive: 'hideDirectives',
  statistic: 'hideStatistics',
};

const TYPE_LABEL: Record<Field['type'], string> = {
  date: 'cardDate',
  agency: 'cardAgency',
  directive: 'cardDirective',
  statistic: 'cardStatistic',
};

/** The parts of a value worth a line each: a directive's kind, number, year, code, issuer, issue date. */
function details(field: Field): [string, string][] {
  const v = field.value;
  if (field.type === 'directive' && 'id' in v) {
    const rows: [string, string | number | undefined][] = [
      ['partKind', v.kind],
      ['partNumber', v.number],
      ['partYear', v.year],
      ['partCode', v.code],
      ['partIssuer', v.issuer],
      ['partIssuedOn', v.issuedOn],
    ];
    return rows.filter((r): r is [string, string | number] => r[1] !== undefined).map(([k, x]) => [k, String(x)]);
  }
  if (field.type === 'statistic' && 'unit' in v) {
    const rows: [string, string][] = [
      ['partValue', v.value.toLocaleString()],
      ['partUnit', v.unit],
    ];
    if (v.approx) rows.push(['partApprox', approxLabel(v.approx)]);
    return rows;
  }
  return [];
}

/** A small card for one highlighted field: what it is, its value, and what can be done with it. */
export function FieldCard({ field, onCopy, onSave, onHideType, onClose }: FieldCardProps) {
  const [saved, setSaved] = useState<string>();
  const value =
    field.type === 'directive' && 'id' in field.value
      ? field.value.id
      : describeValue(field, approxLabel);
  const copy = async (e: Event) => {
    const button = e.currentTarget as HTMLButtonElement;
    const ok = await onCopy(value);
    button.textContent = t(ok ? 'copied' : 'copyFailed');
  };
  return (
    <div class="card" role="dialog" aria-label={t(TYPE_LABEL[field.type])} data-type={field.type}>
      <div class="head">
        <span class="type">{t(TYPE_LABEL[field.type])}</span>
        <button class="close" type="button" aria-label={t('close')} onClick={onClose}>
          ×
        </button>
      </div>
      <p class="text">{field.text}</p>
      <p class="value">{value}</p>
      {details(field).length > 0 && (
        <dl>
          {details(field).map(([k, x]) => (
            <div key={k}>
              <dt>{t(k)}</dt>
              <dd>{x}</dd>
            </div>
          ))}
        </dl>
      )}
      <div class="actions">
        <button type="button" onClick={copy}>
          {t('copyValue')}
        </button>
        <button type="button" onClick={async () => setSaved(await onSave(field))}>
          {t('save')}
        </button>
        <button type="button" onClick={() => onHideType(field.type)}>
          {t(HIDE_LABEL[field.type])}
        </button>
      </div>
      {saved && <p role="status">{saved}</p>}
    </div>
  );
}
