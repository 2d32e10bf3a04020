/**
 * The library as W3C Web Annotations (JSON-LD, https://www.w3.org/TR/annotation-model/), for
 * annotation tools such as Hypothesis: one `AnnotationCollection` whose embedded first page holds
 * every annotation.
 *
 * Each saved annotation becomes an `Annotation` (motivation `highlighting`) whose target is the
 * article's url with both selectors as alternatives: the quote with its context, which finds the
 * passage on the page, and the position, which counts characters of the article text Newsmark
 * read (headline and body), not of the whole page. Its bodies, all `TextualBody` in plain text:
 * - the field's type (`date`, `agency`, `directive`, `statistic`) with purpose `classifying`, and
 *   its normalized value as one line with purpose `describing` (none for a quote);
 * - each of its tags with purpose `tagging`; its note with purpose `commenting`.
 * An article's own tags and note go on one more annotation of the whole page (target: the url
 * alone, named by the article's id), motivation `commenting` when it has a note, else `tagging`;
 * an article with neither and no annotation gives nothing.
 */

import { describeValue } from '../extract/group';
import type { AnnotationRecord, ArticleRecord } from '../store/schema';
import { isoTime } from './time';
import type { LibraryRow } from './types';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface TextualBody {
  type: 'TextualBody';
  purpose: 'classifying' | 'describing' | 'tagging' | 'commenting';
  value: string;
  format: 'text/plain';
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting' | 'tagging';
  created?: string;
  modified?: string;
  body?: TextualBody[];
  target:
    | string
    | {
        source: string;
        selector: [
          { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
          { type: 'TextPositionSelector'; start: number; end: number },
        ];
      };
}

export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generated: string;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The rows as one Web Annotation collection, stamped `generated` at `now`; `id` names the
 * collection (a fresh `urn:uuid:` by default), its page is `id#page1`. Annotations come in the
 * order of the rows, each article's page annotation before its first passage.
 */
export function webAnnotationsOf(rows: readonly LibraryRow[], now = Date.now(), id = `urn:uuid:${crypto.randomUUID()}`): AnnotationCollection {
  const items: WebAnnotation[] = [];
  const seenArticles = new Set<string>();
  const seenAnnotations = new Set<string>();
  for (const { article, annotation } of rows) {
    if (!seenArticles.has(article.id)) {
      seenArticles.add(article.id);
      const page = pageAnnotation(article);
      if (page) items.push(page);
    }
    if (annotation && !seenAnnotations.has(annotation.id)) {
      seenAnnotations.add(annotation.id);
      items.push(passageAnnotation(article, annotation));
    }
  }
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: 'Newsmark annotations',
    total: items.length,
    generated: new Date(now).toISOString(),
    first: { id: `${id}#page1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

function passageAnnotation(article: ArticleRecord, annotation: AnnotationRecord): WebAnnotation {
  const [quote, position] = annotation.selectors;
  const body: TextualBody[] = [];
  if (annotation.type !== 'quote') {
    body.push(textual('classifying', annotation.type), textual('describing', describeValue(annotation)));
  }
  body.push(...annotation.tags.map((tag) => textual('tagging', tag)));
  if (annotation.note.trim() !== '') body.push(textual('commenting', annotation.note));
  const result: WebAnnotation = {
    id: iri('annotation', annotation.id),
    type: 'Annotation',
    motivation: 'highlighting',
    ...dated('created', annotation.createdAt),
    target: {
      source: article.url,
      selector: [
        { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        { type: 'TextPositionSelector', start: position.start, end: position.end },
      ],
    },
  };
  if (body.length > 0) result.body = body;
  return result;
}

function pageAnnotation(article: ArticleRecord): WebAnnotation | undefined {
  const hasNote = article.note.trim() !== '';
  if (!hasNote && article.tags.length === 0) return undefined;
  const body = article.tags.map((tag) => textual('tagging', tag));
  if (hasNote) body.push(textual('commenting', article.note));
  return {
    id: iri('article', article.id),
    type: 'Annotation',
    motivation: hasNote ? 'commenting' : 'tagging',
    ...dated('created', article.savedAt),
    ...dated('modified', article.updatedAt),
    body,
    target: article.url,
  };
}

/** `{ [key]: ISO time }`, or nothing for a time no date can hold (the model's times are optional). */
function dated<K extends 'created' | 'modified'>(key: K, ms: number): Partial<Record<K, string>> {
  const iso = isoTime(ms);
  return iso ? ({ [key]: iso } as Record<K, string>) : {};
}

function textual(purpose: TextualBody['purpose'], value: string): TextualBody {
  return { type: 'TextualBody', purpose, value, format: 'text/plain' };
}

/** `urn:uuid:` for the UUIDs Newsmark makes; an id from elsewhere gets a `urn:newsmark:` name of its own. */
function iri(kind: 'annotation' | 'article', id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `urn:newsmark:${kind}:${encodeURIComponent(id)}`;
}

