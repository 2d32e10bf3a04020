/** Query parameters that only track how the reader arrived, never what the page shows. */
const TRACKING = /^(utm_.*|fbclid|gclid)$/i;

/**
 * The form a page's url is stored and looked up under: scheme and host lowercased, default port,
 * fragment, tracking parameters (`utm_*`, `fbclid`, `gclid`) and an empty `?` dropped; path case
 * and the other parameters, in their order and encoding, kept. Not a URL: returned trimmed.
 */
export function normalizeUrl(url: string): string {
  const trimmed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return trimmed;
  }
  // The URL parser already lowercases scheme and host and drops default ports.
  parsed.hash = '';
  const kept = parsed.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !TRACKING.test(paramName(pair)));
  parsed.search = kept.length > 0 ? `?${kept.join('&')}` : '';
  return parsed.href;
}

function paramName(pair: string): string {
  const name = pair.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}
