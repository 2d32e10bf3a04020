/** Unique fields of a text, as the popup and the library list them. */

import type { Field, FieldType } from './types';

/** One distinct field and where it occurs. */
export interface FieldGroup {
  type: FieldType;
  /** The first occurrence's text. */
  text: string;
  value: Field['value'];
  /** Every occurrence, in order. */
  occurrences: Field[];
}

/** The key two occurrences share when they are the same field: type and normalized value. */
export function fieldKey(f: Field): string {
  switch (f.type) {
    case 'date':
      return `date|${f.value.iso}`;
    case 'agency':
      return `agency|${f.value.name.toLowerCase()}`;
    case 'directive':
      return `directive|${f.value.id}`;
    case 'statistic':
      return `statistic|${f.text.normalize('NFC').replace(/\s+/g, ' ').toLowerCase()}`;
  }
}

/** Fields grouped by type, in order of first occurrence, each collapsing its repeats. */
export function groupFields(fields: Field[]): Record<FieldType, FieldGroup[]> {
  const groups: Record<FieldType, FieldGroup[]> = { date: [], agency: [], directive: [], statistic: [] };
  const byKey = new Map<string, FieldGroup>();
  for (const f of fields) {
    const key = fieldKey(f);
    const seen = byKey.get(key);
    if (seen) {
      seen.occurrences.push(f);
      continue;
    }
    const group: FieldGroup = { type: f.type, text: f.text, value: f.value, occurrences: [f] };
    byKey.set(key, group);
    groups[f.type].push(group);
  }
  return groups;
}

/** A field's normalized value as one line of text; `approxLabel` words a qualifier in the reader's language. */
export function describeValue(f: Pick<Field, 'type' | 'value'>, approxLabel: (approx: string) => string = (a) => a): string {
  const v = f.value;
  if ('iso' in v) return v.iso;
  if ('name' in v) return v.name;
  if ('id' in v) {
    const parts = [v.issuer, v.issuedOn].filter(Boolean);
    return parts.length ? `${v.id} (${parts.join(', ')})` : v.id;
  }
  const approx = v.approx ? `${approxLabel(v.approx)} ` : '';
  return `${approx}${v.value.toLocaleString('en-US')} ${v.unit}`;
}
