// Which sites the extension may read without asking. Government sites (*.gov.cn) are its work and
// are granted at install; loopback is the inspector's own machine (the demo site, pages saved
// and served locally). Every other host is asked for at run time, one host at a time, when the
// inspector registers a unit there or checks links that point there (docs/decisions.md).
import { webUrl } from './addresses';

/** Host access granted at install: the manifest's `host_permissions`. */
export const REQUIRED_HOSTS = [
  '*://*.gov.cn/*',
  'http://127.0.0.1/*',
  'https://127.0.0.1/*',
  'http://localhost/*',
  'https://localhost/*',
];

/** What may be asked for at run time: the manifest's `optional_host_permissions`. */
export const OPTIONAL_HOSTS = ['http://*/*', 'https://*/*'];

/** The reason a link to a host the inspector has not allowed is left unchecked. */
export const NO_ACCESS_REASON = '未获准访问该网站，未检查';
/** The same for a redirect that leaves for such a host. */
export const NO_ACCESS_HOP_REASON = '跳转到未获准访问的网站，未检查';

function hostOf(url: string): string | undefined {
  // A bare prefix (host/path, as units are written) is an http address; mailto: and the like are not.
  if (!url.includes('://') && /^[a-z][a-z0-9+.-]*:(?!\d)/i.test(url)) return undefined;
  return webUrl(url.includes('://') ? url : `http://${url}`)?.hostname.toLowerCase();
}

/** Whether the install-time access covers this address's host. */
export function coveredAtInstall(url: string): boolean {
  const host = hostOf(url);
  if (!host) return false;
  const name = host.replace(/\.$/, '');
  return name === 'gov.cn' || name.endsWith('.gov.cn') || name === '127.0.0.1' || name === 'localhost';
}

/** The match pattern that grants one host, on both schemes and every port. */
export function hostPattern(url: string): string | undefined {
  const host = hostOf(url);
  return host ? `*://${host}/*` : undefined;
}

/**
 * The host patterns to ask for so that these addresses (links, or a unit's URL prefixes) can be
 * read: one per host outside the install-time access, sorted, at most `max`.
 */
export function patternsToRequest(urls: readonly string[], max = 50): string[] {
  const out = new Set<string>();
  for (const u of urls) {
    if (out.size >= max) break;
    if (coveredAtInstall(u)) continue;
    const p = hostPattern(u);
    if (p) out.add(p);
  }
  return [...out].sort();
}

/** The host of a pattern made by hostPattern(), for the inspector to read. */
export const patternHost = (pattern: string): string => pattern.replace(/^\*:\/\//, '').replace(/\/\*$/, '');
