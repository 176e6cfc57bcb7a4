// Link, attachment and image targets on a page (domain.md §5), and broken images judged in place.
import { phrase } from './phrasing';
import type { Flag, LinkTarget } from './types';

export const ATTACHMENT_RE = /\.(?:pdf|docx?|xlsx?|wps|et|ofd|zip|rar)(?:$|[?#])/i;
const SKIP_SCHEME = /^\s*(?:javascript:|mailto:|tel:|data:|#)/i;

export function isSkippable(href: string): boolean {
  return !href.trim() || SKIP_SCHEME.test(href);
}

/** Absolute URL without fragment: the unit a verdict is cached under. */
export function linkKey(href: string, base?: string): string | undefined {
  try {
    const u = new URL(href, base);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    u.hash = '';
    return u.href;
  } catch {
    return undefined;
  }
}

export function collectLinks(doc: Document, base?: string): LinkTarget[] {
  const out: LinkTarget[] = [];
  const seen = new Set<string>();
  const baseUrl = base ?? doc.baseURI;
  const add = (el: Element, raw: string | null, resolved: string, image: boolean) => {
    if (!raw || isSkippable(raw)) return;
    // The browser has already resolved the URL; parse only when it could not (detached documents).
    let url = /^https?:\/\//i.test(resolved) ? resolved : linkKey(raw, baseUrl);
    if (!url) return;
    const hash = url.indexOf('#');
    if (hash >= 0) url = url.slice(0, hash);
    const kind = image ? 'image' : ATTACHMENT_RE.test(url) ? 'attachment' : 'link';
    const key = `${kind}|${url}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ href: raw, url, kind, element: el });
  };
  for (const a of doc.querySelectorAll('a[href], area[href]'))
    add(a, a.getAttribute('href'), (a as HTMLAnchorElement).href ?? '', false);
  for (const img of doc.querySelectorAll('img[src]'))
    add(img, img.getAttribute('src'), (img as HTMLImageElement).src ?? '', true);
  return out;
}

/** An <img> that finished loading without decoding anything. Needs a real browser's layout. */
export function brokenImageFlags(
  images: Iterable<HTMLImageElement>,
  columnOf: (el: Element) => string | undefined,
): Flag[] {
  const flags: Flag[] = [];
  for (const el of images) {
    const src = el.getAttribute('src') ?? '';
    if (!src || /^data:/i.test(src)) continue;
    if (el.complete && el.naturalWidth === 0) {
      const column = columnOf(el);
      flags.push({
        rule: 'broken-image',
        level: 'flag',
        message: phrase.brokenImage(column),
        href: src,
        element: el,
        column,
        evidence: { src, url: el.currentSrc || src },
      });
    }
  }
  return flags;
}
