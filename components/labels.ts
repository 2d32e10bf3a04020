/** Words the components share: the field types in display order with their labels, and qualifiers. */

import type { FieldType } from '../utils/extract/types';
import type { AnnotationType } from '../utils/store/schema';
import { t } from '../utils/i18n';

/** The four field types in the order every list shows them, with their label's message key. */
export const TYPE_LABELS: readonly { type: FieldType; label: string }[] = [
  { type: 'date', label: 'typeDate' },
  { type: 'agency', label: 'typeAgency' },
  { type: 'directive', label: 'typeDirective' },
  { type: 'statistic', label: 'typeStatistic' },
];

/** One annotation type's name in the singular (Date, Quote…), in the reader's language: the popup's saved clip and the library say it alike. */
export const typeLabel = (type: AnnotationType): string => t(`libraryType_${type}`);

/** A statistic's qualifier (`nearly`, `at least`) in the reader's language. */
export const approxLabel = (approx: string): string => t(`approx_${approx.replace(' ', '_')}`);
