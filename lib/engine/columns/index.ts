// Column (栏目) discovery on any government page layout (domain.md §3).
// Strategy: every titled link belongs to a row; sibling rows form a list; a list's column name is
// its tab label, the title above its table cell, or the nearest heading before it; a column page
// judges its own list, named from the page's metadata and breadcrumb. Empty-list texts and headed
// blocks without rows are blank columns.
import { isHiddenByMarkup, meta, textOf } from '../dom';
import { type PageIndex } from '../pageindex';
import type { Column, ColumnItem } from '../types';
import { blankColumns } from './blank';
import { headingOfGroup } from './headings';
import { cleanColumnName, inPageChrome, SECTION_RE, withParent, type Heading } from './names';
import { breadcrumbName, breadcrumbParent, laterPage, titleColumnName } from './page';
import { type DiscoveryContext, type Group, type RowFacts, groupRows, looksLikeList, toItems } from './rows';

/** Headings of blocks that are navigation or link lists, never columns. */
export const NOT_A_COLUMN =
  /^(?:友情链接|相关链接|网站导航|快速导航|导航|当前位置|信息公开专栏|专题链接|常用链接|便民服务|便民链接)$|链接$|导航$|排行|猜你|热门文章/;

/** Headings of side lists beside a column page's own list (on a home page these are columns). */
export const SIDE_LIST = /热点|排行|推荐|相关|猜你|最新|热门|点击/;

interface Candidate {
  g: Group;
  items: ColumnItem[];
  dated: number;
  heading?: Heading;
}

export function discoverColumns(index: PageIndex, ctx: DiscoveryContext): Column[] {
  if (ctx.kind === 'article' || ctx.kind === 'guide') return [];
  const later = laterPage(index, ctx.url);
  const facts: RowFacts = { dates: index.rowDates };
  const candidates: Candidate[] = [];
  for (const g of groupRows(index)) {
    const items = toItems(index, g, ctx, facts);
    if (!looksLikeList(items, g.container)) continue;
    let dated = 0;
    for (const i of items) if (i.date) dated++;
    candidates.push({ g, items, dated, heading: headingOfGroup(g) });
  }
  const columns: Column[] = [];
  const byName = new Map<string, Column>();
  const add = (h: Heading, list: Element | undefined, items: ColumnItem[], blank: boolean) => {
    const existing = byName.get(h.name);
    // A featured headline above a block's rows is one more item of the same column.
    if (existing && (!list || !existing.list || sameBlock(existing.list, list))) {
      existing.items.push(...items);
      existing.blank = existing.blank && blank;
      return;
    }
    if (existing && !items.some((i) => i.date)) return; // a menu of the same name is navigation
    const column: Column = {
      name: h.name,
      heading: h.el,
      list,
      items,
      blank,
      laterPage: later,
      hidden: isHiddenByMarkup(list ?? h.el),
      level: h.parent ? 2 : 1,
      parent: h.parent,
    };
    if (!existing) byName.set(h.name, column);
    columns.push(column);
  };

  if (ctx.kind === 'column-list' && !isSectionHome(index, candidates)) {
    const main = ownList(index, candidates);
    const named =
      meta(index.doc, 'ColumnName') ||
      breadcrumbName(index) ||
      main?.heading?.name ||
      cleanColumnName(textOf(index.doc.querySelector('h1'))) ||
      titleColumnName(index.doc.title) ||
      '本栏目';
    const parent = breadcrumbParent(index);
    if (main) {
      const el = main.heading?.el ?? main.g.container;
      add(
        withParent(parent === named ? undefined : parent, { el, name: named }),
        main.g.container,
        main.items,
        false,
      );
    } else if (index.emptyNodes.length) {
      const empty = blankColumns(index, new Set())[0];
      const at = empty?.at ?? index.emptyNodes[0].parentElement!;
      const el = empty?.heading.el ?? index.doc.querySelector('h1') ?? at;
      add(withParent(parent, { el, name: named }), at, [], true);
    }
    return columns;
  }

  const listed = new Set<Element>();
  for (const c of candidates) {
    const h = c.heading;
    if (!h || NOT_A_COLUMN.test(h.name)) continue;
    if (!c.dated && inPageChrome(h.el)) continue;
    add(h, c.g.container, c.items, false);
    listed.add(c.g.container);
  }
  for (const { heading, at } of blankColumns(index, listed)) {
    if (NOT_A_COLUMN.test(heading.name) || byName.has(heading.name)) continue;
    add(heading, at, [], true);
  }
  return columns;
}

/** Two lists of one block: they share an ancestor a few levels up and no other column does. */
function sameBlock(a: Element, b: Element): boolean {
  let x: Element | null = a;
  for (let i = 0; x && i < 3 && x.tagName !== 'BODY'; i++, x = x.parentElement)
    if (x.contains(b)) return true;
  return false;
}

/**
 * A page carrying a column page's signs (ColumnName, a breadcrumb) that is still a home of many
 * column blocks: 信息公开 homes, section pages of TRS-type systems. No pager, and two or more
 * dated lists in the content, each under its own heading.
 */
function isSectionHome(index: PageIndex, candidates: Candidate[]): boolean {
  if (index.pagerEls.length || laterPage(index)) return false;
  // A page whose ColumnName is a section of the site (信息公开, 政务公开) is that section's home.
  if (SECTION_RE.test(meta(index.doc, 'ColumnName') ?? '')) return true;
  const names = new Set<string>();
  for (const c of candidates) {
    const name = c.heading?.name;
    if (!c.dated || !name || SIDE_LIST.test(name) || inPageChrome(c.g.container)) continue;
    names.add(name);
  }
  return names.size >= 2;
}

/**
 * A column page's own list: the dated list of the content area — the one a pager follows, else
 * the one with most dated rows — never a side list (热点, 相关) or the site's menu.
 */
function ownList(index: PageIndex, candidates: Candidate[]): Candidate | undefined {
  const own = candidates.filter(
    (c) => !inPageChrome(c.g.container) && !SIDE_LIST.test(c.heading?.name ?? ''),
  );
  const pool = own.length ? own : candidates;
  const pager = index.pagerEls[0];
  const score = (c: Candidate) => {
    let s = c.dated * 10 + Math.min(c.items.length, 5);
    // The pager follows the page's own list.
    if (pager && c.g.container.compareDocumentPosition(pager) & 4 /* FOLLOWING */) {
      // A list laid out in a table's cell is as near as its table.
      const box = /^(?:TD|TH|TR|TBODY)$/.test(c.g.container.tagName)
        ? (c.g.container.closest('table') ?? c.g.container)
        : c.g.container;
      const between = distance(box, pager);
      if (between <= 3) s += 1000;
    }
    return s;
  };
  return [...pool].sort((a, b) => score(b) - score(a))[0];
}

/** How many levels up from `a` before an ancestor also holds `b`. */
function distance(a: Element, b: Element): number {
  let x: Element | null = a;
  let n = 0;
  while (x && !x.contains(b)) {
    x = x.parentElement;
    n++;
  }
  return n;
}
