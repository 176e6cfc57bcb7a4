// The page's text as one string, so a phrase split across inline elements
// (中华人民<span>共合国</span>) is still one phrase. The string is the root's textContent, built
// natively in one call; only the few hits are mapped back to their text nodes, where a hit that
// runs from one block into the next, or lies in a script or style, is dropped.

/** Elements whose text is never shown as page text. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'TEMPLATE', 'OPTION']);
/** Inline elements: text inside them continues the text around them. */
const INLINE = new Set([
  ...['A', 'ABBR', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'CODE', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'KBD'],
  ...['LABEL', 'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRIKE', 'STRONG', 'SUB', 'SUP', 'TIME', 'TT'],
  ...['U', 'VAR'],
]);

export interface PageText {
  root: Element;
  text: string;
}

export function pageText(doc: Document): PageText {
  const root = doc.body ?? doc.documentElement;
  return { root, text: root.textContent ?? '' };
}

/** The block a text node's characters belong to, or null when they are never shown. */
function blockOf(node: Text): Element | null {
  let x = node.parentElement;
  if (!x) return null;
  for (let y: Element | null = x; y; y = y.parentElement) if (SKIP.has(y.tagName)) return null;
  while (INLINE.has(x.tagName) && x.parentElement) x = x.parentElement;
  return x;
}

export interface Located {
  start: number;
  end: number;
  /** The element holding the hit's first character. */
  element: Element;
}

/**
 * Maps hits (sorted by start) to the elements that show them, in one walk that reads only
 * lengths. Hits inside scripts or styles, or spanning two blocks, are left out.
 */
export function locate(
  page: PageText,
  hits: Array<{ start: number; end: number }>,
): Array<Located | undefined> {
  const out: Array<Located | undefined> = new Array(hits.length);
  if (!hits.length) return out;
  const order = hits.map((_, i) => i).sort((a, b) => hits[a].start - hits[b].start);
  const doc = page.root.ownerDocument;
  const walker = doc.createTreeWalker(page.root, 4 /* SHOW_TEXT */);
  let at = 0;
  let k = 0;
  for (
    let n = walker.nextNode() as Text | null;
    n && k < order.length;
    n = walker.nextNode() as Text | null
  ) {
    at += n.length;
    while (k < order.length && hits[order[k]].start < at) {
      const h = hits[order[k]];
      const block = blockOf(n);
      if (block) {
        // The last character's node: this one, or a later one of the same block.
        const endNode = nodeOfOffset(n, at, h.end - 1);
        if (endNode && (endNode === n || blockOf(endNode) === block)) {
          out[order[k]] = { start: h.start, end: h.end, element: n.parentElement! };
        }
      }
      k++;
    }
  }
  return out;
}

/** Every shown text node that overlaps one of `ranges` (sorted by start), with where it starts. */
export function nodesIn(
  page: PageText,
  ranges: Array<{ start: number; end: number }>,
): Array<{ node: Text; start: number }> {
  const out: Array<{ node: Text; start: number }> = [];
  if (!ranges.length) return out;
  const walker = page.root.ownerDocument.createTreeWalker(page.root, 4 /* SHOW_TEXT */);
  let at = 0;
  let k = 0;
  for (
    let n = walker.nextNode() as Text | null;
    n && k < ranges.length;
    n = walker.nextNode() as Text | null
  ) {
    const from = at;
    at += n.length;
    while (k < ranges.length && ranges[k].end <= from) k++;
    if (k < ranges.length && ranges[k].start < at && blockOf(n)) out.push({ node: n, start: from });
  }
  return out;
}

/** The text node holding `offset`, looking ahead from `n` (which ends at `nEnd`) a little way. */
function nodeOfOffset(n: Text, nEnd: number, offset: number): Text | undefined {
  if (offset < nEnd) return n;
  const ahead = n.ownerDocument.createTreeWalker(n.ownerDocument.body ?? n.ownerDocument.documentElement, 4);
  ahead.currentNode = n;
  let end = nEnd;
  for (let x = ahead.nextNode() as Text | null; x; x = ahead.nextNode() as Text | null) {
    end += x.length;
    if (offset < end) return x;
    if (end - nEnd > 200) return undefined;
  }
  return undefined;
}

/**
 * About `n` characters each side of a hit, on one line. Long digit runs in it are masked, so a
 * context never carries anybody's full number (an ID in the next cell included).
 */
export function contextOf(text: string, start: number, end: number, n = 20): string {
  return text
    .slice(Math.max(0, start - n), Math.min(text.length, end + n))
    .replace(/\s+/g, ' ')
    .trim()
    .replace(LONG_DIGITS, maskRun);
}

const LONG_DIGITS = /\d{7,25}[Xx]?/g;
const maskRun = (d: string) => `${d.slice(0, 3)}${'*'.repeat(d.length - 7)}${d.slice(-4)}`;

/** A text with every long digit run masked: what may be stored of a page showing personal numbers. */
export function maskDigits(s: string): string {
  return s.replace(LONG_DIGITS, maskRun);
}
