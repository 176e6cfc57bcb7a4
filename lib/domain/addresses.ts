// Which addresses the tool will open or watch. Only http(s) pages open from the side panel (an
// imported `data:` or `javascript:` page URL must never run); a unit's URL prefix becomes a
// content-script match pattern, so it must name one real host — never `*`, never a scheme the
// browser would hand every page of.

/** The page as a URL when it is an http(s) address with a host; otherwise undefined. */
export function webUrl(s: string): URL | undefined {
  if (typeof s !== 'string' || s.length > 4_000) return undefined;
  try {
    const u = new URL(s.trim());
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname ? u : undefined;
  } catch {
    return undefined;
  }
}

export const isWebUrl = (s: string): boolean => webUrl(s) !== undefined;

// A host name of labels (letters, digits, hyphens; IDN labels too), or an IPv4 literal; a port.
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?';
// Built on first use: the content script imports this module's neighbours, never this check.
let hostPattern: RegExp | undefined;
const hostRe = () => (hostPattern ??= new RegExp(`^(?:${LABEL}\\.)*${LABEL}(?::\\d{1,5})?$`, 'u'));

/**
 * What is wrong with a unit's URL prefix, in both languages, or '' when it is a good one: an
 * optional http(s):// scheme, a host name (with a dot, or localhost), an optional port and path;
 * no wildcards, user names, queries or fragments.
 */
export function prefixProblem(prefix: string): string {
  const p = prefix.trim();
  if (!p) return '网址前缀为空 / the URL prefix is empty';
  if (p.length > 500) return '网址前缀过长 / the URL prefix is too long';
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(p)?.[1];
  if (scheme && !/^https?$/i.test(scheme))
    return `网址前缀只能是 http 或 https 网址：${p} / a URL prefix must be an http(s) address`;
  const rest = scheme ? p.slice(scheme.length + 3) : p;
  if (/[*\s\\@?#]/.test(rest))
    return `网址前缀不能含有 * @ ? # 或空格：${p} / no wildcards, user names, queries or spaces`;
  const host = rest.split('/')[0];
  const name = host.replace(/:\d+$/, '');
  if (!hostRe().test(host) || (!name.includes('.') && name.toLowerCase() !== 'localhost'))
    return `网址前缀的主机名无效：${p} / not a host name`;
  const port = /:(\d+)$/.exec(host)?.[1];
  if (port && Number(port) > 65_535) return `网址前缀的端口无效：${p} / not a port`;
  return '';
}

/** The unit's bad prefixes, each with its problem. */
export function badPrefixes(prefixes: string[]): string[] {
  return prefixes.map(prefixProblem).filter(Boolean);
}
