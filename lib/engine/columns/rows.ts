// Rows of a list and their publication dates: the date cell outside the title, never a drafting
// date or a date inside the title; rows grouped by their parent into candidate lists.
import {
  tooltipDate,
  trailingDate,
  urlDate,
  findLabelledPubDate,
  isDatePiece,
  joinDatePieces,
  parseDateCell,
  type FoundDate,
  type YearContext,
} from '../dates';
import { norm, textOf } from '../dom';
import { inPage, type OneOrMore, type PageIndex } from '../pageindex';
import type { ColumnItem, PageKind } from '../types';
import { inPageChrome } from './names';

const DRAFT_LABEL = /(成文|发文|归档|印发)\s*(日期|时间)?\s*[:：]?\s*$/;

export const PINNED_RE = /置顶|\[顶\]|【顶】/;

/** Header cells of a table list mark which columns are drafting dates (成文日期) and not publication dates. */
export function excludedCells(row: Element): Set<number> {
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

const DATE_PART = /(?:(?:19|20)\d{2}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?/;
const TIME_PART = /(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?/;
export const PURE_DATE = new RegExp(`^[[(（【]?\\s*${DATE_PART.source}${TIME_PART.source}\\s*[\\])）】]?$`);

/** The row's publication date: a date cell outside the title link, never a date inside the title. */
export function rowDate(
  row: Element,
  cells: OneOrMore<Text>,
  ctx: YearContext,
  skip: Set<number>,
): FoundDate | undefined {
  if (!Array.isArray(cells)) return cellDate(row, cells, ctx, skip);
  // The last date in a row is the publication date in practice: read from the end, stop at one.
  for (let i = cells.length - 1; i >= 0; i--) {
    const found = cellDate(row, cells[i], ctx, skip);
    if (found) return found;
  }
  return undefined;
}

/** One date-like text of a row, unless it is not the publication date. */
export function cellDate(row: Element, n: Text, ctx: YearContext, skip: Set<number>): FoundDate | undefined {
  if (n.length < 2) return undefined; // 昨天 and 刚刚 are two characters
  const parent = n.parentElement!;
  if (skip.size) {
    let cell: Element | null = parent;
    while (cell && cell.parentElement !== row) cell = cell.parentElement;
    // The row's live children collection is indexed, not walked: sibling walks cost more.
    if (cell) for (const i of skip) if (row.children[i] === cell) return undefined;
  }
  const t = n.data;
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
    if (label.length < 12 && /[文档发]/.test(label) && DRAFT_LABEL.test(label)) return undefined;
  }
  const d = parseDateCell(t, ctx) ?? findLabelledPubDate(t);
  if ((!d || d.inferredYear) && isDatePiece(t)) return joinDatePieces(t, pieceNeighbours(n, parent)) ?? d;
  return d;
}

/** Texts right beside a date piece: its sibling nodes, and its element's sibling elements. */
export function pieceNeighbours(n: Text, parent: Element): string[] {
  const around = [n.previousSibling, n.nextSibling, parent.previousElementSibling, parent.nextElementSibling];
  const out: string[] = [];
  for (const x of around) if (x && x.nodeName !== 'A') out.push(x.textContent ?? '');
  return out;
}

export function mainLink(links: OneOrMore<Element> | undefined): Element | undefined {
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

export interface Group {
  container: Element;
  rows: Element[];
}

/**
 * Where a row's list lives: its parent, except for old templates that print every item as a table
 * of its own (<table><tr><td>·<a>…</a></td><td>日期</td></tr></table> repeated): those tables' parent.
 */
function listOf(row: Element, rows: PageIndex['rows']): Element | null {
  const parent = row.parentElement;
  if (!parent || row.tagName !== 'TR') return parent;
  const table = parent.tagName === 'TABLE' ? parent : parent.parentElement;
  if (!table || table.tagName !== 'TABLE' || table.getElementsByTagName('tr').length !== 1) return parent;
  // An item table among item tables: a neighbouring table holding one row that is an item too.
  const isItem = (t: Element | null) => {
    if (!t || t.tagName !== 'TABLE') return false;
    const trs = t.getElementsByTagName('tr');
    return trs.length === 1 && rows.has(trs[0]);
  };
  return isItem(table.previousElementSibling) || isItem(table.nextElementSibling)
    ? (table.parentElement ?? parent)
    : parent;
}

export function groupRows(index: PageIndex): Group[] {
  const byParent = new Map<Element, Element[]>();
  for (const row of index.rows.keys()) {
    const parent = listOf(row, index.rows);
    if (!parent) continue;
    const list = byParent.get(parent);
    if (list) list.push(row);
    else byParent.set(parent, [row]);
  }
  // Rows parsed from shipped records stand for the page element that will show them.
  return [...byParent].map(([container, rows]) => ({ container: inPage(index, container), rows }));
}

export interface RowFacts {
  dates: Map<Element, OneOrMore<Text>>;
}

/** A list row; its title and link are read from the DOM only when asked for. */
export class Item implements ColumnItem {
  constructor(
    readonly linkEl: Element,
    readonly element: Element,
    public date?: Date,
    readonly dateText?: string,
    readonly dateFrom?: 'page' | 'tooltip' | 'link',
    readonly yearGuessed?: boolean,
  ) {}
  get href(): string | undefined {
    return this.linkEl.getAttribute('href') ?? undefined;
  }
  get title(): string {
    const raw = this.linkEl.textContent ?? '';
    return (
      (/\s\s|[\n\t\u00a0\u3000]/.test(raw) ? norm(raw) : raw.trim()) ||
      norm(this.linkEl.getAttribute('title'))
    );
  }
  get pinned(): boolean {
    return PINNED_RE.test(this.title);
  }
}

export function toItems(
  index: PageIndex,
  group: Group,
  ctx: DiscoveryContext,
  facts: RowFacts,
): ColumnItem[] {
  const skip = excludedCells(group.rows[0]);
  const items: Item[] = [];
  // One year context for the list, pointed at each row's link in turn (read synchronously).
  const year: YearContext = { asOf: ctx.asOf, contextYear: ctx.contextYear };
  for (const row of group.rows) {
    const a = mainLink(index.rows.get(row));
    if (!a) continue;
    const nodes = facts.dates.get(row);
    year.link = a;
    const d = nodes ? rowDate(row, nodes, year, skip) : undefined;
    if (d) {
      items.push(new Item(a, row, d.date, d.text, 'page', d.yearFrom === 'guess'));
      continue;
    }
    // A date closing the title link's own text is on the page too.
    const closing = trailingDate(textOf(a), ctx.asOf);
    if (closing) {
      items.push(new Item(a, row, closing.date, closing.text, 'page'));
      continue;
    }
    // Nothing visible: the tooltip an inspector sees on hover, else the date in the item's URL.
    const tip = tooltipDate(a.getAttribute('title'), ctx.asOf);
    const fromUrl = tip ? undefined : urlDate(a.getAttribute('href'));
    const found = tip ?? fromUrl;
    items.push(new Item(a, row, found?.date, found?.text, tip ? 'tooltip' : fromUrl ? 'link' : undefined));
  }
  if (items.length && !items.some((i) => i.date)) datesBeside(group.container, items, year);
  correctGuessedYears(items);
  return items;
}

/**
 * Dates printed in a column of their own beside the titles (<td>标题<br>标题</td><td>日期<br>日期</td>,
 * or a floated list of dates next to the list of titles): one date per title, in order.
 */
function datesBeside(container: Element, items: Item[], ctx: YearContext) {
  let el: Element | null = container;
  for (let depth = 0; el && depth < 2; depth++, el = el.parentElement) {
    const sib: Element | null = el.nextElementSibling;
    if (!sib) continue;
    // A neighbour with links is another list or the page itself: stop before reading its text.
    if (sib.querySelector('a')) return;
    const text = sib.textContent ?? '';
    if (text.length > items.length * 30 + 20) return;
    const parts = text.split(/\s*\n\s*|\s{2,}/).filter(Boolean);
    const lines = parts.length === items.length ? parts : textLines(sib);
    if (lines.length !== items.length) return;
    const found = lines.map((t) => parseDateCell(t, ctx));
    if (found.some((d) => !d)) return;
    found.forEach((d, i) => {
      items[i] = new Item(items[i].linkEl, items[i].element, d!.date, d!.text, 'page', d!.inferredYear);
    });
    return;
  }
}

/** The text of each text node of `el`, trimmed, empty ones left out. */
function textLines(el: Element): string[] {
  const out: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n && out.length < 200; n = walker.nextNode()) {
    const t = (n as Text).data.trim();
    if (t) out.push(t);
  }
  return out;
}

/**
 * Month-day dates with no year anywhere were each given the latest year not after the inspection
 * date. A list read in order says more: in a newest-first list every row is older than the one
 * above it, so a row that comes out newer crossed a year boundary (and the reverse for an
 * oldest-first list). Pinned rows stand outside the order.
 */
function correctGuessedYears(items: Item[]) {
  const rows = items.filter((i) => i.date && i.yearGuessed && !i.pinned);
  if (rows.length < 3) return;
  let down = 0;
  let up = 0;
  for (let i = 1; i < rows.length; i++) {
    const d = rows[i].date!.getTime() - rows[i - 1].date!.getTime();
    if (d < 0) down++;
    else if (d > 0) up++;
  }
  if (down === up) return;
  const newestFirst = down > up;
  // An old row on top of a newest-first list is pinned, marked or not.
  if (newestFirst && rows[1].date! > rows[0].date!) rows.shift();
  const order = newestFirst ? rows : [...rows].reverse();
  for (let i = 1; i < order.length; i++) {
    const above = order[i - 1].date!;
    let d = order[i].date!;
    while (d > above) d = new Date(d.getFullYear() - 1, d.getMonth(), d.getDate());
    order[i].date = d;
  }
}

export function looksLikeList(items: ColumnItem[], container: Element): boolean {
  if (!items.length) return false;
  let dated = 0;
  for (const i of items) if (i.date) dated++;
  if (dated > 0 && dated >= items.length / 2) return !inPageChrome(container) || dated >= 3;
  if (items.length < 3 || inPageChrome(container)) return false;
  const avg = items.reduce((s, i) => s + i.title.length, 0) / items.length;
  return avg >= 8;
}
