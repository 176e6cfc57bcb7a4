// Column (栏目) discovery on any government page layout (domain.md §3).
// Strategy: every titled link belongs to a row; sibling rows form a list; a list's column name is
// the nearest heading before it (or the tab label of its pane); the page's own metadata names the
// main list of a column page. Empty-list texts and headed blocks without rows are blank columns.
import { isHiddenByMarkup, meta, textOf } from '../dom';
import { type PageIndex } from '../pageindex';
import type { Column, ColumnItem } from '../types';
import { inPageChrome } from './names';
import { headingOfGroup } from './headings';
import { type DiscoveryContext, type RowFacts, groupRows, looksLikeList, toItems } from './rows';
import { breadcrumbName, laterPage, titleColumnName } from './page';
import { blankColumns } from './blank';

export const NOT_A_COLUMN = /链接|导航|相关|热点|排行|推荐|猜你|阅读排行|浏览排行|当前位置/;

/** Headings of side lists beside a column page's own list. */
export const SIDE_LIST = /热点|排行|推荐|相关|猜你/;

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
