// Column (栏目) discovery on any government page layout (domain.md §3).
// Strategy: every titled link belongs to a row; sibling rows form a list; a list's column name is
// the nearest heading before it (or the tab label of its pane); the page's own metadata names the
// main list of a column page. Empty-list texts and headed blocks without rows are blank columns.
import {
  findLabelledPubDate,
  isDatePiece,
  joinDatePieces,
  parseDateCell,
  type FoundDate,
  type YearContext,
} from './dates';
import { isHiddenByMarkup, meta, norm, textOf } from './dom';
import { EMPTY_RE, inPage, MORE_RE, type OneOrMore, type PageIndex } from './pageindex';
import type { Column, ColumnItem, PageKind } from './types';

export { EMPTY_RE, MORE_RE };
const LOADING_RE = /加载中|正在加载|loading/i;
const HEADING_CLASS =
  /(?:^|[-_\s])(?:tit|title|titles|hd|head|header|bt|lm|lmmc|lmname|name|caption|column-?name)(?:$|[-_\s\d])/i;
const CHROME_RE =
  /(?:^|[-_\s])(?:nav|menu|footer|foot|links?|yqlj|friend|breadcrumb|crumbs?|position|location|dqwz|share|toolbar|top-?bar)(?:$|[-_\s\d])/i;
const NOT_A_COLUMN = /链接|导航|相关|热点|排行|推荐|猜你|阅读排行|浏览排行|当前位置/;
/** Headings of side lists beside a column page's own list. */
const SIDE_LIST = /热点|排行|推荐|相关|猜你/;
const PINNED_RE = /置顶|\[顶\]|【顶】/;

interface Heading {
  el: Element;
  name: string;
}

export function cleanColumnName(text: string): string {
  return (
    norm(text)
      .replace(/(?:查看)?更多\s*[>»›+]*|more\s*[>»›+]*|[>»›]{2,}|\+$/gi, '')
      .replace(/^[\s■●◆▶►·•|│]+|[\s■●◆▶►·•|│]+$/g, '')
      .replace(/^【(.*)】$/, '$1')
      // An English subtitle after a Chinese name (通知公告 NOTICE) is decoration.
      .replace(/([\u4e00-\u9fff])\s*[/|｜·•—-]?\s*[A-Za-z][A-Za-z\s&'-]*$/, '$1')
      .trim()
  );
}

function isHeadingLike(el: Element): boolean {
  return (
    /^H[1-6]$/.test(el.tagName) ||
    HEADING_CLASS.test(el.getAttribute('class') ?? '') ||
    HEADING_CLASS.test(el.id)
  );
}

/** A heading's text; older sites draw column titles as images, named by their alt text. */
function labelText(el: Element): string {
  const text = el.textContent ?? '';
  if (text.trim()) return text;
  for (const img of el.querySelectorAll('img[alt], img[title]')) {
    const alt = norm(img.getAttribute('alt') || img.getAttribute('title'));
    if (alt && !MORE_RE.test(alt)) return alt;
  }
  return '';
}

function shortName(el: Element): string | undefined {
  const name = cleanColumnName(labelText(el));
  return name.length >= 2 && name.length <= 24 ? name : undefined;
}

/** A heading inside (or being) a sibling block that sits before a list. */
function headingIn(el: Element): Heading | undefined {
  const t = norm(labelText(el));
  if (!t || t.length > 60) return undefined;
  // A real heading element wins over the header bar that holds it (and its 更多 link).
  const candidates = [
    /^H[1-6]$/.test(el.tagName) ? el : null,
    el.querySelector('h1,h2,h3,h4,h5,h6'),
    isHeadingLike(el) ? el : null,
    el.querySelector(
      '[class*="tit"],[class*="hd"],[class*="head"],[class*="lm"],[class*="name"],[class*="bt"]',
    ),
  ];
  for (const c of candidates) {
    const name = c && shortName(c);
    if (c && name) return { el: c, name };
  }
  // A short text block with at most a 更多 link reads as a heading too.
  const nonMore = [...el.querySelectorAll('a')].filter((a) => !MORE_RE.test(textOf(a)));
  if (nonMore.length <= 1) {
    const name = shortName(el);
    if (name && name.length <= 16) return { el, name };
  }
  return undefined;
}

const TABLE_HEAD_WORDS =
  /^(?:序号|标题|名称|文件名称|信息名称|主题|日期|时间|发布日期|发布时间|成文日期|发文日期|文号|发文字号|索引号|来源|发布机构|浏览|点击|访问|状态)/;

/** A header row naming the table's columns (标题 | 发布日期), not a block heading row (工作动态 | 更多). */
function isTableHeaderRow(el: Element): boolean {
  const tr = el.tagName === 'THEAD' ? el.querySelector('tr') : el;
  if (!tr || tr.tagName !== 'TR' || tr.children.length < 2) return false;
  if (tr.querySelector('th')) return true;
  let named = 0;
  for (const cell of tr.children) if (TABLE_HEAD_WORDS.test(textOf(cell))) named++;
  return named >= 2;
}

function hasContentLinks(el: Element): boolean {
  for (const a of el.querySelectorAll('a')) if (!MORE_RE.test(textOf(a))) return true;
  return false;
}

function sameKind(a: Element, b: Element): boolean {
  return a.tagName === b.tagName && (a.getAttribute('class') ?? '') === (b.getAttribute('class') ?? '');
}

/** The tab label that names pane number `index` among `count` panes, searched before the panes. */
function tabLabel(firstPane: Element, index: number, count: number): Heading | undefined {
  const starts = [firstPane.previousElementSibling, firstPane.parentElement?.previousElementSibling];
  for (const start of starts) {
    for (let sib = start; sib; sib = sib.previousElementSibling) {
      const labels = tabLabels(sib);
      if (labels.length >= count) {
        const el = labels[index];
        const name = shortName(el);
        if (name) return { el, name };
      }
      if (norm(sib.textContent).length > 120) break;
    }
  }
  return undefined;
}

function tabLabels(bar: Element): Element[] {
  let cur = bar;
  // Descend through single wrappers (div > ul > li).
  while (cur.children.length === 1) cur = cur.children[0];
  const kids = [...cur.children].filter((k) => {
    const t = cleanColumnName(k.textContent ?? '');
    return t.length >= 2 && t.length <= 16 && !MORE_RE.test(t);
  });
  return kids.length >= 2 ? kids : [];
}

/**
 * A list's heading, searched from its first row: a heading can sit inside the list's own
 * container, before the rows (<div class="box"><h2>工作动态</h2><dl>…</dl><dl>…</dl></div>).
 */
function headingOfGroup(g: { container: Element; rows: Element[] }): Heading | undefined {
  return headingBefore(g.rows[0], 'skip') ?? findHeading(g.container);
}

/**
 * The heading among the siblings before `node`. A sibling of the same kind is another row of the
 * list (`skip`), or another block or pane whose heading is not ours (`stop`, when it has links).
 */
function headingBefore(node: Element, sameKindSiblings: 'skip' | 'stop'): Heading | undefined {
  for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
    if (sameKind(sib, node)) {
      if (sameKindSiblings === 'skip') continue;
      // Another pane or block with its own links is another column: its heading is not ours.
      if (!isHeadingLike(sib) && hasContentLinks(sib)) break;
    }
    if (isTableHeaderRow(sib)) continue; // 标题 | 发布日期 names table columns, not the 栏目
    const h = headingIn(sib);
    if (h) return h;
    if (norm(sib.textContent).length > 60) break;
  }
  return undefined;
}

/** Walk up from a list (or an empty-text element) to the heading that names it. */
export function findHeading(start: Element, maxDepth = 6): Heading | undefined {
  let node: Element | null = start;
  for (let depth = 0; node && depth < maxDepth && node.tagName !== 'BODY'; depth++) {
    const before = headingBefore(node, 'stop');
    if (before) return before;
    const parent: Element | null = node.parentElement;
    if (parent) {
      const panes = [...parent.children].filter((c) => sameKind(c, node!));
      if (panes.length >= 2) {
        const h = tabLabel(panes[0], panes.indexOf(node), panes.length);
        if (h) return h;
      }
      // A caption or heading inside the same table/block, before the list.
      if (node.tagName === 'TBODY' && parent.tagName === 'TABLE') {
        const cap = parent.querySelector('caption');
        if (cap && shortName(cap)) return { el: cap, name: shortName(cap)! };
      }
    }
    node = parent;
  }
  return undefined;
}

/** Header cells of a table list mark which columns are drafting dates (成文日期) and not publication dates. */
function excludedCells(row: Element): Set<number> {
  const out = new Set<number>();
  const table = row.closest('table');
  if (!table || row.tagName !== 'TR') return out;
  const head =
    table.querySelector('thead tr') ??
    [...table.querySelectorAll('tr')].find((r) => r.querySelector('th')) ??
    null;
  if (!head) return out;
  [...head.children].forEach((cell, i) => {
    if (/成文|发文|印发|归档|施行|实施/.test(textOf(cell))) out.add(i);
  });
  return out;
}

const PURE_DATE =
  /^[[(（【]?\s*(?:(?:19|20)\d{2}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*[\])）】]?$/;

/** The row's publication date: a date cell outside the title link, never a date inside the title. */
function rowDate(
  row: Element,
  cells: OneOrMore<Text>,
  ctx: YearContext,
  skip: Set<number>,
): FoundDate | undefined {
  if (!Array.isArray(cells)) return cellDate(row, cells, ctx, skip);
  let found: FoundDate | undefined;
  for (const n of cells) found = cellDate(row, n, ctx, skip) ?? found; // the last date in a row is the publication date in practice
  return found;
}

/** One date-like text of a row, unless it is not the publication date. */
function cellDate(row: Element, n: Text, ctx: YearContext, skip: Set<number>): FoundDate | undefined {
  const t = n.data;
  if (t.length < 3) return undefined;
  const parent = n.parentElement!;
  if (skip.size) {
    const cell = parent.closest('td,th');
    if (cell && cell.parentElement === row && skip.has([...row.children].indexOf(cell))) return undefined;
  }
  // Inside the row's title link only a cell that is nothing but a date counts.
  for (let x: Element | null = parent; x && x !== row; x = x.parentElement) {
    if (x.tagName === 'A') {
      if (!PURE_DATE.test(t.trim())) return undefined;
      break;
    }
  }
  // A label in a preceding sibling (<span>成文日期：</span><span>2022-01-01</span>); labels are short.
  const prev = parent.previousElementSibling;
  if (prev && prev.tagName !== 'A' && prev.childElementCount === 0) {
    const label = prev.textContent ?? '';
    if (label.length < 12 && /(成文|发文|归档|印发)\s*(日期|时间)?\s*[:：]?\s*$/.test(label))
      return undefined;
  }
  const d = parseDateCell(t, ctx) ?? findLabelledPubDate(t);
  if ((!d || d.inferredYear) && isDatePiece(t)) return joinDatePieces(t, pieceNeighbours(n, parent)) ?? d;
  return d;
}

/** Texts right beside a date piece: its sibling nodes, and its element's sibling elements. */
function pieceNeighbours(n: Text, parent: Element): string[] {
  const around = [n.previousSibling, n.nextSibling, parent.previousElementSibling, parent.nextElementSibling];
  const out: string[] = [];
  for (const x of around) if (x && x.nodeName !== 'A') out.push(x.textContent ?? '');
  return out;
}

function mainLink(links: OneOrMore<Element> | undefined): Element | undefined {
  if (!Array.isArray(links)) return links;
  const anchors = links;
  if (anchors.length === 1) return anchors[0];
  let best: Element | undefined;
  let bestLen = -1;
  for (const a of anchors) {
    const len = (a.textContent ?? '').trim().length || (a.getAttribute('title') ?? '').length;
    if (len > bestLen) {
      best = a;
      bestLen = len;
    }
  }
  return best;
}

export interface DiscoveryContext {
  asOf: Date;
  url?: string;
  kind: PageKind;
  contextYear?: number;
}

interface Group {
  container: Element;
  rows: Element[];
}

function groupRows(index: PageIndex): Group[] {
  const byParent = new Map<Element, Element[]>();
  for (const row of index.rows.keys()) {
    const parent = row.parentElement;
    if (!parent) continue;
    const list = byParent.get(parent);
    if (list) list.push(row);
    else byParent.set(parent, [row]);
  }
  // Rows parsed from shipped records stand for the page element that will show them.
  return [...byParent].map(([container, rows]) => ({ container: inPage(index, container), rows }));
}

function inPageChrome(el: Element): boolean {
  for (let x: Element | null = el; x && x.tagName !== 'BODY'; x = x.parentElement) {
    if (/^(NAV|HEADER|FOOTER)$/.test(x.tagName)) return true;
    if (CHROME_RE.test(x.getAttribute('class') ?? '') || CHROME_RE.test(x.id)) return true;
  }
  return false;
}

interface RowFacts {
  dates: Map<Element, OneOrMore<Text>>;
}

/** A list row; its title and link are read from the DOM only when asked for. */
class Item implements ColumnItem {
  constructor(
    private readonly link: Element,
    readonly element: Element,
    readonly date?: Date,
    readonly dateText?: string,
  ) {}
  get href(): string | undefined {
    return this.link.getAttribute('href') ?? undefined;
  }
  get title(): string {
    const raw = this.link.textContent ?? '';
    return (
      (/\s\s|[\n\t\u00a0\u3000]/.test(raw) ? norm(raw) : raw.trim()) || norm(this.link.getAttribute('title'))
    );
  }
  get pinned(): boolean {
    return PINNED_RE.test(this.title);
  }
}

function toItems(index: PageIndex, group: Group, ctx: DiscoveryContext, facts: RowFacts): ColumnItem[] {
  const skip = excludedCells(group.rows[0]);
  const items: ColumnItem[] = [];
  // One year context for the list, pointed at each row's link in turn (read synchronously).
  const year: YearContext = { asOf: ctx.asOf, contextYear: ctx.contextYear };
  for (const row of group.rows) {
    const a = mainLink(index.rows.get(row));
    if (!a) continue;
    const nodes = facts.dates.get(row);
    year.link = a;
    const d = nodes ? rowDate(row, nodes, year, skip) : undefined;
    items.push(new Item(a, row, d?.date, d?.text));
  }
  return items;
}

function looksLikeList(items: ColumnItem[], container: Element): boolean {
  if (!items.length) return false;
  let dated = 0;
  for (const i of items) if (i.date) dated++;
  if (dated > 0 && dated >= items.length / 2) return !inPageChrome(container) || dated >= 3;
  if (items.length < 3 || inPageChrome(container)) return false;
  const avg = items.reduce((s, i) => s + i.title.length, 0) / items.length;
  return avg >= 8;
}

const CRUMB_CLASS =
  '[class*="crumb" i], [class*="position" i], [class*="location" i], [class*="dqwz" i], [id*="crumb" i], [id*="position" i], [class*="curpos" i]';

/** The last segment of the breadcrumb (当前位置：首页 > 政务公开 > 通知公告). */
export function breadcrumbName(index: PageIndex): string | undefined {
  if (index.crumb === undefined) index.crumb = readBreadcrumb(index) ?? null;
  return index.crumb ?? undefined;
}

function readBreadcrumb(index: PageIndex): string | undefined {
  const el = index.doc.querySelector(CRUMB_CLASS) ?? index.crumbEl;
  if (!el) return undefined;
  const text = textOf(el);
  if (text.length > 200) return undefined;
  const parts = text
    .replace(/^.*?(?:当前位置|您的位置|您现在的位置|现在的位置|所在位置)\s*[:：]?/, '')
    .split(/\s*[>＞»›/]\s*|\s{2,}/)
    .map(cleanColumnName)
    .filter((p) => p && p !== '首页' && p !== '正文');
  return parts[parts.length - 1];
}

const PAGER_CLASS = '[class*="page" i], [id*="page" i], [class*="fenye" i], [class*="pagination" i]';

/** Page 2 and later of a paginated column, read from the URL or the pager's current page. */
export function laterPage(index: PageIndex, url?: string): boolean {
  if (index.laterPage !== undefined) return index.laterPage;
  return (index.laterPage = isLaterPage(index, url));
}

function isLaterPage(index: PageIndex, url?: string): boolean {
  if (url) {
    if (/\/index_(\d+)\.s?html?(?:$|[?#])/i.test(url)) return true; // TRS: index_1 is page 2
    const n =
      /\/(?:list|index)-(\d+)\.s?html?(?:$|[?#])|\/list_(\d+)\.s?html?(?:$|[?#])|\/page\/(\d+)\/?(?:$|[?#])|[?&](?:page|pageNo|pageIndex|pageNum|currentPage|curPage|p|pn|pageId)=(\d+)/i.exec(
        url,
      );
    if (n && +(n[1] ?? n[2] ?? n[3] ?? n[4]) >= 2) return true;
  }
  // Pagers found by their words; a pager of bare numbers is found by its class.
  const pagers = index.pagerEls.length ? index.pagerEls : [...index.doc.querySelectorAll(PAGER_CLASS)];
  for (const pager of pagers) {
    const t = textOf(pager);
    if (t.length > 300 || !/\d/.test(t)) continue;
    const cur =
      pager.querySelector(
        '.active, .current, .cur, .on, .curr, [aria-current="page"], .selected, strong, b',
      ) ?? plainNumber(pager);
    if (cur && /^\d+$/.test(textOf(cur)) && +textOf(cur) >= 2) return true;
    const m =
      /(?:当前)?第\s*(\d+)\s*页|当前\s*(\d+)\s*\/\s*\d+|(\d+)\s*\/\s*\d+\s*页|当前页\s*[:：]?\s*(\d+)/.exec(
        t,
      );
    if (m && +(m[1] ?? m[2] ?? m[3] ?? m[4]) >= 2) return true;
  }
  return false;
}

/** In a pager of linked numbers, the one number that is not a link is the page shown. */
function plainNumber(pager: Element): Element | undefined {
  const plain: Element[] = [];
  let linked = 0;
  for (const el of pager.querySelectorAll('*')) {
    if (el.childElementCount || !/^\d+$/.test(textOf(el))) continue;
    if (el.closest('a')) linked++;
    else plain.push(el);
  }
  return plain.length === 1 && linked >= 1 ? plain[0] : undefined;
}

/** Empty-list texts (暂无信息, 共0条) and headed blocks whose body shows no rows. */
function blankColumns(index: PageIndex, listed: Set<Element>): Array<{ heading: Heading; at: Element }> {
  const out: Array<{ heading: Heading; at: Element }> = [];
  for (const n of index.emptyNodes) {
    const at = n.parentElement!;
    if (at.closest('script,style,noscript,template') || inPageChrome(at)) continue;
    const heading = findHeading(at);
    if (heading) out.push({ heading, at });
  }
  // A heading with a 更多 link whose body is empty.
  for (const a of index.moreLinks) {
    let header: Element | null = a.parentElement;
    while (
      header &&
      !header.nextElementSibling &&
      header.parentElement &&
      header.parentElement.tagName !== 'BODY' &&
      norm(header.parentElement.textContent).length < 40
    )
      header = header.parentElement;
    const body = header?.nextElementSibling;
    if (!header || !body || listed.has(body) || [...listed].some((l) => body.contains(l))) continue;
    const bodyText = norm(body.textContent);
    if (body.querySelector('a[href]:not([href="#"])') && !EMPTY_RE.test(bodyText)) continue;
    // Something other than a list lives there (a search form, a QR code, an embedded frame) or will arrive (a script).
    if (
      LOADING_RE.test(bodyText) ||
      body.querySelector(
        'script, iframe, img, input, select, textarea, form, video, embed, object, canvas, svg',
      )
    )
      continue;
    if (bodyText.length > 40 && !EMPTY_RE.test(bodyText)) continue;
    const heading = headingIn(header);
    if (heading) out.push({ heading, at: body });
  }
  return out;
}

export function discoverColumns(index: PageIndex, ctx: DiscoveryContext): Column[] {
  if (ctx.kind === 'article' || ctx.kind === 'guide') return [];
  const doc = index.doc;
  const later = laterPage(index, ctx.url);
  const columns = new Map<string, Column>();
  const listed = new Set<Element>();
  const facts: RowFacts = { dates: index.rowDates };
  const groups = groupRows(index)
    .map((g) => ({ g, items: toItems(index, g, ctx, facts) }))
    .filter(({ g, items }) => looksLikeList(items, g.container));

  const addColumn = (
    name: string,
    heading: Element,
    list: Element | undefined,
    items: ColumnItem[],
    blank: boolean,
  ) => {
    const existing = columns.get(name);
    if (existing) {
      existing.items.push(...items);
      existing.blank = existing.blank && blank;
      return;
    }
    columns.set(name, {
      name,
      heading,
      list,
      items,
      blank,
      laterPage: later,
      hidden: isHiddenByMarkup(list ?? heading),
    });
  };

  if (ctx.kind === 'column-list') {
    // The page's own list is the largest one that is not a side list (热点, 相关, 排行) or page
    // chrome; its name comes from the page's metadata.
    const bySize = groups.sort((a, b) => b.items.length - a.items.length);
    const own = bySize.filter(
      ({ g }) => !inPageChrome(g.container) && !SIDE_LIST.test(headingOfGroup(g)?.name ?? ''),
    );
    const main = own[0] ?? bySize[0];
    const name =
      meta(doc, 'ColumnName') ||
      breadcrumbName(index) ||
      (main ? headingOfGroup(main.g)?.name : undefined) ||
      textOf(doc.querySelector('h1')) ||
      titleColumnName(doc.title) ||
      '本栏目';
    if (main) {
      const heading = headingOfGroup(main.g)?.el ?? main.g.container;
      addColumn(name, heading, main.g.container, main.items, false);
    } else if (index.emptyNodes.length) {
      const empty = blankColumns(index, listed)[0];
      const at = empty?.at ?? index.emptyNodes[0].parentElement!;
      addColumn(name, empty?.heading.el ?? doc.querySelector('h1') ?? at, at, [], true);
    }
    return [...columns.values()];
  }

  for (const { g, items } of groups) {
    const h = headingOfGroup(g);
    if (!h || NOT_A_COLUMN.test(h.name)) continue;
    if (!items.some((i) => i.date) && inPageChrome(h.el)) continue;
    addColumn(h.name, h.el, g.container, items, false);
    listed.add(g.container);
  }
  for (const { heading, at } of blankColumns(index, listed)) {
    if (NOT_A_COLUMN.test(heading.name) || columns.has(heading.name)) continue;
    addColumn(heading.name, heading.el, at, [], true);
  }
  return [...columns.values()];
}

/** `通知公告_某县人民政府` or `通知公告 - 某县人民政府门户网站`: the column is the first part of the title. */
function titleColumnName(title: string): string | undefined {
  const first = cleanColumnName(norm(title).split(/\s*[_|｜—–]\s*|\s+-\s+/)[0] ?? '');
  return first.length >= 2 && first.length <= 24 ? first : undefined;
}

/** The kind of page decides what can be judged on it (domain.md §3: articles and guides hold no columns). */
export function detectKind(index: PageIndex, url?: string): PageKind {
  const doc = index.doc;
  const titleish = `${norm(doc.title)} ${index.headings.map(textOf).join(' ')}`;
  const guideWords = /办事指南|服务指南|办事须知/.test(titleish);
  if (index.materialsHeadings.length && (guideWords || index.hasGuideLabels)) return 'guide';
  if (guideWords && index.hasGuideLabels) return 'guide';
  if (meta(doc, 'ArticleTitle') || meta(doc, 'PubDate') || meta(doc, 'pubdate')) return 'article';
  if (isArticle(index) || crumbSaysArticle(index)) return 'article';
  if (meta(doc, 'ColumnName') || breadcrumbName(index) || laterPage(index, url) || index.pagerEls.length > 0)
    return 'column-list';
  return 'home';
}

/** One document under a heading, with a 发布时间 header outside any list. */
function isArticle(index: PageIndex): boolean {
  const labelled = index.pubLabelEls.some((el) => {
    // The label may sit alone in its own span, with the date in the next one.
    const own = textOf(el);
    const t = own.length < 8 ? textOf(el.parentElement) : own;
    if (t.length > 160) return false;
    if (el.closest('li, tr')?.querySelector('a[href]') || inPageChrome(el)) return false;
    return !!findLabelledPubDate(t);
  });
  if (!labelled) return false;
  let prose = 0;
  for (const p of index.doc.querySelectorAll('p')) {
    if (p.closest('li, a, footer, nav')) continue;
    prose += textOf(p).length;
    if (prose >= 80) return true;
  }
  // Bodies written without <p> (text and <br> in a div or td): a long run of text outside links
  // and outside the page's chrome (a long footer is not a body).
  return hasPlainBody(index.doc.body ?? index.doc.documentElement, 80);
}

/** Whether some element outside links, lists and page chrome holds `min` characters of its own text. */
function hasPlainBody(root: Element, min: number): boolean {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  const own = new Map<Element, number>();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || /^(A|LI|SCRIPT|STYLE|OPTION|NAV|FOOTER)$/.test(parent.tagName)) continue;
    const len = (n as Text).data.trim().length;
    if (len) own.set(parent, (own.get(parent) ?? 0) + len);
  }
  for (const [el, total] of own) if (total >= min && !inPageChrome(el)) return true;
  return false;
}

/** 当前位置：首页 > 工作动态 > 正文: the breadcrumb says this is one document. */
function crumbSaysArticle(index: PageIndex): boolean {
  const el = index.doc.querySelector(CRUMB_CLASS) ?? index.crumbEl;
  return !!el && /[>＞»›]\s*(?:正文|详情|详细内容|内容|文章详情|信息详情)\s*$/.test(textOf(el));
}
