import { Readability } from '@mozilla/readability';
import { isoOf, isValidDate } from '../extract/common/calendar';

/** One text node of the page and where its text starts in the collected text. */
export interface TextSegment {
  node: Text;
  /** Offset in the collected text; `text.slice(start, start + node.data.length) === node.data`. */
  start: number;
}

/** Text gathered from a region of the page, with the map back to its text nodes. */
export interface CollectedText {
  text: string;
  /** Sorted by `start`. Separators added between blocks belong to no segment. */
  segments: TextSegment[];
  /** True when the walk stopped at `maxTextNodes`: the text is the region's beginning only. */
  capped?: boolean;
}

/** Options for {@link collectText}. */
export interface CollectOptions {
  /**
   * Text to put first: an element (its text nodes, then not repeated where the
   * walk meets it inside `root`) or a plain string (no segment).
   */
  headline?: Element | string;
  /**
   * Elements to put after the headline and before `root`'s text, each as its
   * own block: a lead that sits outside `root` (not repeated where the walk
   * meets it inside `root`).
   */
  lead?: readonly Element[];
  /** Text nodes read at most; the walk stops there and says so (`capped`). */
  maxTextNodes?: number;
}

/** The article found on a page. */
export interface Article {
  /** og:title, else the headline, else `<title>` without its site suffix. */
  title: string;
  /** The headline as it starts `text`. */
  headline: string;
  /** Headline, then any lead kept outside the body, then the body's blocks, separated by blank lines. */
  text: string;
  /** Map from `text` back to the live document's text nodes (see {@link collectText}). */
  segments: TextSegment[];
  siteName?: string;
  author?: string;
  /** The page's declared language subtag, e.g. `vi`. */
  lang?: string;
  /** Publication date `YYYY-MM-DD`, as written in the page's timestamp. */
  published?: string;
  /** The article's element in the given document. */
  root: Element;
  /** True when the region had more text nodes than asked to read: `text` is its beginning. */
  capped?: boolean;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements that start and end a paragraph of the collected text. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'dialog', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Elements whose text is never article text. */
const SKIP_TAGS = new Set([
  'aside', 'audio', 'button', 'canvas', 'code', 'dialog', 'embed', 'footer', 'iframe', 'input',
  'kbd', 'menu', 'nav', 'noscript', 'object', 'samp', 'script', 'select', 'style', 'svg',
  'template', 'textarea', 'video',
]);

const SKIP_ROLES = new Set([
  'banner', 'complementary', 'contentinfo', 'dialog', 'menu', 'menubar', 'navigation', 'search',
  'toolbar',
]);

/**
 * Class or id words of page chrome inside articles (English and Vietnamese
 * sites), as a whole word of the name but not a state such as `has-sidebar`
 * or `comments-open`.
 */
const SKIP_NAME =
  /(?:^|[\s_-])(?<!(?:has|no|with|is|show|hide|enable|disable)[_-])(?:comments?|commentlist|binh-?luan|related\w*|(?:tin-?)?lien-?quan|tinlienquan|share|sharing|sharedaddy|addthis|social|ads?|adsbygoogle|advert\w*|sponsor\w*|promo|newsletter|subscribe|breadcrumbs?|sidebar|tags|footer|popup|modal|cookie\w*|outbrain|taboola|recommend\w*|read-?more|more-?news)(?=$|\s|[_-](?!(?:open|closed|enabled|disabled|allowed)\b))/i;

/** Class names sites give the element holding an article's body. */
const BODY_SELECTORS = [
  '[itemprop="articleBody"]',
  '.detail-content',
  '.fck_detail',
  '.detail__content',
  '.content-detail',
  '.article-body',
  '.article__body',
  '.article-content',
  '.article__content',
  '.articleBody',
  '.entry-content',
  '.post-content',
  '.post-body',
  '.story-body',
  '.news-content',
].join(', ');

/**
 * Class, id or role words of a lead (sapo, standfirst, chapeau, summary)
 * between a headline and the body: `sapo` and its kin anywhere in a name,
 * the plainer words only as its last part (`article__lead`, `news-summary`,
 * not `lead-image`), optionally followed by a wrapper word (`summary-box`).
 */
const LEAD_NAME =
  /(?:^|[_-])(?:sapo|standfirst|stand-first|chapeau|chapo)(?:$|[_-])|(?:^|[_-])(?:lead|lede|lead-?in|summary|description|desc|excerpt|dek|deck|sub-?title|sub-?head(?:line)?|intro|abstract)(?:[_-](?:text|paragraph|para|content|body|detail|article|news|post|wrap|wrapper|box|inner))?$/i;

/** Name parts of captions, media and bylines, which a lead-like name (`photo-desc`, `author-summary`) does not make a lead. */
const NOT_LEAD_NAME = /(?:^|[_-])(?:img|image|photo|picture|pic|video|media|caption|thumb\w*|avatar|author|byline|meta)(?:$|[_-])/i;

/** Attributes whose values name a lead element, besides class and id. */
const LEAD_ATTRIBUTES = ['itemprop', 'data-role', 'data-component', 'data-testid'];

/** Most lead elements put before the body. */
const MAX_LEADS = 3;

/** Fewest characters outside links for a lead element. */
const MIN_LEAD_CHARS = 20;

/**
 * Class, id or `data-role` words of an article's meta line (dateline, byline,
 * posting date, category and tag line, press contact), as a whole part of a
 * name; `info` only after an article word (`article-info`, not `info-box`).
 */
const META_NAME =
  /(?:^|[_-])(?:meta|metadata|byline|by-line|dateline|date|dates|time|datetime|timestamp|pubdate|publish(?:ed)?-?(?:date|time|on)|posted(?:-?on)?|updated?|contacts?)(?:$|[_-])|(?:^|[_-])(?:article|post|entry|news|detail|story|node)[_-]+info$/i;

/** Most characters of text in a meta line. */
const MAX_META_CHARS = 200;

/** Block elements dropped from the text when all their text is link text (a related link, a standards link). */
const LINK_ONLY_BLOCK_TAGS = new Set(['div', 'p', 'ul', 'ol', 'li', 'section', 'dl', 'dd', 'dt']);

/** Fewest characters of text for a region found by the fast heuristics. */
const MIN_REGION_CHARS = 80;

const STAMP = 'data-newsmark-i';

/**
 * Whether `el` holds no article text. `structure` applies only the rules that
 * hold anywhere on a page (tags, roles, hidden), not the class names and page
 * banners that mark chrome near an article but also layout wrappers around it.
 */
function isSkipped(el: Element, rules: 'all' | 'structure' = 'all'): boolean {
  const tag = el.localName;
  if (SKIP_TAGS.has(tag)) return true;
  // A page banner is chrome; a header inside an article holds its headline.
  if (tag === 'header' && rules === 'all' && !el.closest('article')) return true;
  // A nested article is a comment, a related-story card or an embed.
  if (tag === 'article' && el.parentElement?.closest('article')) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.has(role)) return true;
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  return rules === 'all' && SKIP_NAME.test(`${el.getAttribute('class') ?? ''} ${el.id}`);
}

/**
 * Whether text under `node` is left out of the article whose region is `root`: it or an
 * ancestor below `root` is chrome, hidden, editable, a form field or code.
 */
export function isOutsideArticleText(node: Node, root: Element): boolean {
  const el = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
  return !el || !root.contains(el) || isInSkipped(el, root);
}

/** Whether `el` or one of its ancestors below `top` is skipped. */
function isInSkipped(el: Element, top: Element | null, rules: 'all' | 'structure' = 'all'): boolean {
  for (let e: Element | null = el; e && e !== top; e = e.parentElement) {
    if (isSkipped(e, rules)) return true;
  }
  return false;
}

/** Builds the collected text: verbatim text nodes, separators added lazily between them. */
class TextBuilder {
  constructor(private readonly maxNodes = Infinity) {}
  /** Set once `maxNodes` text nodes were read; walks stop. */
  full = false;

  private nodes = 0;
  private parts: string[] = [];
  private length = 0;
  private last = '';
  private lastParent: Element | null = null;
  private pending: '' | ' ' | '\n' | '\n\n' = '';
  readonly segments: TextSegment[] = [];

  /** Ends the current block. */
  block(): void {
    if (this.length > 0) this.pending = '\n\n';
  }

  lineBreak(): void {
    if (this.length > 0 && this.pending !== '\n\n') this.pending = '\n';
  }

  space(): void {
    if (this.length > 0 && this.pending === '' && !/\s/.test(this.last)) this.pending = ' ';
  }

  node(node: Text): void {
    if (++this.nodes > this.maxNodes) {
      this.full = true;
      return;
    }
    const data = node.data;
    if (!/\S/.test(data)) {
      if (data) this.space();
      return;
    }
    if (this.pending === ' ' && /^\s/.test(data)) this.pending = '';
    // Words in separate elements run together only by styling (a location
    // stamp before a lead: `<span>Hà Nội</span>Lê Quang Vinh`); a lowercase
    // letter never runs into a capital within a word.
    const parent = node.parentElement;
    if (this.pending === '' && parent !== this.lastParent && /\p{Ll}$/u.test(this.last) && /^\p{Lu}/u.test(data)) {
      this.pending = ' ';
    }
    this.flush();
    this.segments.push({ node, start: this.length });
    this.push(data);
    this.lastParent = parent;
  }

  plain(text: string): void {
    if (!text) return;
    this.flush();
    this.push(text);
    this.lastParent = null;
  }

  done(): CollectedText {
    return {
      text: this.parts.join(''),
      segments: this.segments,
      ...(this.full ? { capped: true } : {}),
    };
  }

  private flush(): void {
    if (this.pending) this.push(this.pending);
    this.pending = '';
  }

  private push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
    this.last = s.charAt(s.length - 1);
  }
}

/** Characters of text under `el` inside and outside links, skipped subtrees left out. */
function linkedChars(el: Element, inLink = false, sums = { linked: 0, other: 0 }): { linked: number; other: number } {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === TEXT_NODE) {
      const chars = (n as Text).data.trim().length;
      if (inLink) sums.linked += chars;
      else sums.other += chars;
    } else if (n.nodeType === ELEMENT_NODE && !isSkipped(n as Element)) {
      linkedChars(n as Element, inLink || (n as Element).localName === 'a', sums);
    }
  }
  return sums;
}

/** Whether `el` is a block holding only link text: a related-story or standards link, not article text. */
function isLinkOnlyBlock(el: Element): boolean {
  if (!LINK_ONLY_BLOCK_TAGS.has(el.localName) || !el.querySelector('a')) return false;
  const { linked, other } = linkedChars(el);
  return linked > 0 && other === 0;
}

/** Whether `el` is or holds a heading or a named lead. */
function holdsHeadingOrLead(el: Element): boolean {
  return [el, ...Array.from(el.querySelectorAll('*'))].some((e) => /^h[1-6]$/.test(e.localName) || isLeadNamed(e));
}

/**
 * Whether `el` is an article's meta line: a dateline, byline, posting,
 * category and tag line or press contact, named so (`post-meta`,
 * `article-date`, `byline`, `press-release__contact`) or a `<time>`, short
 * and holding no heading or lead. An inline one counts only standing alone,
 * not inside a line of text (`Sáng <time>17-3</time>, …` and
 * `Minh Anh - <span class="time">…</span>` stay).
 */
function isMetaLine(el: Element): boolean {
  const names = [el.getAttribute('class') ?? '', el.id, el.getAttribute('data-role') ?? ''].join(' ').split(/\s+/);
  if (el.localName !== 'time' && !names.some((name) => name !== '' && META_NAME.test(name))) return false;
  if (collapse(el.textContent).length > MAX_META_CHARS || holdsHeadingOrLead(el)) return false;
  if (BLOCK_TAGS.has(el.localName)) return true;
  // Inline: no text beside it, up to the block it sits in.
  for (let e = el, parent = el.parentElement; parent; e = parent, parent = e.parentElement) {
    for (let n = parent.firstChild; n; n = n.nextSibling) {
      if (n === e) continue;
      if (n.nodeType === TEXT_NODE && /\S/.test((n as Text).data)) return false;
      const sibling = n as Element;
      if (n.nodeType === ELEMENT_NODE && !BLOCK_TAGS.has(sibling.localName) && !isSkipped(sibling) && /\S/.test(sibling.textContent ?? '')) {
        return false;
      }
    }
    if (BLOCK_TAGS.has(parent.localName)) return true;
  }
  return true;
}

/** The nodes that render as `el`'s content: an open shadow root's, a slot's assigned nodes, else its children. */
function renderedChildren(el: Element): Iterable<Node> {
  const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
  if (shadow) return Array.from(shadow.childNodes);
  if (el.localName === 'slot') {
    const assigned = (el as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? [];
    if (assigned.length) return assigned;
  }
  return childrenOf(el);
}

function* childrenOf(el: Element): Generator<Node> {
  for (let n = el.firstChild; n; n = n.nextSibling) yield n;
}

function walk(el: Element, out: TextBuilder, except: ReadonlySet<Element>): void {
  for (const n of renderedChildren(el)) {
    if (out.full) return;
    if (n.nodeType === TEXT_NODE) {
      out.node(n as Text);
      continue;
    }
    if (n.nodeType !== ELEMENT_NODE) continue;
    const child = n as Element;
    if (except.has(child)) continue;
    const tag = child.localName;
    const block = BLOCK_TAGS.has(tag);
    if (isSkipped(child) || isLinkOnlyBlock(child) || isMetaLine(child)) {
      if (block) out.block();
      continue;
    }
    if (tag === 'br') {
      out.lineBreak();
      continue;
    }
    if (block) out.block();
    walk(child, out, except);
    if (block) out.block();
  }
}

/**
 * Collects the text of `root` in one pass over its text nodes: node text kept
 * verbatim, blocks separated by blank lines, `<br>` by a newline; chrome,
 * hidden, editable and code subtrees, blocks of only links and meta lines
 * (dateline, byline, tags) skipped.
 */
export function collectText(root: Element, opts: CollectOptions = {}): CollectedText {
  const out = new TextBuilder(opts.maxTextNodes);
  const { headline, lead = [] } = opts;
  const none = new Set<Element>();
  const except = new Set<Element>();
  if (typeof headline === 'string') {
    out.plain(headline);
  } else if (headline) {
    walk(headline, out, none);
    if (root.contains(headline)) except.add(headline);
  }
  for (const el of lead) {
    out.block();
    walk(el, out, none);
    if (root.contains(el)) except.add(el);
  }
  out.block();
  walk(root, out, except);
  return out.done();
}

function collapse(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------- metadata

type JsonObject = Record<string, unknown>;

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every object in the page's JSON-LD, including those in arrays and `@graph`. */
function readJsonLd(doc: Document): JsonObject[] {
  const found: JsonObject[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (isObject(v)) {
      found.push(v);
      visit(v['@graph']);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    if (!/^application\/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    const source = script.textContent ?? '';
    try {
      visit(JSON.parse(source));
    } catch {
      // Sites often leave raw line breaks inside JSON-LD strings.
      try {
        visit(JSON.parse(source.replace(/[\r\n\t]+/g, ' ')));
      } catch {
        // Unreadable JSON-LD is ignored like any other broken markup.
      }
    }
  }
  return found;
}

function isArticleType(o: JsonObject): boolean {
  const type = o['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && /Article|BlogPosting|Report/.test(t));
}

/** The `name` of a JSON-LD person or organization (or the names of a list), following `@id` references. */
function nameOf(v: unknown, lds: JsonObject[]): string | undefined {
  if (typeof v === 'string') return collapse(v) || undefined;
  if (Array.isArray(v)) {
    const names = v.map((x) => nameOf(x, lds)).filter(Boolean);
    return names.length ? names.join(', ') : undefined;
  }
  if (!isObject(v)) return undefined;
  if (v.name !== undefined) return nameOf(v.name, lds);
  const id = v['@id'];
  const target = id === undefined ? undefined : lds.find((o) => o['@id'] === id && o.name !== undefined);
  return target ? nameOf(target.name, lds) : undefined;
}

function stringOf(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v : undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function ymd(year: number, month: number, day: number): string | undefined {
  return isValidDate(year, month, day) ? isoOf(year, month, day) : undefined;
}

/**
 * The calendar date a timestamp is written with, as `YYYY-MM-DD`; never shifted
 * to another timezone. Reads ISO 8601, `D/M/YYYY` and English month names.
 */
export function toIsoDate(raw: string): string | undefined {
  const s = raw.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})(?!\d)/.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)/.exec(s);
  if (m) {
    let [day, month] = [Number(m[1]), Number(m[2])];
    if (month > 12 && day <= 12) [day, month] = [month, day];
    return ymd(Number(m[3]), month, day);
  }
  m = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4})\b/i.exec(s);
  if (m) return ymd(Number(m[3]), MONTHS.indexOf(m[2]!.toLowerCase()) + 1, Number(m[1]));
  m = /\b([a-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i.exec(s);
  if (m) return ymd(Number(m[3]), MONTHS.indexOf(m[1]!.toLowerCase()) + 1, Number(m[2]));
  return undefined;
}

/** Page metadata, read once. */
interface PageMeta {
  /** `<meta>` content by lowercased property, name or itemprop; the first wins. */
  metas: Map<string, string>;
  /** The JSON-LD object describing the article, if any. */
  ld?: JsonObject;
  /** Every JSON-LD object, for fields the article object lacks. */
  lds: JsonObject[];
}

function readMeta(doc: Document): PageMeta {
  const metas = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const key =
      meta.getAttribute('property') ??
      meta.getAttribute('name') ??
      meta.getAttribute('itemprop') ??
      meta.getAttribute('http-equiv');
    const content = meta.getAttribute('content');
    if (key && content?.trim() && !metas.has(key.toLowerCase())) metas.set(key.toLowerCase(), content.trim());
  }
  const lds = readJsonLd(doc);
  return { metas, ld: lds.find(isArticleType), lds };
}

const PUBLISHED_METAS = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'parsely-pub-date',
  'dc.date.issued',
];

function findPublished(doc: Document, meta: PageMeta, root: Element, headline: Element | undefined): string | undefined {
  const candidates: (string | null | undefined)[] = PUBLISHED_METAS.map((k) => meta.metas.get(k));
  candidates.push(stringOf(meta.ld?.datePublished));
  for (const o of meta.lds) candidates.push(stringOf(o.datePublished));
  // A <time> in the article, or beside a headline that sits outside it.
  const nearHeadline = headline?.parentElement;
  for (const scope of [root, nearHeadline === doc.body ? undefined : nearHeadline]) {
    candidates.push(scope?.querySelector('time[datetime]')?.getAttribute('datetime'));
  }
  const item = doc.querySelector('[itemprop="datePublished"]');
  if (item) candidates.push(item.getAttribute('content') ?? item.getAttribute('datetime') ?? item.textContent);
  for (const c of candidates) {
    const date = c ? toIsoDate(c) : undefined;
    if (date) return date;
  }
  return undefined;
}

const TITLE_SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' » ', ' · '];

/** `title` without a trailing " - Site name": the given one, or when `guess`, any short last part. */
function stripSiteSuffix(title: string, siteName: string | undefined, guess: boolean): string {
  if (siteName) {
    for (const sep of TITLE_SEPARATORS) {
      if (title.endsWith(sep + siteName)) return title.slice(0, -(sep + siteName).length);
    }
  }
  if (!guess) return title;
  let cut = -1;
  for (const sep of TITLE_SEPARATORS) cut = Math.max(cut, title.lastIndexOf(sep));
  if (cut < 0) return title;
  const head = title.slice(0, cut);
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
  return words(head) >= 3 && words(head) >= words(title.slice(cut)) - 1 ? head : title;
}

function sameTitle(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return long.includes(short) && short.length >= long.length * 0.6;
}

// ---------------------------------------------------------------- region

/**
 * Whether `a` starts before `b` in document order (`b` follows `a` or sits
 * inside it), as `a.compareDocumentPosition(b) & DOCUMENT_POSITION_FOLLOWING`
 * is in a browser. Worked out from the tree, because linkedom's
 * `compareDocumentPosition` compares depths: a headline nested in a title
 * wrapper came out after the lead that follows the wrapper.
 */
function precedes(a: Node, b: Node): boolean {
  if (a === b) return false;
  const aboveB = new Map<Node, Node>();
  for (let n: Node = b, up = n.parentNode; up; n = up, up = n.parentNode) aboveB.set(up, n);
  if (aboveB.has(a)) return true;
  for (let n: Node = a, up = n.parentNode; up; n = up, up = n.parentNode) {
    if (up === b) return false;
    const towardB = aboveB.get(up);
    if (!towardB) continue;
    // `n` and `towardB` are children of the lowest common ancestor.
    for (let s = n.nextSibling; s; s = s.nextSibling) if (s === towardB) return true;
    return false;
  }
  return false;
}

/** Characters of text under `el` outside links and skipped subtrees. */
/** Nodes a region's size is measured over at most: enough to rank candidates, bounded on huge pages. */
const MEASURE_NODES = 50_000;

function textChars(el: Element, budget = { nodes: MEASURE_NODES }): number {
  let chars = 0;
  for (let n = el.firstChild; n && budget.nodes > 0; n = n.nextSibling) {
    budget.nodes--;
    if (n.nodeType === TEXT_NODE) chars += (n as Text).data.trim().length;
    else if (n.nodeType === ELEMENT_NODE && (n as Element).localName !== 'a' && !isSkipped(n as Element)) {
      chars += textChars(n as Element, budget);
    }
  }
  return chars;
}

/** The element whose text holds the JSON-LD `articleBody`, found by its first and last words. */
function regionOfArticleBody(doc: Document, body: string): Element | undefined {
  const flat = collapse(body);
  if (flat.length < MIN_REGION_CHARS) return undefined;
  const head = flat.slice(0, 40);
  const tail = flat.slice(-40);
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    if (!collapse(p.textContent).includes(head)) continue;
    for (let e = p.parentElement; e && e !== doc.body; e = e.parentElement) {
      if (collapse(e.textContent).includes(tail)) return e;
    }
    return undefined;
  }
  return undefined;
}

/** The article region by fast heuristics: the candidate with the most text outside links. */
function findRegion(doc: Document, meta: PageMeta): Element | undefined {
  const candidates = [
    ...Array.from(doc.querySelectorAll('article')),
    ...Array.from(doc.querySelectorAll(BODY_SELECTORS)),
  ];
  const body = stringOf(meta.ld?.articleBody);
  const fromLd = body ? regionOfArticleBody(doc, body) : undefined;
  if (fromLd) candidates.push(fromLd);
  let best: Element | undefined;
  let bestChars = MIN_REGION_CHARS - 1;
  for (const el of candidates) {
    if (el.parentElement && isInSkipped(el.parentElement, null, 'structure')) continue;
    const chars = textChars(el);
    // Ties go to the earlier candidate, so an <article> wins over its own body element.
    if (chars > bestChars) [best, bestChars] = [el, chars];
  }
  return best;
}

/**
 * The region Readability picks, run on a clone whose elements carry their
 * document-order index, mapped back to the live document.
 */
function readabilityRegion(doc: Document): Element | undefined {
  const live = doc.querySelectorAll('*');
  const clone = doc.cloneNode(true) as Document;
  const copies = clone.querySelectorAll('*');
  if (copies.length !== live.length) return undefined;
  for (let i = 0; i < copies.length; i++) copies[i]!.setAttribute(STAMP, String(i));
  const picked: { content?: Element } = {};
  try {
    new Readability(clone, {
      disableJSONLD: true,
      serializer: (node) => {
        picked.content = node as Element;
        return '';
      },
    }).parse();
  } catch {
    return undefined;
  }
  if (!picked.content) return undefined;
  let region: Element | undefined;
  for (const el of Array.from(picked.content.querySelectorAll(`[${STAMP}]`))) {
    if (el.parentElement?.closest(`[${STAMP}]`)) continue;
    const original = live[Number(el.getAttribute(STAMP))];
    if (!original) continue;
    let common: Element | null = region ?? original;
    while (common && !common.contains(original)) common = common.parentElement;
    region = common ?? region;
  }
  if (region === doc.documentElement) return doc.body ?? undefined;
  return region;
}

/**
 * The headline element: one whose text matches the page's title, else the
 * region's first h1, else the one h1 that comes before the region.
 */
function findHeadline(doc: Document, root: Element, titleGuess: string): Element | undefined {
  const fits = (h: Element, rules: 'all' | 'structure') =>
    !isInSkipped(h, root.contains(h) ? root : null, rules);
  const h1s = Array.from(doc.querySelectorAll('h1'));
  const byTitle = [...h1s, ...Array.from(doc.querySelectorAll('[itemprop="headline"], h2'))].find(
    (h) => sameTitle(collapse(h.textContent), titleGuess) && fits(h, root.contains(h) ? 'all' : 'structure'),
  );
  if (byTitle) return byTitle;
  const inRoot = h1s.find((h) => root.contains(h) && fits(h, 'all'));
  if (inRoot) return inRoot;
  const before = h1s.filter(
    (h) => precedes(h, root) && !root.contains(h) && fits(h, 'all'),
  );
  return before.length === 1 ? before[0] : undefined;
}

/** Whether `el`'s class, id or role attribute names it a lead. */
function isLeadNamed(el: Element): boolean {
  const names = (el.getAttribute('class') ?? '').split(/\s+/);
  names.push(el.id);
  for (const attr of LEAD_ATTRIBUTES) names.push(el.getAttribute(attr) ?? '');
  return (
    names.some((name) => name !== '' && LEAD_NAME.test(name)) &&
    !names.some((name) => NOT_LEAD_NAME.test(name))
  );
}

/** Containers that make a lead-like element a teaser, a list entry or a caption. */
const NOT_LEAD_CONTAINERS = new Set(['a', 'li', 'article', 'figure', 'figcaption']);

/**
 * Whether `el`, below `scope`, is article text rather than chrome or a
 * teaser: not skipped itself, not inside skipped chrome, a link, a list item,
 * an article card or a figure (containers of the headline or the region are
 * judged as they were), holding no story card, and mostly text outside links.
 */
function isLeadText(el: Element, scope: Element, root: Element, headline: Element | undefined): boolean {
  for (let e: Element | null = el; e && e !== scope; e = e.parentElement) {
    const holdsArticle = e.contains(root) || (headline !== undefined && e.contains(headline));
    if (isSkipped(e, holdsArticle ? 'structure' : 'all')) return false;
    if (e !== el && !holdsArticle && NOT_LEAD_CONTAINERS.has(e.localName)) return false;
  }
  if (el.querySelector('article, h1 a, h2 a, h3 a, h4 a, h5 a, h6 a')) return false;
  const { linked, other } = linkedChars(el);
  return other >= MIN_LEAD_CHARS && other >= linked;
}

/**
 * The lead (sapo, standfirst, summary) that sits outside the region: named
 * lead elements after a headline that is outside `root` and before `root`,
 * or in the headline's own `<header>`; with no headline element, those before
 * `root` in its article. Chrome, teaser cards and text the region or the
 * headline already holds are left out.
 */
function findLead(root: Element, headline: Element | undefined): Element[] {
  let scope: Element | null;
  if (headline) {
    if (root.contains(headline) || headline.contains(root)) return [];
    scope = headline.parentElement;
    while (scope && !scope.contains(root)) scope = scope.parentElement;
  } else {
    const parent = root.parentElement;
    scope = parent?.closest('article') ?? parent;
    if (scope && ['body', 'html'].includes(scope.localName)) return [];
  }
  if (!scope) return [];
  const header = headline?.closest('header, hgroup');
  const inHeader = header && header !== scope && scope.contains(header) ? header : undefined;
  // The text the article already has, read only once a lead turns up.
  let known: string[] | undefined;
  const leads: Element[] = [];
  const texts: string[] = [];
  for (const el of Array.from(scope.querySelectorAll('*'))) {
    // Elements come in document order: all the rest are in or after the region.
    if (el === root || leads.length >= MAX_LEADS) break;
    if (el.contains(root) || !isLeadNamed(el)) continue;
    if (headline) {
      if (el.contains(headline) || headline.contains(el)) continue;
      if (!precedes(headline, el) && !inHeader?.contains(el)) continue;
    }
    if (leads.some((lead) => lead.contains(el)) || !isLeadText(el, scope, root, headline)) continue;
    const text = collapse(collectText(el).text);
    known ??= [collapse(collectText(root).text), collapse(headline?.textContent)];
    if (known.some((k) => k.includes(text)) || texts.some((t) => t.includes(text) || text.includes(t))) continue;
    leads.push(el);
    texts.push(text);
  }
  return leads;
}

function declaredLang(doc: Document, root: Element, meta: PageMeta): string | undefined {
  const raw =
    root.closest('[lang]')?.getAttribute('lang') ||
    meta.metas.get('content-language') ||
    meta.metas.get('og:locale');
  const lang = raw?.trim().split(/[-_]/)[0]?.toLowerCase();
  return lang || undefined;
}

/** Share of `segments`' text that sits inside links. */
function linkShare(segments: TextSegment[]): number {
  let all = 0;
  let linked = 0;
  for (const { node } of segments) {
    const n = node.data.trim().length;
    all += n;
    if (node.parentElement?.closest('a')) linked += n;
  }
  return all ? linked / all : 1;
}

/**
 * Finds the article on a page: its region in the live document, its text
 * (headline first) with the map back to text nodes, and its metadata.
 * Returns null when the page has no article text. Never modifies `doc`.
 */
export function readArticle(doc: Document = document, options: { maxTextNodes?: number } = {}): Article | null {
  if (!doc.body) return null;
  const meta = readMeta(doc);
  const root = findRegion(doc, meta) ?? readabilityRegion(doc);
  if (!root) return null;

  const siteName = collapse(meta.metas.get('og:site_name')) || nameOf(meta.ld?.publisher, meta.lds);
  const ogTitle = collapse(meta.metas.get('og:title') ?? meta.metas.get('twitter:title'));
  const pageTitle = stripSiteSuffix(collapse(doc.title), siteName, true);
  const titleGuess = ogTitle || nameOf(meta.ld?.headline, meta.lds) || pageTitle;
  const headlineEl = findHeadline(doc, root, titleGuess);
  const headline = collapse(headlineEl?.textContent) || titleGuess;
  const title = (ogTitle && stripSiteSuffix(ogTitle, siteName, false)) || headline || pageTitle;

  const lead = findLead(root, headlineEl);
  const { text, segments, capped } = collectText(root, {
    headline: headlineEl ?? headline,
    lead,
    maxTextNodes: options.maxTextNodes,
  });
  const bodySegments = headlineEl ? segments.filter((s) => !headlineEl.contains(s.node)) : segments;
  if (bodySegments.length === 0 || linkShare(bodySegments) > 0.5) return null;

  const author =
    collapse(meta.metas.get('author')) ||
    nameOf(meta.ld?.author, meta.lds) ||
    collapse(doc.querySelector('[rel="author"]')?.textContent) ||
    undefined;

  return {
    title,
    headline,
    text,
    segments,
    siteName: siteName || undefined,
    author,
    lang: declaredLang(doc, root, meta),
    published: findPublished(doc, meta, root, headlineEl),
    root,
    ...(capped ? { capped } : {}),
  };
}
