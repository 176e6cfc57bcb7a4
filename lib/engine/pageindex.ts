// One pass over a page that every question of the engine is answered from: which rows hold
// titled links, which text nodes look like dates, empty-list texts, 更多 links, breadcrumbs and
// the labels that mark articles and service guides. Nothing else walks the whole document.
import { mayHoldDate } from './dates';
import { norm } from './dom';
import { anyOf } from './regex';

export const MORE_RE = /^(?:[>»›+\s]*)(?:更多|查看更多|more)(?:[>»›+\s]*|\.{3}|…)$|^[>»›]{2,}$/i;
// Under-construction texts (栏目建设中, 内容更新中) count as blank too: circulars list such columns as 空白栏目.
export const EMPTY_RE = anyOf(
  '',
  /暂无(?:相关)?(?:信息|数据|内容|记录|文章|公开信息)?|共\s*0\s*条|没有(?:找到)?(?:相关)?(?:信息|数据|记录)/,
  /^\s*无(?:相关)?(?:信息|数据|内容|记录)\s*$/,
  /(?:正在|栏目|页面)建设中|(?:内容|信息|数据)(?:正在)?更新中|正在更新中|敬请期待/,
);
const CRUMB_RE = /^(?:当前位置|您的位置|您现在的位置|现在的位置|所在位置)/;
const PUB_LABEL_RE = /发\s*布\s*(?:时\s*间|日\s*期)|来\s*源\s*[:：]/;
/** A guide's 申请材料 heading (also read by materials.ts). */
export const MATERIALS_RE =
  /^(?:[一二三四五六七八九十\d]+[、.．]\s*)?(?:申请|申报|所需|提交|办理)材料(?:目录|清单)?\s*[:：]?$/;
const GUIDE_LABEL_RE = /事项名称|办理地点|受理条件|申请条件|设定依据/;
const PAGER_RE = /下一页|上一页|尾页|末页|共\s*\d+\s*页|第\s*\d+\s*页|\d+\s*\/\s*\d+\s*页/;
const PURE_DATE_CHARS = /^[\s\d\-/.:年月日[\]()（）【】]+$/;
/** One test per text node: only a node holding a date-like number or one of these words is examined further. */
const ANY = anyOf(
  '',
  /\d{1,2}\s*[-/.月]\s*\d|\d年|暂无|共\s*0|没有|无(?:相关)?(?:信息|数据|内容|记录)|建设中|更新中|敬请期待/,
  /[钟时天周月]前|刚刚|[今昨前]天/,
  /位置|发\s*布|来\s*源|材料|事项名称|办理地点|受理条件|申请条件|设定依据|一页|[尾末]页|\d\s*页/,
);
const LABELS = /位置|发\s*布|来\s*源|材料|事项名称|办理地点|受理条件|申请条件|设定依据|一页|[尾末]页|\d\s*页/;

export type OneOrMore<T> = T | T[];

/** Adds to a map of one-or-more values: a 3000-row page allocates no array for a one-link row. */
function addTo<T extends object>(map: Map<Element, OneOrMore<T>>, key: Element, value: T) {
  const had = map.get(key);
  if (had === undefined) map.set(key, value);
  else if (Array.isArray(had)) had.push(value);
  else map.set(key, [had, value]);
}

export interface PageIndex {
  doc: Document;
  /** Row element -> the titled link inside it, or links when several (most rows hold one: no array). */
  rows: Map<Element, OneOrMore<Element>>;
  /** Date-like text nodes of each row, in document order (one, or several in an array). */
  rowDates: Map<Element, OneOrMore<Text>>;
  emptyNodes: Text[];
  moreLinks: Element[];
  crumbEl?: Element;
  pubLabelEls: Element[];
  materialsHeadings: Element[];
  hasGuideLabels: boolean;
  /** Blocks holding pager words (下一页, 共3页). */
  pagerEls: Element[];
  /** Memo of laterPage(). */
  laterPage?: boolean;
  /** Memo of breadcrumbParts(). */
  crumb?: string[];
  /** Lists parsed from records shipped in <script type="text/xml"> (not yet drawn by the page's
   * script): the parsed list's top element -> the element in the page that will show it. */
  recordHosts: Map<Element, Element>;
  /** Memo of isFlatList() per link parent. */
  flatParents: Map<Element, boolean>;
  /** h1–h3 and images met in the walk, so nothing else searches the whole page for them. */
  headings: Element[];
  images: HTMLImageElement[];
}

/** Row elements by markup: a list item, a table row, a definition. */
const ROW_TAGS = new Set(['LI', 'TR', 'DD']);
/** Block tags that end the search for a row: the link sits in page layout, not in a list. */
const STOP_TAGS = new Set(['BODY', 'FORM', 'MAIN', 'SECTION', 'ARTICLE', 'ASIDE', 'NAV', 'HEADER', 'FOOTER']);

/** Whether `x` has a sibling of its own tag that holds a link: the repeated element of a list. */
function repeated(x: Element): boolean {
  const tag = x.tagName;
  for (const sib of [x.previousElementSibling, x.nextElementSibling]) {
    if (sib && sib.tagName === tag && (sib.tagName === 'A' || sib.getElementsByTagName('a').length))
      return true;
  }
  return false;
}

/**
 * The row a titled link belongs to: the nearest list item, table row or definition, or the
 * nearest element repeated among its siblings (<p>, <div class="item">, a card), whichever is
 * closer to the link. A table cell ends the search at its row, so a list laid out inside a layout
 * table's cell keeps its own rows.
 */
function rowOf(a: Element, flat: Map<Element, boolean>): Element {
  const parent = a.parentElement;
  if (parent && parent.tagName !== 'LI' && isFlatList(parent, flat)) return a;
  // Links side by side in a bar or a heading (tabs, a catalogue of links): each link is a row.
  if (parent && !ROW_TAGS.has(parent.tagName) && parent.tagName !== 'TD' && repeated(a)) return a;
  // A parent loop, not closest(): selector matching costs more than the whole rest of the row.
  let x: Element | null = parent;
  for (let depth = 0; x && depth < 8 && !STOP_TAGS.has(x.tagName); depth++, x = x.parentElement) {
    const tag = x.tagName;
    if (ROW_TAGS.has(tag)) return x;
    // A definition term opens an item block: <dl><dt><a>标题</a></dt><dd>摘要 日期</dd></dl>.
    if (tag === 'DT')
      return x.parentElement?.tagName === 'DL' && x.parentElement.children.length <= 3 ? x.parentElement : x;
    if (tag === 'TD' || tag === 'TH') {
      const tr = x.parentElement;
      return tr && tr.tagName === 'TR' ? tr : x;
    }
    if (depth < 5 && repeated(x)) return x;
    // A lone paragraph of a link and its date is a one-item list's row (<p><a>规划</a><span>日期</span></p>).
    if (tag === 'P' && depth === 0 && x.childElementCount <= 3 && mayHoldDate(textBeside(x, a))) return x;
  }
  return a;
}

/** The text of `row` outside its link `a`. */
function textBeside(row: Element, a: Element): string {
  const all = row.textContent ?? '';
  const inLink = a.textContent ?? '';
  return all.length > 200 ? '' : all.replace(inLink, '');
}

/** An anchor that goes somewhere (a name-only anchor is a bookmark, not a row). */
function isLink(a: Element): boolean {
  return a.hasAttribute('href') || a.hasAttribute('onclick');
}

/** Links side by side with line breaks between (<a>…</a>[date]<br><a>…</a>): each link is a row. */
function isFlatList(el: Element, memo: Map<Element, boolean>): boolean {
  let flat = memo.get(el);
  if (flat === undefined) {
    let links = 0,
      breaks = 0;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (c.tagName === 'A') links++;
      else if (c.tagName === 'BR') breaks++;
    }
    flat = links >= 2 && breaks >= 1;
    memo.set(el, flat);
  }
  return flat;
}

export function buildIndex(doc: Document): PageIndex {
  const rows = new Map<Element, OneOrMore<Element>>();
  const index: PageIndex = {
    doc,
    rows,
    moreLinks: [],
    rowDates: new Map(),
    emptyNodes: [],
    pubLabelEls: [],
    materialsHeadings: [],
    hasGuideLabels: false,
    pagerEls: [],
    headings: [],
    images: [],
    flatParents: new Map(),
    recordHosts: new Map(),
  };
  const root = doc.body ?? doc.documentElement;
  // Links, images and headings come from the tag-name collections (native and far cheaper than a
  // selector list), in document order, so every row is known before any date is met and the JS
  // loop below only sees text nodes: half the calls of a walk over everything.
  // A document parsed without scripting (DOMParser) keeps <noscript> content as elements.
  const unseen = root.getElementsByTagName('noscript').length > 0;
  const anchors = root.getElementsByTagName('a');
  for (let i = 0; i < anchors.length; i++) {
    const a = anchors[i];
    // Upper case for HTML elements only: an SVG <a> is not a row link.
    if (a.tagName !== 'A' || !isLink(a)) continue;
    if (unseen && a.closest('noscript')) continue;
    indexLink(index, a);
  }
  for (const img of root.getElementsByTagName('img'))
    if (!unseen || !img.closest('noscript')) index.images.push(img);
  for (const tag of ['h1', 'h2', 'h3']) index.headings.push(...root.getElementsByTagName(tag));
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) indexText(index, n as Text, root);
  for (const script of root.getElementsByTagName('script')) {
    if ((script.getAttribute('type') ?? '').toLowerCase() === 'text/xml') indexRecords(index, script);
  }
  return index;
}

const RECORD_RE = /<record>\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*<\/record>/gi;

/**
 * Lists whose rows ship as records inside <script type="text/xml"> (the 大汉 JCMS list pages) and
 * that the page's own script has not drawn yet: the rows are parsed into an inert template and
 * indexed like drawn ones, so the column is judged by what it will show. Once the page draws
 * them, the drawn rows are used and the records are not counted twice.
 */
function indexRecords(index: PageIndex, script: Element) {
  const host = script.parentElement;
  const records = [...(script.textContent ?? '').matchAll(RECORD_RE)].map((m) => m[1].trim());
  if (!host || !records.length) return;
  const firstHref = /<a\b[^>]*\bhref\s*=\s*["']?([^"'\s>]+)/i.exec(records[0])?.[1];
  if (firstHref) {
    for (const a of host.getElementsByTagName('a')) if (a.getAttribute('href') === firstHref) return; // drawn already
  }
  const wrap = /^<tr\b/i.test(records[0])
    ? ['<table><tbody>', '</tbody></table>']
    : /^<li\b/i.test(records[0])
      ? ['<ul>', '</ul>']
      : ['<div>', '</div>'];
  const tpl = index.doc.createElement('template');
  try {
    tpl.innerHTML = wrap[0] + records.join('') + wrap[1];
  } catch {
    return; // a page policy (Trusted Types) refuses markup: the drawn list will be judged instead
  }
  const top = tpl.content.firstElementChild;
  if (!top) return;
  index.recordHosts.set(top, host);
  for (const a of top.getElementsByTagName('a')) {
    if (isLink(a)) indexLink(index, a);
  }
  const walker = index.doc.createTreeWalker(top, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) indexText(index, n as Text, top);
}

/** The element of the page that shows `el`: itself, or the host of a parsed records list. */
export function inPage(index: PageIndex, el: Element): Element {
  if (el.isConnected || !index.recordHosts.size) return el;
  let top = el;
  while (top.parentElement) top = top.parentElement;
  return index.recordHosts.get(top) ?? el;
}

function indexLink(index: PageIndex, a: Element) {
  // Only lengths matter here; titles are normalised once, later, for the rows that form lists.
  // A link holding one long text (most titles) needs no string at all.
  const only = a.firstChild;
  // (更多 and its variants are short: a single text longer than 12 is a title.)
  const long = only !== null && only === a.lastChild && only.nodeType === 3 && (only as Text).length > 12;
  if (!long) {
    const t = (a.textContent ?? '').trim();
    // A 更多 drawn as a sign or an icon (+, an icon font, a picture) says so in its class.
    if (MORE_RE.test(t) || (t.length <= 2 && /more|gd/i.test(a.getAttribute('class') ?? ''))) {
      index.moreLinks.push(a);
      return;
    }
    if (t.length < 2 && norm(a.getAttribute('title')).length < 2) return;
  }
  const row = rowOf(a, index.flatParents);
  addTo(index.rows, row, a);
}

function attachDate(index: PageIndex, n: Text, parent: Element) {
  let row: Element | undefined;
  for (let x: Element | null = parent, i = 0; x && i < 6; i++, x = x.parentElement) {
    if (index.rows.has(x)) {
      row = x;
      break;
    }
  }
  // Old flat lists have no row elements: <a>标题</a><font>[2023-01-04]</font><br>. The date then
  // belongs to the link just before it.
  row ??= linkBefore(index, n.previousSibling) ?? linkBefore(index, parent.previousSibling);
  if (!row) return;
  addTo(index.rowDates, row, n);
}

function linkBefore(index: PageIndex, node: Node | null): Element | undefined {
  // Past blank text only: the link must be the date's immediate neighbour.
  while (node && node.nodeType === 3 && !(node as Text).data.trim()) node = node.previousSibling;
  return node && index.rows.has(node as Element) ? (node as Element) : undefined;
}

const HIDDEN_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA']);

/**
 * A short text made of digits and date separators only (a date, a row number, an 索引号): 0 when
 * it holds anything else, 1 when it cannot be a date (no separator between digits, or a run of five
 * digits), 2 when it may be one. One pass over the characters instead of three regular expressions.
 */
function pureDate(v: string): 0 | 1 | 2 {
  let run = 0;
  let digitsBefore = false;
  let separated = false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (++run >= 5) return PURE_DATE_CHARS.test(v) ? 1 : 0;
      continue;
    }
    if (run) digitsBefore = true;
    run = 0;
    // - / . 年 月 日 : space and brackets
    if (c === 45 || c === 47 || c === 46 || c === 0x5e74 || c === 0x6708) {
      if (digitsBefore) separated = true;
    } else if (!(c === 32 || c === 58 || c === 0x65e5 || c === 91 || c === 93 || c === 40 || c === 41)) {
      if (!(
        c === 0xff08 ||
        c === 0xff09 ||
        c === 0x3010 ||
        c === 0x3011 ||
        c === 9 ||
        c === 10 ||
        c === 13 ||
        c === 0x3000
      ))
        return 0;
    }
  }
  return separated ? 2 : 1;
}

function indexText(index: PageIndex, n: Text, root: Element) {
  // Lengths first: CharacterData.length is a number, reading .data makes a JS string.
  const len = n.length;
  if (len < 2 || len > 120) return;
  const parent = n.parentElement;
  if (!parent) return;
  // A cell of digits and separators only (a date, a row number) is never a label or an empty text,
  // whatever holds it: tested before the parent's tag, which most such cells never need.
  let v: string | undefined;
  // Up to 12 characters the text is read before its parent's tag, which such cells never need;
  // up to 24 (an 索引号, a date with its time) only outside links, where titles live.
  let tag: string | undefined;
  if (len <= 12 || (len <= 24 && (tag = parent.tagName) !== 'A')) {
    v = n.data;
    const kind = pureDate(v);
    if (kind) {
      if (kind === 2 && !HIDDEN_TEXT.has(tag ?? parent.tagName)) attachDate(index, n, parent);
      return;
    }
  }
  tag ??= parent.tagName;
  // A long text directly in a link is a title: pager words and dates inside links are short.
  if (tag === 'A' ? len > 12 : HIDDEN_TEXT.has(tag)) return;
  v ??= n.data;
  if (!ANY.test(v)) return;
  if (v.length <= 80 && mayHoldDate(v)) attachDate(index, n, parent);
  if (v.length <= 40 && EMPTY_RE.test(v)) index.emptyNodes.push(n);
  if (!LABELS.test(v)) return;
  const t = v.trim();
  if (!index.crumbEl && CRUMB_RE.test(t)) {
    // The label often sits alone in a span; the breadcrumb is the block holding the path too.
    let el: Element = parent;
    while (
      el.parentElement &&
      el.parentElement !== root &&
      norm(el.textContent).length <= t.length + 2 &&
      (el.parentElement.textContent ?? '').length < 300
    )
      el = el.parentElement;
    index.crumbEl = el;
  }
  if (PUB_LABEL_RE.test(t)) index.pubLabelEls.push(parent);
  if (t.length <= 20 && MATERIALS_RE.test(t)) index.materialsHeadings.push(parent);
  if (!index.hasGuideLabels && t.length <= 40 && GUIDE_LABEL_RE.test(t)) index.hasGuideLabels = true;
  if (t.length <= 40 && PAGER_RE.test(t))
    index.pagerEls.push(parent.closest('div, p, td, ul, nav, span') ?? parent);
}
