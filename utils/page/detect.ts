/** Whether a page declares itself an article, so Newsmark runs on it without being asked. */

const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'BackgroundNewsArticle',
  'OpinionNewsArticle', 'ReviewNewsArticle', 'AskPublicNewsArticle', 'SatiricalArticle', 'ScholarlyArticle',
  'TechArticle', 'BlogPosting', 'LiveBlogPosting', 'Report', 'PressRelease',
]);

/** `@type` values anywhere in a JSON-LD value (objects, arrays, `@graph`). */
function jsonLdTypes(value: unknown, out: string[] = [], depth = 0): string[] {
  if (depth > 6 || value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    for (const v of value) jsonLdTypes(v, out, depth + 1);
    return out;
  }
  const record = value as Record<string, unknown>;
  const type = record['@type'];
  for (const t of Array.isArray(type) ? type : [type]) if (typeof t === 'string') out.push(t.replace(/^.*[/#:]/, ''));
  if (record['@graph']) jsonLdTypes(record['@graph'], out, depth + 1);
  return out;
}

/**
 * True when the page says it is an article: JSON-LD `NewsArticle`, `Article` and kin,
 * `og:type=article`, or `article:published_time`.
 */
export function isArticlePage(doc: Document = document): boolean {
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase();
  if (ogType === 'article' || ogType?.startsWith('article.')) return true;
  if (doc.querySelector('meta[property="article:published_time"], meta[name="article:published_time"]')) return true;
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      if (jsonLdTypes(JSON.parse(script.textContent ?? '')).some((t) => ARTICLE_TYPES.has(t))) return true;
    } catch {
      // A page's broken JSON-LD says nothing either way.
    }
  }
  return false;
}
