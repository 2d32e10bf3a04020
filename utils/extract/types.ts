/** The four kinds of field Newsmark finds in an article. */
export type FieldType = 'date' | 'agency' | 'directive' | 'statistic';

/** Languages the engine has rules for. */
export type Lang = 'vi' | 'en';

/** A date as ISO 8601 at the text's precision: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or an interval `A/B`. */
export interface DateValue {
  iso: string;
}

/** A named public body; `name` has known and article-defined abbreviations expanded. */
export interface AgencyValue {
  name: string;
}

/** A legal or administrative document reference, with one canonical `id`. */
export interface DirectiveValue {
  id: string;
  kind: string;
  number: string;
  year?: number;
  code?: string;
  issuer?: string;
  /** ISO date the document was issued on, when the text states it. */
  issuedOn?: string;
}

/** How a statistic's qualifier bends its value. */
export type Approx = 'nearly' | 'over' | 'about' | 'under' | 'at least' | 'at most';

/** A counted quantity: `value` in `unit` (a counted noun, `%`, or a currency code). */
export interface StatisticValue {
  value: number;
  unit: string;
  approx?: Approx;
}

interface FieldBase<T extends FieldType, V> {
  type: T;
  /** Exactly `input.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  value: V;
}

export type DateField = FieldBase<'date', DateValue>;
export type AgencyField = FieldBase<'agency', AgencyValue>;
export type DirectiveField = FieldBase<'directive', DirectiveValue>;
export type StatisticField = FieldBase<'statistic', StatisticValue>;

/** One occurrence of a field in the text. */
export type Field = DateField | AgencyField | DirectiveField | StatisticField;

/** Options for {@link extractFields}. */
export interface ExtractOptions {
  /** The text's language; `auto` (the default) detects it. */
  lang?: Lang | 'auto';
  /** Publication date `YYYY-MM-DD`; resolves dates without a year, weekdays and relative words. */
  published?: string;
  /**
   * Fields found earlier in the same article (text that came before this one, as a page
   * grows): acronyms they define and full directive references resolve short forms here.
   */
  known?: readonly Field[];
}
