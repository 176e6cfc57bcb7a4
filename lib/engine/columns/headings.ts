// The heading that names a list: its tab over a tab pane, the title above its cell in a table
// grid, a heading before it among its siblings or inside its own container, or a table caption.
import { norm, textOf } from '../dom';
import { mayHoldDate } from '../dates';
import { MORE_RE } from '../pageindex';
import { type Heading, headingName, isHeadingLike, labelText, shortName, withParent } from './names';
import { tabPaneOf } from './tabs';

/** A heading inside (or being) a sibling block that sits before a list. */
export function headingIn(el: Element): Heading | undefined {
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
    const name = c && headingName(c);
    if (c && name) return { el: c, name };
  }
  // A short text block with at most a 更多 link reads as a heading too.
  const nonMore = [...el.querySelectorAll('a')].filter((a) => !MORE_RE.test(textOf(a)));
  if (nonMore.length <= 1) {
    const name = headingName(el);
    if (name && name.length <= 16) return { el, name };
  }
  return undefined;
}

export const TABLE_HEAD_WORDS =
  /^(?:序号|标题|名称|文件名称|信息名称|主题|日期|时间|发布日期|发布时间|成文日期|发文日期|文号|发文字号|索引号|来源|发布机构|浏览|点击|访问|状态)/;

/** A header row naming the table's columns (标题 | 发布日期), not a block heading row (工作动态 | 更多). */
export function isTableHeaderRow(el: Element): boolean {
  const tr = el.tagName === 'THEAD' ? el.querySelector('tr') : el;
  if (!tr || tr.tagName !== 'TR' || tr.children.length < 2) return false;
  if (tr.querySelector('th')) return true;
  let named = 0;
  for (const cell of tr.children) if (TABLE_HEAD_WORDS.test(textOf(cell))) named++;
  return named >= 2;
}

export function hasContentLinks(el: Element): boolean {
  for (const a of el.querySelectorAll('a')) if (!MORE_RE.test(textOf(a))) return true;
  return false;
}

export function sameKind(a: Element, b: Element): boolean {
  return a.tagName === b.tagName && (a.getAttribute('class') ?? '') === (b.getAttribute('class') ?? '');
}

/**
 * An item of the block standing before its rows, not its title: a picture with its caption, or a
 * featured headline with its summary or date (<dl><dt><a>…</a></dt><dd>摘要 2023-07-19</dd></dl>).
 */
function isItemBlock(el: Element): boolean {
  const links = el.getElementsByTagName('a');
  if (!links.length || isHeadingLike(el)) return false;
  if (el.querySelector('a img') && norm(el.textContent).length > 4) return true;
  let inLinks = 0;
  for (const a of links) inLinks += norm(a.textContent).length;
  const own = norm(el.textContent).length - inLinks;
  return own >= 12 || (own > 0 && mayHoldDate(el.textContent ?? ''));
}

/**
 * A list's heading, searched from its first row: a heading can sit inside the list's own
 * container, before the rows (<div class="box"><h2>工作动态</h2><dl>…</dl><dl>…</dl></div>).
 */
export function headingOfGroup(g: { container: Element; rows: Element[] }): Heading | undefined {
  return tabHeading(g.container) ?? headingBefore(g.rows[0], 'skip') ?? headingAbove(g.container);
}

/**
 * The heading among the siblings before `node`. A sibling of the same kind is another row of the
 * list (`skip`), or another block or pane whose heading is not ours (`stop`, when it has links).
 */
export function headingBefore(node: Element, sameKindSiblings: 'skip' | 'stop'): Heading | undefined {
  for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
    if (sameKind(sib, node)) {
      if (sameKindSiblings === 'skip') continue;
      // Another pane or block with its own links is another column: its heading is not ours.
      if (!isHeadingLike(sib) && hasContentLinks(sib)) break;
    }
    if (isTableHeaderRow(sib)) continue; // 标题 | 发布日期 names table columns, not the 栏目
    if (isItemBlock(sib)) continue;
    const h = headingIn(sib);
    if (h) return h;
    if (norm(sib.textContent).length > 60) break;
  }
  return undefined;
}

/** The tab label of the pane holding `start`, under its block's own heading when it has one. */
function tabHeading(start: Element): Heading | undefined {
  const tab = tabPaneOf(start);
  if (!tab) return undefined;
  const parent = blockTitle(tab.bar);
  if (tab.label) return withParent(parent?.name, tab.label);
  return parent;
}

/** The title of the block a tab bar opens: a short heading just before the bar, holding no list. */
function blockTitle(bar: Element): Heading | undefined {
  let steps = 0;
  for (let sib = bar.previousElementSibling; sib && steps < 2; sib = sib.previousElementSibling, steps++) {
    if (sib.querySelector('li, tr, dd, p') || norm(sib.textContent).length > 30) break;
    const h = headingIn(sib);
    if (h && h.name.length <= 16) return h;
  }
  return undefined;
}

/** Titles side by side in a row above a row of cells that each hold a list: the title above. */
function gridHeading(start: Element): Heading | undefined {
  // A list laid out in a one-row table of its own (titles | dates) inside the grid's cell: the
  // title is the grid's, above the outer cell.
  let from: Element | null = start;
  for (let tries = 0; from && tries < 3; tries++) {
    const cell = cellOf(from);
    if (!cell) return undefined;
    const found = gridHeadingOfCell(cell);
    if (found !== 'no-row-above') return found;
    from = cell.closest('table')?.parentElement ?? null;
  }
  return undefined;
}

function cellOf(start: Element): Element | undefined {
  let td: Element | null = start;
  for (let i = 0; td && i < 5 && td.tagName !== 'TD' && td.tagName !== 'TH'; i++) td = td.parentElement;
  return td && (td.tagName === 'TD' || td.tagName === 'TH') ? td : undefined;
}

function gridHeadingOfCell(td: Element): Heading | undefined | 'no-row-above' {
  const tr = td.parentElement;
  if (!tr || tr.tagName !== 'TR') return undefined;
  let above = tr.previousElementSibling;
  if (!above) {
    const table = tr.closest('table');
    const prev = table?.previousElementSibling;
    if (prev?.tagName === 'TABLE') {
      const rows = prev.getElementsByTagName('tr');
      above = rows[rows.length - 1] ?? null;
    }
  }
  if (!above) return 'no-row-above';
  if (above.tagName !== 'TR' || above.querySelector('li, table')) return undefined;
  const span = (c: Element) => Math.max(1, Number(c.getAttribute('colspan')) || 1);
  const cells = [...tr.children];
  const heads = [...above.children];
  if (cells.reduce((s, c) => s + span(c), 0) !== heads.reduce((s, c) => s + span(c), 0)) return undefined;
  let at = 0;
  for (const c of cells) {
    if (c === td) break;
    at += span(c);
  }
  let pos = 0;
  for (const h of heads) {
    if (pos === at) {
      const name = headingName(h);
      return name && !MORE_RE.test(name) ? { el: h, name } : undefined;
    }
    pos += span(h);
    if (pos > at) return undefined;
  }
  return undefined;
}

/** Walk up from a list (or an empty-text element) to the heading that names it. */
export function findHeading(start: Element, maxDepth = 6): Heading | undefined {
  return tabHeading(start) ?? headingAbove(start, maxDepth);
}

/**
 * The heading right before the list, else the title above its grid cell, else the heading found
 * walking up (tab panes already ruled out).
 */
function headingAbove(start: Element, maxDepth = 6): Heading | undefined {
  // A heading right before the list wins over a title row further up (the list's own bar).
  const own = headingBefore(start, 'stop');
  if (own) return own;
  const grid = gridHeading(start);
  if (grid) return grid;
  let node: Element | null = start;
  for (let depth = 0; node && depth < maxDepth && node.tagName !== 'BODY'; depth++) {
    const before = headingBefore(node, 'stop');
    if (before) return before;
    const parent: Element | null = node.parentElement;
    // A caption or heading inside the same table/block, before the list.
    if (parent && node.tagName === 'TBODY' && parent.tagName === 'TABLE') {
      const cap = parent.querySelector('caption');
      if (cap && shortName(cap)) return { el: cap, name: shortName(cap)! };
    }
    node = parent;
  }
  return undefined;
}
