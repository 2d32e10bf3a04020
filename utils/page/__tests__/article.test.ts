// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectText, readArticle, toIsoDate, type Article, type CollectedText } from '../article';

const SAMPLES = fileURLToPath(new URL('../../../../shared/samples/', import.meta.url));
const PAGES = fileURLToPath(new URL('./pages/', import.meta.url));

function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

function load(path: string): Document {
  return parse(readFileSync(path, 'utf8'));
}

function read(path: string): Article {
  const article = readArticle(load(path));
  expect(article).not.toBeNull();
  return article!;
}

/** Every segment spells its node's text at its offset; offsets ascend and never overlap. */
function expectSegmentsMapBack({ text, segments }: CollectedText): void {
  expect(segments.length).toBeGreaterThan(0);
  let end = 0;
  for (const { node, start } of segments) {
    expect(start).toBeGreaterThanOrEqual(end);
    expect(text.slice(start, start + node.data.length)).toBe(node.data);
    end = start + node.data.length;
  }
}

describe('readArticle on the shared samples', () => {
  it('reads the Vietnamese conference report', () => {
    const article = read(`${SAMPLES}vi-antq-conference.html`);
    const headline =
      'Tiếp tục đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc trong cơ quan, doanh nghiệp, nhà trường';
    expect(article.headline).toBe(headline);
    expect(article.title).toBe(headline);
    expect(article.text.startsWith(`${headline}\n\n`)).toBe(true);
    expect(article.text).toContain('Chiều 28/8, Ban Chỉ đạo 138 tỉnh tổ chức hội nghị');
    expect(article.text).toContain('Các đại biểu tham dự hội nghị.');
    expect(article.text).toContain('17 tập thể, 20 cá nhân được nhận Giấy khen');
    for (const chrome of ['Thứ Năm, 26/11/2026', 'Trang chủ', 'Tin liên quan', 'Thông tư 28/2024', 'Giấy phép số 45']) {
      expect(article.text).not.toContain(chrome);
    }
    expect(article.published).toBe('2024-08-29');
    expect(article.lang).toBe('vi');
    expect(article.author).toBe('Quốc Hương');
    expect(article.root.localName).toBe('article');
    expectSegmentsMapBack(article);
  });

  it('reads the English press release', () => {
    const article = read(`${SAMPLES}en-press-release.html`);
    expect(article.headline).toBe('Joint operation nets 31 arrests in fentanyl trafficking case');
    // <title> has a " | Site" suffix; the headline wins over it.
    expect(article.title).toBe('Joint operation nets 31 arrests in fentanyl trafficking case');
    expect(article.text.startsWith('Joint operation nets 31 arrests')).toBe(true);
    expect(article.text).toContain('ended on Tuesday with 31 arrests across four counties');
    expect(article.text).toContain('1,284 drug-related arrests');
    for (const chrome of ['Records Requests', 'Recent news', 'Traffic safety checkpoint', 'Ordinance 2019-44']) {
      expect(article.text).not.toContain(chrome);
    }
    expect(article.published).toBe('2025-02-14');
    expect(article.lang).toBe('en');
    expect(article.author).toBe('Riverton Police Department');
    expectSegmentsMapBack(article);
  });

  it('gives the plain-text sample, without the dateline under the headline', () => {
    const { text } = read(`${SAMPLES}vi-antq-conference.html`);
    const plain = readFileSync(`${SAMPLES}vi-antq-conference.txt`, 'utf8').trim();
    expect(text).toBe(plain);
  });
});

describe('readArticle on small pages', () => {
  it('reads JSON-LD in a @graph and puts a headline outside the body first', () => {
    const doc = load(`${PAGES}jsonld-graph.html`);
    const article = readArticle(doc)!;
    expect(article.root.className).toBe('article-body');
    expect(article.text).toBe(
      'County extends burn ban through July\n\n' +
        'The Harlan County Board of Commissioners voted 4-1 on Monday to extend the outdoor burn ban until July 31, citing 11 wildfires since April.\n\n' +
        'Fire Chief Rosa Delgado said crews had responded to more than 40 grass fires this spring, twice the usual number.',
    );
    // The date as written in the timestamp, not moved to UTC (which would be June 6).
    expect(article.published).toBe('2023-06-05');
    expect(article.siteName).toBe('Valley Courier Media');
    expect(article.author).toBe('Ana Ruiz, Tom Lee');
    expect(article.lang).toBe('en');
    expect(article.segments[0]!.node.parentElement?.localName).toBe('h1');
    expectSegmentsMapBack(article);
  });

  it('skips the dateline, comments, related lists, ads, share bars, scripts, forms, hidden and editable parts inside the article', () => {
    const article = read(`${PAGES}comments-related.html`);
    expect(article.text).toBe(
      'Bắt giữ 52 đối tượng trong đường dây ma túy\n\n' +
        'Sáng 17-3, Công an tỉnh Nghệ An cho biết đã triệt phá đường dây mua bán ma túy, bắt giữ 52 đối tượng.\n\n' +
        'Lực lượng chức năng thu giữ 10 kg ma túy tổng hợp và nhiều tang vật khác.\n\n' +
        'Vụ án đang được tiếp tục điều tra, mở rộng.',
    );
    expect(article.published).toBe('2024-03-17');
    expect(article.author).toBe('Minh Anh');
    expect(article.title).toBe('Bắt giữ 52 đối tượng trong đường dây ma túy');
    expectSegmentsMapBack(article);
  });

  it('finds a class-named body when the page has no <article>', () => {
    const article = read(`${PAGES}class-layout.html`);
    expect(article.root.className).toBe('detail-content');
    expect(article.headline).toBe('Hà Nội cấm xe tải vào nội đô từ ngày 1/4');
    expect(article.title).toBe('Hà Nội cấm xe tải vào nội đô từ ngày 1/4');
    expect(article.text).toBe(
      'Hà Nội cấm xe tải vào nội đô từ ngày 1/4\n\n' +
        'Theo Quyết định 510/QĐ-UBND, từ ngày 1/4 xe tải trên 1,25 tấn không được vào nội đô từ 6h đến 21h.\n\n' +
        'Sở Giao thông vận tải cho biết đã lắp thêm 35 biển báo trên các tuyến vành đai.\n' +
        'Người vi phạm bị phạt theo Nghị định 100/2019/NĐ-CP.',
    );
    expect(article.published).toBe('2024-03-01');
    expect(article.siteName).toBe('Báo Thủ Đô');
    expect(article.lang).toBe('vi');
    expectSegmentsMapBack(article);
  });

  it('falls back to Readability on a clone and maps its choice back to the live document', () => {
    const doc = load(`${PAGES}readability-fallback.html`);
    const before = doc.documentElement.outerHTML;
    const article = readArticle(doc)!;
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(article.root.ownerDocument).toBe(doc);
    expect(article.root.contains(doc.querySelector('.x3 p'))).toBe(true);
    expect(article.title).toBe('Harbor dredging to begin in spring');
    expect(article.text.startsWith('Harbor dredging to begin in spring\n\nThe Port Authority approved')).toBe(true);
    expect(article.text).toContain('two winter storms.');
    expect(article.text).not.toContain('Sports');
    expect(article.text).not.toContain('Mayor signs budget');
    expect(article.published).toBe('2024-01-15');
    for (const { node } of article.segments) expect(node.ownerDocument).toBe(doc);
    expectSegmentsMapBack(article);
  });

  it('returns null for a page of navigation only', () => {
    expect(readArticle(load(`${PAGES}nav-only.html`))).toBeNull();
  });

  it.each([
    ['an empty page', '<!doctype html><html><head><title>x</title></head><body></body></html>'],
    ['a page with only a headline', '<html><body><article><h1>Only a headline</h1></article></body></html>'],
    ['a page of only links', '<html><body><div><a href="/a">One link</a> <a href="/b">Another link</a></div></body></html>'],
  ])('returns null for %s', (_name, html) => {
    expect(readArticle(parse(html))).toBeNull();
  });
});

const FIXTURES = fileURLToPath(new URL('../../extract/__tests__/fixtures/', import.meta.url));

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

/** `parts` each occur once in `text`, in this order. */
function expectOnceInOrder(text: string, parts: string[]): void {
  let last = -1;
  for (const part of parts) {
    expect(occurrences(text, part), part).toBe(1);
    const at = text.indexOf(part);
    expect(at, part).toBeGreaterThan(last);
    last = at;
  }
}

/** Reads a page and checks it leaves the document as it was. */
function readUnchanged(path: string): { doc: Document; article: Article } {
  const doc = load(path);
  const before = doc.documentElement.outerHTML;
  const article = readArticle(doc);
  expect(article).not.toBeNull();
  expect(doc.documentElement.outerHTML).toBe(before);
  return { doc, article: article! };
}

/** The segments whose text nodes sit inside `el`, in order, spell its text. */
function expectSegmentsOf(article: Article, el: Element): void {
  const inside = article.segments.filter((s) => el.contains(s.node));
  expect(inside.length).toBeGreaterThan(0);
  for (const { node, start } of inside) expect(article.text.slice(start, start + node.data.length)).toBe(node.data);
  expect(inside.map((s) => s.node.data).join('').replace(/\s+/g, ' ').trim()).toBe(
    (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}

const BRIDGE = 'The Long Bien bridge closes for 3 months from 1 June for repairs to 14 of its spans, the city said.';

describe('readArticle with a lead outside the body', () => {
  it('puts a VnExpress p.description between the headline and the body, not teasers that share its class', () => {
    const { doc, article } = readUnchanged(`${PAGES}lead-vnexpress.html`);
    expect(article.root.className).toBe('fck_detail');
    expect(article.text).toBe(
      'Khởi tố giám đốc doanh nghiệp bán đất nền dự án ma\n\n' +
        'Bắc Ninh Giám đốc Công ty Địa ốc Kinh Bắc bị Công an tỉnh Bắc Ninh khởi tố về tội Lừa đảo chiếm đoạt tài sản, sau khi thu 120 tỷ đồng tiền cọc của 85 khách hàng.\n\n' +
        'Ngày 8/5, Cơ quan Cảnh sát điều tra Công an tỉnh Bắc Ninh khởi tố bị can, bắt tạm giam Nguyễn Văn Hùng, 47 tuổi, giám đốc công ty.\n\n' +
        'Theo cơ quan điều tra, từ năm 2021, công ty quảng cáo dự án khu đô thị rộng 12 ha dù chưa được giao đất, ký hợp đồng đặt cọc với khách hàng.\n\n' +
        'Phạm Dự',
    );
    // The location stamp and the lead are separate text nodes; the space between them is no segment's.
    const stamp = article.segments.find((s) => s.node.data === 'Bắc Ninh')!;
    expect(article.segments[article.segments.indexOf(stamp) + 1]!.start).toBe(stamp.start + 'Bắc Ninh '.length);
    expectSegmentsOf(article, doc.querySelector('p.description')!);
    expectSegmentsMapBack(article);
  });

  it('reads a Tuổi Trẻ h2.detail-sapo, not a sapo in the related box', () => {
    const { doc, article } = readUnchanged(`${PAGES}lead-tuoitre.html`);
    expect(article.text).toBe(
      'TP.HCM kiểm tra phòng cháy 3.000 nhà trọ\n\n' +
        'TTO - UBND TP.HCM yêu cầu kiểm tra phòng cháy chữa cháy tại 3.000 nhà trọ, chung cư mini, hoàn thành trước ngày 30-6.\n\n' +
        'Nội dung được nêu tại Công văn số 1234/UBND-ĐT ngày 1-4 của UBND TP.HCM.\n\n' +
        'Từ đầu năm đến nay, trên địa bàn xảy ra 112 vụ cháy, làm chết 4 người.\n\n' +
        'MINH HÒA',
    );
    expectSegmentsOf(article, doc.querySelector('h2.detail-sapo')!);
    expectSegmentsMapBack(article);
  });

  it('reads a Thanh Niên .detail-sapo, not one in the sidebar', () => {
    const { doc, article } = readUnchanged(`${PAGES}lead-thanhnien.html`);
    expect(article.text).toBe(
      'Đề xuất tăng mức phạt vi phạm hóa đơn\n\n' +
        'Mức phạt tối đa đối với hành vi sử dụng hóa đơn không hợp pháp có thể lên 100 triệu đồng.\n\n' +
        'Ngày 19.10, Bộ Tài chính đăng tải dự thảo nghị định sửa đổi Nghị định 125/2020/NĐ-CP.\n\n' +
        'Dự thảo nâng mức phạt tối đa từ 50 triệu đồng lên 100 triệu đồng.',
    );
    expectSegmentsOf(article, doc.querySelector('.detail__cmain-main .detail-sapo')!);
    expectSegmentsMapBack(article);
  });

  it('reads an h2.detail-sapo after a box-title wrapper and share tools, with the headline nested deeper than the sapo', () => {
    const { doc, article } = readUnchanged(`${PAGES}lead-box-title.html`);
    expect(article.root.className).toBe('detail-content');
    expect(article.headline).toBe('Gia Lai xử lý 214 trường hợp khai thác cát trái phép');
    expect(article.text).toBe(
      'Gia Lai xử lý 214 trường hợp khai thác cát trái phép\n\n' +
        '(Baogialai.vn) - 5 tháng đầu năm 2024, lực lượng chức năng tỉnh Gia Lai đã phát hiện, xử lý 214 trường hợp khai thác cát trái phép trên các sông Ba, sông Pa.\n\n' +
        'Theo Sở Tài nguyên và Môi trường, tổng số tiền phạt vi phạm hành chính là hơn 2,6 tỷ đồng.\n\n' +
        'Lực lượng chức năng kiểm tra một điểm khai thác cát. Ảnh: Ngọc Minh\n\n' +
        'UBND tỉnh yêu cầu các địa phương tăng cường kiểm tra, không để tái diễn tình trạng khai thác trái phép.\n\n' +
        'Ngọc Minh',
    );
    expect(article.published).toBe('2024-06-18');
    expectSegmentsOf(article, doc.querySelector('h2.detail-sapo')!);
    expectSegmentsMapBack(article);
  });

  it('reads the lead whichever of it and the headline is nested deeper', () => {
    const lead = 'The Long Bien bridge closes for 3 months from 1 June for repairs.';
    const body = `<div class="detail-content"><p>${BRIDGE}</p></div>`;
    const deeperLead = parse(
      `<html><body><div class="main"><h1>Bridge closes for repairs</h1><div class="top"><div class="box"><p class="sapo">${lead}</p></div></div>${body}</div></body></html>`,
    );
    expect(readArticle(deeperLead)!.text).toBe(`Bridge closes for repairs\n\n${lead}\n\n${BRIDGE}`);
    // Lead-named elements before the headline stay out, nested deeper or not.
    const before = parse(
      '<html><body><div class="main"><div class="top"><div class="box"><p class="summary">A summary of the site, nested above the headline.</p></div></div>' +
        `<h1>Bridge closes for repairs</h1>${body}</div></body></html>`,
    );
    expect(readArticle(before)!.text).toBe(`Bridge closes for repairs\n\n${BRIDGE}`);
  });

  it('reads a standfirst in the article header, not teaser summaries, captions, promos or the sidebar', () => {
    const { doc, article } = readUnchanged(`${PAGES}lead-standfirst.html`);
    expect(article.root.className).toBe('article-body');
    expect(article.text).toBe(
      'Council approves 20mph limit on city centre roads\n\n' +
        'Speed limit on 42 streets will fall from 30mph in June after a 14-month trial cut collisions by a fifth\n\n' +
        'Councillors voted 48 to 11 on Tuesday to make the 20mph limit permanent on roads inside the inner ring road.\n\n' +
        'Figures presented to the meeting showed 212 collisions during the trial, down from 265 in the same period a year earlier.',
    );
    expectSegmentsOf(article, doc.querySelector('header p.standfirst')!);
    expectSegmentsMapBack(article);
  });

  it('reads the lead in the same article container when no headline element is found', () => {
    const doc = parse(
      '<html><body><div class="story"><p class="lead">The mayor announced a 5% cut in bus fares from 1 May.</p>' +
        '<div class="entry-content"><p>The cut follows a review of ticket prices that found fares had risen 30% since 2019.</p></div></div>' +
        '<div class="sidebar"><p class="lead">A teaser for another story in the sidebar column.</p></div></body></html>',
    );
    const article = readArticle(doc)!;
    expect(article.text).toBe(
      'The mayor announced a 5% cut in bus fares from 1 May.\n\n' +
        'The cut follows a review of ticket prices that found fares had risen 30% since 2019.',
    );
    expectSegmentsMapBack(article);
  });

  it('does not repeat a lead that the body already starts with', () => {
    const doc = parse(
      '<html><body><h1>Bridge closes for repairs</h1><p class="sapo">The Long Bien bridge closes for 3 months from 1 June.</p>' +
        '<div class="detail-content"><p>The Long Bien bridge closes for 3 months from 1 June.</p><p>Buses will use the Chuong Duong bridge instead during the works.</p></div></body></html>',
    );
    const article = readArticle(doc)!;
    expect(occurrences(article.text, 'The Long Bien bridge closes')).toBe(1);
    expect(article.segments.some((s) => s.node.parentElement?.className === 'sapo')).toBe(false);
  });

  it.each([
    ['a photo caption named like a lead', '<p class="photo-desc">The bridge seen from the river bank at dawn on Monday.</p>'],
    ['a lead image figure', '<figure class="article__lead-image"><figcaption class="summary">The bridge seen from the river bank at dawn.</figcaption></figure>'],
    ['a related list item', '<ul class="list-news"><li><a href="#">Older story</a><p class="description">A summary of an older story on bridges.</p></li></ul>'],
    ['a story card', '<div class="summary"><h3><a href="#">Older story</a></h3><p>A summary of an older story on bridges in the city.</p></div>'],
    ['a link-only lead', '<p class="sapo"><a href="#">Read our full coverage of the bridge repairs here</a></p>'],
    ['a newsletter box', '<div class="newsletter"><p class="standfirst">Sign up for our daily briefing on the city.</p></div>'],
    ['an aside', '<aside><p class="description">A summary of another story about the river.</p></aside>'],
  ])('leaves out %s between the headline and the body', (_name, html) => {
    const doc = parse(
      `<html><body><h1>Bridge closes for repairs</h1>${html}` +
        `<div class="detail-content"><p>${BRIDGE}</p></div></body></html>`,
    );
    expect(readArticle(doc)!.text).toBe(`Bridge closes for repairs\n\n${BRIDGE}`);
  });

  it('leaves out lead-named elements after the body and before the headline', () => {
    const doc = parse(
      '<html><body><p class="summary">A summary of the site above the headline.</p><h1>Bridge closes for repairs</h1>' +
        `<div class="detail-content"><p>${BRIDGE}</p></div>` +
        '<p class="sapo">A sapo of the next story after the body.</p></body></html>',
    );
    expect(readArticle(doc)!.text).toBe(`Bridge closes for repairs\n\n${BRIDGE}`);
  });
});

/** Headline, lead and body containers of the extraction fixtures, as a reader sees them. */
const FIXTURE_PARTS: Record<string, string[]> = {
  'vi-police-drug-bust': ['h1', '.news-content'],
  'vi-cand-traffic': ['h1', '.article-sapo', '.article-body'],
  'vi-vnexpress-court': ['h1', 'p.description', 'article.fck_detail'],
  'vi-tuoitre-fire': ['h1', '.detail-sapo', '.detail-content'],
  'vi-portal-party-conference': ['.news-title', '.news-summary', '.news-content'],
  'vi-thanhnien-fines-decree': ['h1', '.detail-sapo', '.detail-content'],
  'en-police-traffic-report': ['h1', '.news-body'],
  'en-wire-unodc-meth': ['h1', '.article-body__content'],
  'en-police-scotland': ['h1', '.news-article__body'],
  'en-doj-fentanyl-indictment': ['h1', '.field_body'],
  'en-eu-data-rules': ['h1', '.entry-content'],
};

describe('readArticle on the extraction fixtures', () => {
  it('finds the lead the VnExpress and portal pages keep outside the body', () => {
    const vnexpress = read(`${FIXTURES}vi-vnexpress-court.html`).text;
    expectOnceInOrder(vnexpress, [
      'Cựu tổng giám đốc lừa hơn 1.000 tỷ đồng',
      'bị Tòa án nhân dân TP Hà Nội tuyên tù',
      'Chiều 11/10, sau 7 ngày xét xử',
    ]);
    const portal = read(`${FIXTURES}vi-portal-party-conference.html`).text;
    expectOnceInOrder(portal, [
      'Sơ kết 5 năm thực hiện Nghị quyết 35-NQ/TW',
      'Sáng 23/11, Ban Thường vụ Tỉnh ủy',
      'Dự hội nghị có đồng chí Trần Văn Lâm',
    ]);
  });

  it.each(Object.entries(FIXTURE_PARTS))('%s: headline, lead and body once and in order, no chrome', (name, selectors) => {
    const { doc, article } = readUnchanged(`${FIXTURES}${name}.html`);
    const parts = selectors.map((sel) => doc.querySelector(sel)!);
    expect(article.text.startsWith(collapseText(parts[0]!))).toBe(true);
    // Every paragraph of the lead and body, once, in document order (spaces aside:
    // separators may be added between text nodes).
    const squash = (s: string) => s.replace(/\s+/g, '');
    const blocks = parts.slice(1).flatMap((el) => (el.querySelector('p') ? Array.from(el.querySelectorAll('p')) : [el]));
    const texts = [parts[0]!, ...blocks].map((el) => squash(collapseText(el))).filter((t) => t.length >= 20);
    expect(texts.length).toBeGreaterThan(selectors.length);
    expectOnceInOrder(squash(article.text), texts);
    // Nothing from page chrome, meta lines, comments or related lists.
    const chrome = doc.querySelectorAll(
      'body > header, nav, footer, aside, [class*="comment"], [class*="related"], [class*="sidebar"], [class*="footer"], .read-next, .news-other, .other-news, .trust-principles, ' +
        'time, [class*="meta"], [class*="date"], [class*="info"], [class*="share"], [class*="tags"]',
    );
    for (const el of Array.from(chrome)) {
      if (parts.some((p) => p.contains(el) || el.contains(p))) continue;
      for (const { node } of article.segments) expect(el.contains(node), collapseText(el).slice(0, 60)).toBe(false);
    }
    expectSegmentsMapBack(article);
  });
});

function collapseText(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('collectText', () => {
  it('keeps text nodes verbatim and adds separators only between blocks', () => {
    const doc = parse(
      '<html><body><div id="r">\n  <h2>Title  here</h2>\n  <p>One <b>bold</b> <i>word</i>.</p><ul><li>a</li><li>b<br>c</li></ul>\n</div></body></html>',
    );
    const collected = collectText(doc.getElementById('r')!);
    expect(collected.text).toBe('Title  here\n\nOne bold word.\n\na\n\nb\nc');
    expect(collected.segments.map((s) => s.node.data)).toEqual(['Title  here', 'One ', 'bold', 'word', '.', 'a', 'b', 'c']);
    expectSegmentsMapBack(collected);
  });

  it('puts a headline first, element or string, without repeating it', () => {
    const doc = parse('<html><body><div id="r"><p>Kicker</p><h1 id="h">Headline</h1><p>Body.</p></div></body></html>');
    const root = doc.getElementById('r')!;
    const headline = doc.getElementById('h')!;
    expect(collectText(root, { headline }).text).toBe('Headline\n\nKicker\n\nBody.');
    expectSegmentsMapBack(collectText(root, { headline }));
    const withString = collectText(root, { headline: 'From og:title' });
    expect(withString.text).toBe('From og:title\n\nKicker\n\nHeadline\n\nBody.');
    expect(withString.segments[0]!.start).toBe('From og:title\n\n'.length);
  });

  it('puts lead elements after the headline, each its own block, without repeating them', () => {
    const doc = parse(
      '<html><body><h1 id="h">Headline</h1><p id="a">Lead <b>one</b>.</p><div id="r"><p id="b">Lead two.</p><p>Body.</p></div></body></html>',
    );
    const root = doc.getElementById('r')!;
    const collected = collectText(root, {
      headline: doc.getElementById('h')!,
      lead: [doc.getElementById('a')!, doc.getElementById('b')!],
    });
    expect(collected.text).toBe('Headline\n\nLead one.\n\nLead two.\n\nBody.');
    expectSegmentsMapBack(collected);
  });

  it('separates a capital from a lowercase letter in another element, and nothing else', () => {
    const doc = parse(
      '<html><body><div id="r"><p><span>Hà Nội</span>Lê Quang Vinh, <b>bị</b>cáo, <i>TP</i>.HCM, <a>x</a>Y</p></div></body></html>',
    );
    const collected = collectText(doc.getElementById('r')!);
    expect(collected.text).toBe('Hà Nội Lê Quang Vinh, bịcáo, TP.HCM, x Y');
    expectSegmentsMapBack(collected);
  });

  it.each([
    ['hidden', '<p hidden>x</p>'],
    ['aria-hidden', '<span aria-hidden="true">x</span>'],
    ['contenteditable', '<div contenteditable>x</div>'],
    ['textarea', '<textarea>x</textarea>'],
    ['input', '<input value="x">'],
    ['code', '<code>x</code>'],
    ['script', '<script>x</script>'],
    ['style', '<style>x{}</style>'],
    ['nav', '<nav>x</nav>'],
    ['aside', '<aside>x</aside>'],
    ['footer', '<footer>x</footer>'],
    ['display:none', '<div style="display: none">x</div>'],
    ['role=navigation', '<div role="navigation">x</div>'],
    ['share bar', '<div class="share-buttons">x</div>'],
    ['comment list', '<ol id="comment-list">x</ol>'],
    ['related', '<div class="box-tinlienquan">x</div>'],
    ['ad', '<div class="ad-slot">x</div>'],
    ['nested article', '<article>x</article>'],
    ['article footer', '<div class="node-footer">Updated August 2, 2024</div>'],
    ['block of only links', '<div class="trust-principles"><a href="#">Our Standards: The Trust Principles.</a></div>'],
    ['paragraph of only a link', '<p><strong><a href="#">Xem thêm: Bắt 3 đối tượng</a></strong></p>'],
    ['dateline and byline', '<div class="post-meta"><span class="author">Minh Anh</span> · <time>17:30 | 05/09/2024</time></div>'],
    ['article date', '<p class="news-article__date">Friday 15 March 2024</p>'],
    ['byline', '<p class="byline">By Jane Holt, Transport correspondent</p>'],
    ['article info line', '<div class="article-info">By <a href="#">Panu Wongcha-um</a> · Updated May 29, 2024</div>'],
    ['meta line with tags', '<div class="node__meta">Media release · <time>15 August 2024</time> · Tags: <a href="#">Drugs</a></div>'],
    ['timestamp standing alone', '<time datetime="2024-03-17T21:05:00+07:00">21:05 17/03/2024</time>'],
    ['timestamp alone in a paragraph', '<p><span><time>29/08/2024 08:15</time></span></p>'],
    ['press contact', '<div class="press-release__contact">Media contact: Sgt. Andrea Hall, (302) 739-5901</div>'],
  ])('skips %s', (_name, html) => {
    const doc = parse(`<html><body><article id="r"><p>Kept.</p>${html}<p>Also kept.</p></article></body></html>`);
    expect(collectText(doc.getElementById('r')!).text).toBe('Kept.\n\nAlso kept.');
  });

  it.each([
    ['has-sidebar', '<div class="content has-sidebar">x</div>'],
    ['comments-open', '<div class="post comments-open">x</div>'],
    ['header in an article', '<header>x</header>'],
    ['figure caption', '<figure><figcaption>x</figcaption></figure>'],
    ['info box', '<div class="info-box">x</div>'],
  ])('keeps %s', (_name, html) => {
    const doc = parse(`<html><body><article id="r"><p>Kept.</p>${html}</article></body></html>`);
    expect(collectText(doc.getElementById('r')!).text).toBe('Kept.\n\nx');
  });

  it.each([
    ['a time in a sentence', '<p>Sáng <time>17-3</time>, công an bắt giữ 52 đối tượng.</p>', 'Sáng 17-3, công an bắt giữ 52 đối tượng.'],
    ['a time wrapped in a sentence', '<p>On <b><time>Monday</time></b> police made 31 arrests.</p>', 'On Monday police made 31 arrests.'],
    ['a date-named span in a sentence', '<p>Posted <span class="date">Monday</span> by the desk.</p>', 'Posted Monday by the desk.'],
    ['a meta-named block holding a heading', '<div class="entry-meta"><h2>Subhead</h2></div>', 'Subhead'],
    ['a long date-named block', `<div class="article-date">${'Long text. '.repeat(25).trim()}</div>`, 'Long text. '.repeat(25).trim()],
  ])('keeps %s', (_name, html, text) => {
    const doc = parse(`<html><body><article id="r"><p>Kept.</p>${html}</article></body></html>`);
    expect(collectText(doc.getElementById('r')!).text).toBe(`Kept.\n\n${text}`);
  });
});

describe('toIsoDate', () => {
  it.each([
    ['2024-08-29T08:15:00+07:00', '2024-08-29'],
    ['2023-06-05T23:30:00-04:00', '2023-06-05'],
    ['2024-08-29', '2024-08-29'],
    ['2024/8/9 10:00', '2024-08-09'],
    ['20240115', '2024-01-15'],
    ['29/08/2024 08:15', '2024-08-29'],
    ['Thứ năm, 29/8/2024, 08:15 (GMT+7)', '2024-08-29'],
    ['08/29/2024', '2024-08-29'],
    ['Thu, 29 Aug 2024 08:15:00 +0700', '2024-08-29'],
    ['February 14, 2025', '2025-02-14'],
    ['Sept. 3rd, 2024', '2024-09-03'],
  ])('reads %s', (raw, iso) => {
    expect(toIsoDate(raw)).toBe(iso);
  });

  it.each(['', 'yesterday', '2024-02-30', '31/13/2024', '1712345678'])('rejects %j', (raw) => {
    expect(toIsoDate(raw)).toBeUndefined();
  });
});
