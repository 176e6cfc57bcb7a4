// The heading that names a list: before it among its siblings, inside its own container, over
// its tab pane, or as a table's caption.
import { norm, textOf } from '../dom';
import { MORE_RE } from '../pageindex';
import { type Heading, cleanColumnName, isHeadingLike, labelText, shortName } from './names';

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

/** The tab label that names pane number `index` among `count` panes, searched before the panes. */
export function tabLabel(firstPane: Element, index: number, count: number): Heading | undefined {
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

export function tabLabels(bar: Element): Element[] {
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
export function headingOfGroup(g: { container: Element; rows: Element[] }): Heading | undefined {
  return headingBefore(g.rows[0], 'skip') ?? findHeading(g.container);
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
