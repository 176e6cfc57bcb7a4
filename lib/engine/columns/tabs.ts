// Tab blocks: several panes of which one shows at a time, under a bar of tab labels. Each pane is
// named by its own tab, matched through the tab items (an id the tab points at, else the same
// position among the tabs), never by counting the bar's children.
import { isHiddenByMarkup, norm } from '../dom';
import { EMPTY_RE, MORE_RE } from '../pageindex';
import { cleanColumnName, isHeadingLike, type Heading } from './names';

/** Class names that switch a pane or tab on and off: panes differ only by these. */
const SWITCH = new RegExp(
  `^(?:${[
    ...['on', 'active', 'cur', 'current', 'curr', 'selected', 'sel', 'hover'],
    ...['show', 'shown', 'hide', 'hidden', 'none', 'block', 'in', 'out', 'open', 'fade'],
    ...['d-none', 'visible', 'invisible'],
  ].join('|')})$`,
  'i',
);
const HIDE = /^(?:hide|hidden|none|d-none|invisible)$/i;
const DIVIDER = /^[\s|｜/／·•-]*$/;

function baseClass(el: Element): string {
  const tokens = (el.getAttribute('class') ?? '').split(/\s+/).filter((t) => t && !SWITCH.test(t));
  return tokens.sort().join(' ');
}

/** Two elements of one pane set: the same tag and the same classes but for on/off switches. */
export function paneKind(a: Element, b: Element): boolean {
  return a.tagName === b.tagName && baseClass(a) === baseClass(b);
}

function hiddenPane(el: Element): boolean {
  if (isHiddenByMarkup(el)) return true;
  return (el.getAttribute('class') ?? '').split(/\s+/).some((t) => HIDE.test(t));
}

function labelOfItem(el: Element): string {
  const t = cleanColumnName(el.textContent ?? '');
  if (t) return t;
  const img = el.querySelector('img[alt]');
  return img ? cleanColumnName(img.getAttribute('alt') ?? '') : '';
}

function isTabName(t: string): boolean {
  return t.length >= 2 && t.length <= 16 && !MORE_RE.test(t) && !DIVIDER.test(t);
}

/** A link out of the site (中国政府网) standing in a tab bar is not a tab. */
function isExternal(el: Element): boolean {
  const a = el.tagName === 'A' ? el : el.querySelector('a');
  const href = a?.getAttribute('href') ?? '';
  return /^https?:\/\//i.test(href) && a?.getAttribute('target') === '_blank';
}

/** The tab items of a bar, in order: its list items, else its links, else its children. */
export function tabItems(bar: Element): Element[] {
  let items: Element[] = [...bar.getElementsByTagName('li')];
  if (items.length < 2) items = [...bar.getElementsByTagName('a')];
  if (items.length < 2) {
    let cur = bar;
    while (cur.children.length === 1) cur = cur.children[0];
    items = [...cur.children];
  }
  // Rows of a table are not tabs (its cells can be); nor is a block's header with its 更多 link.
  return items.filter(
    (el) =>
      el.tagName !== 'TR' &&
      el.tagName !== 'TBODY' &&
      isTabName(labelOfItem(el)) &&
      !EMPTY_RE.test(labelOfItem(el)) &&
      ![...el.getElementsByTagName('a')].some((a) => a !== el && MORE_RE.test(norm(a.textContent))),
  );
}

/** Ids an item points at: href="#id", aria-controls, data-target and the like. */
function targetsOf(item: Element): string[] {
  const out: string[] = [];
  for (const el of [item, ...item.querySelectorAll('a, span, button')]) {
    for (const attr of [
      'href',
      'aria-controls',
      'data-target',
      'data-tab',
      'data-id',
      'data-for',
      'data-pane',
    ]) {
      const v = el.getAttribute(attr);
      if (!v) continue;
      const m = /^#?([A-Za-z][\w:.-]*)$/.exec(v.trim());
      if (m && (attr !== 'href' || v.trim().startsWith('#'))) out.push(m[1]);
    }
  }
  return out;
}

/** The bar of tab labels in front of a pane set: just before the first pane or its wrapper. */
function findBar(panes: Element[]): { bar: Element; items: Element[] } | undefined {
  const first = panes[0];
  const starts: Array<Element | null> = [first.previousElementSibling];
  const wrapper = first.parentElement;
  // Panes wrapped on their own (div.tab-bd > div.pane): the bar sits before the wrapper.
  if (wrapper && [...wrapper.children].every((c) => paneKind(c, first) || !norm(c.textContent))) {
    starts.push(wrapper.previousElementSibling);
    if (!wrapper.previousElementSibling) starts.push(wrapper.parentElement?.previousElementSibling ?? null);
  }
  for (const start of starts) {
    let steps = 0;
    for (let sib = start; sib && steps < 3; sib = sib.previousElementSibling, steps++) {
      const text = norm(sib.textContent);
      if (!text && !sib.querySelector('img')) continue; // decoration
      // A block that shows an empty list's 暂无信息 is a column of its own, not a bar.
      if (text.length > 300 || EMPTY_RE.test(text)) break;
      const items = tabItems(sib);
      // A bar holds its labels and little else: not a block of titled rows.
      if (items.length >= 2 && text.length <= items.length * 18 + 24) return { bar: sib, items };
      // A block of content between is another block's: a bar sits right before its panes.
      if ([...sib.getElementsByTagName('a')].some((a) => !MORE_RE.test(norm(a.textContent)))) break;
    }
  }
  return undefined;
}

export interface TabPane {
  /** The pane's own tab label; absent when the tabs cannot be paired with the panes. */
  label?: Heading;
  bar: Element;
  pane: Element;
}

/** If `start` (a list, or what holds it) sits in one pane of a tab block, that pane and its label. */
export function tabPaneOf(start: Element): TabPane | undefined {
  let node: Element | null = start;
  for (let depth = 0; node && depth < 5 && node.tagName !== 'BODY'; depth++) {
    const parent: Element | null = node.parentElement;
    if (!parent) break;
    const self: Element = node;
    // Rows of a layout table (a title row over a list row) are not panes.
    if (self.tagName === 'TR') {
      node = parent;
      continue;
    }
    const panes = [...parent.children].filter((c) => paneKind(c, self));
    if (panes.length >= 2) {
      const found = findBar(panes);
      const switched = panes.some(hiddenPane) || new Set(panes.map((p) => p.getAttribute('class'))).size > 1;
      // Without a pane switched off, equal numbers of tabs and panes must pair them, and the
      // panes must not carry headings of their own (then they are blocks side by side).
      const headed = panes.some((p) => {
        const first = p.firstElementChild;
        return !!first && (isHeadingLike(first) || !!first.querySelector('h1,h2,h3,h4,h5,h6'));
      });
      const listed = panes.every(
        (p) => p.getElementsByTagName('a').length > 0 || EMPTY_RE.test(norm(p.textContent)),
      );
      if (found && (switched || (found.items.length === panes.length && !headed && listed))) {
        return pair(found, panes, self);
      }
    }
    node = parent;
  }
  return undefined;
}

function pair(found: { bar: Element; items: Element[] }, panes: Element[], pane: Element): TabPane {
  const { bar } = found;
  const named = (el: Element): Heading => ({ el, name: labelOfItem(el) });
  // By reference: a tab that points at this pane's id (or at something inside it).
  for (const item of found.items) {
    for (const id of targetsOf(item)) {
      const target = pane.ownerDocument.getElementById(id);
      if (target && (target === pane || pane.contains(target) || target.contains(pane))) {
        return { label: named(item), bar, pane };
      }
    }
  }
  const anyTargets = found.items.some((i) =>
    targetsOf(i).some((id) => pane.ownerDocument.getElementById(id)),
  );
  if (anyTargets) return { bar, pane };
  // By position, among the items that are tabs (not a divider, not a link out of the site).
  let items = found.items;
  if (items.length > panes.length) items = items.filter((i) => !isExternal(i));
  if (items.length > panes.length) {
    const kind = (el: Element) => `${el.tagName} ${baseClass(el)}`;
    const counts = new Map<string, number>();
    for (const i of items) counts.set(kind(i), (counts.get(kind(i)) ?? 0) + 1);
    const major = [...counts].sort((a, b) => b[1] - a[1])[0][0];
    const same = items.filter((i) => kind(i) === major);
    if (same.length >= panes.length) items = same;
  }
  const index = panes.indexOf(pane);
  if (items.length >= panes.length && items[index]) return { label: named(items[index]), bar, pane };
  return { bar, pane };
}
