import { describe, expect, it } from 'vitest';
import { normalizeUrl } from '../url';

describe('normalizeUrl', () => {
  it.each([
    ['lowercases scheme and host, keeps path case', 'HTTPS://News.Example.COM/World/Story-A', 'https://news.example.com/World/Story-A'],
    ['drops the fragment', 'https://example.com/a#section-2', 'https://example.com/a'],
    ['drops an empty fragment', 'https://example.com/a#', 'https://example.com/a'],
    ['drops utm_* parameters', 'https://example.com/a?utm_source=fb&utm_medium=social&utm_campaign=x&utm_term=y&utm_content=z', 'https://example.com/a'],
    ['drops fbclid and gclid', 'https://example.com/a?fbclid=IwAR0&gclid=Cj0K', 'https://example.com/a'],
    ['drops tracking names in any case', 'https://example.com/a?UTM_Source=x&id=3', 'https://example.com/a?id=3'],
    ['keeps other parameters in their order', 'https://example.com/a?z=1&utm_source=x&a=2&fbclid=q&m=3', 'https://example.com/a?z=1&a=2&m=3'],
    ['keeps repeated and valueless parameters', 'https://example.com/a?tag=b&tag=a&flag', 'https://example.com/a?tag=b&tag=a&flag'],
    ['keeps parameter encoding', 'https://example.com/tim-kiem?q=ngh%E1%BB%8B+%C4%91%E1%BB%8Bnh&utm_source=x', 'https://example.com/tim-kiem?q=ngh%E1%BB%8B+%C4%91%E1%BB%8Bnh'],
    ['does not take utm-like names for tracking', 'https://example.com/a?utmost=1&xfbclid=2', 'https://example.com/a?utmost=1&xfbclid=2'],
    ['drops a trailing ?', 'https://example.com/a?', 'https://example.com/a'],
    ['drops empty parameter pieces', 'https://example.com/a?&a=1&&', 'https://example.com/a?a=1'],
    ['drops the https default port', 'https://example.com:443/a', 'https://example.com/a'],
    ['drops the http default port', 'http://example.com:80/a', 'http://example.com/a'],
    ['keeps other ports', 'http://example.com:8080/a', 'http://example.com:8080/a'],
    ['keeps a trailing slash', 'https://example.com/a/', 'https://example.com/a/'],
    ['trims whitespace', '  https://example.com/a  ', 'https://example.com/a'],
    ['fragment and tracking together', 'https://Example.com/a?id=1&utm_source=x#top', 'https://example.com/a?id=1'],
    ['returns an invalid url trimmed as is', '  not a url/Path?utm_source=x#f ', 'not a url/Path?utm_source=x#f'],
    ['returns an empty string as is', '', ''],
  ])('%s', (_, input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });

  it('is idempotent', () => {
    const once = normalizeUrl('HTTPS://Example.com:443/A?b=1&utm_source=x#c');
    expect(normalizeUrl(once)).toBe(once);
  });
});
