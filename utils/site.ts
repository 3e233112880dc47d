// Sites where the reader turned the extension off, matched the way people expect: 'example.com'
// also covers 'www.example.com' and 'news.example.com', but not 'badexample.com'.

// What is left after the URL parser: dot-separated labels (IDN already in punycode), or an IPv6 literal.
const HOST_PATTERN = /^(?:[a-z0-9_-]+\.)*[a-z0-9_-]+$|^\[[0-9a-f:.]+\]$/;

/**
 * A host name from what a reader types or pastes ('https://www.Example.com/news', '*.example.com',
 * 'example.com.'), lower-cased, without 'www.', port, path or trailing dot. Null when it is not a host.
 */
export function normaliseSite(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (!text || text.length > 2048) return null;
  text = text.replace(/^\*\./, '');
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(text) ? text : `http://${text}`).hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '').replace(/^www\d?\./, '');
  return host.length <= 253 && HOST_PATTERN.test(host) && /[a-z0-9]/.test(host) ? host : null;
}

/** True when `hostname` is one of `sites` or a subdomain of one. */
export function isHostListed(hostname: string, sites: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (!host) return false;
  return sites.some((site) => host === site || host.endsWith(`.${site}`));
}

/** `sites` with the site of `hostname` added (once). */
export function withSite(sites: readonly string[], hostname: string): string[] {
  const site = normaliseSite(hostname);
  if (!site || sites.includes(site)) return [...sites];
  return [...sites, site];
}

/** `sites` without every entry that covers `hostname`, so the extension runs there again. */
export function withoutSite(sites: readonly string[], hostname: string): string[] {
  return sites.filter((site) => !isHostListed(hostname, [site]));
}
