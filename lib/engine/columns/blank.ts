// Blank columns: empty-list texts (暂无信息, 共0条) and headed blocks whose body shows no rows.
import { norm } from '../dom';
import { EMPTY_RE, type PageIndex } from '../pageindex';
import { type Heading, inPageChrome } from './names';
import { findHeading, headingBefore, headingIn } from './headings';
import { tabItems, tabPaneOf } from './tabs';

export const LOADING_RE = /加载中|正在加载|loading/i;

/** Empty-list texts (暂无信息, 共0条) and headed blocks whose body shows no rows. */
export function blankColumns(
  index: PageIndex,
  listed: Set<Element>,
): Array<{ heading: Heading; at: Element }> {
  const out: Array<{ heading: Heading; at: Element }> = [];
  for (const n of index.emptyNodes) {
    const at = n.parentElement!;
    if (at.closest('script,style,noscript,template') || inPageChrome(at)) continue;
    const heading = findHeading(at);
    if (heading) out.push({ heading, at });
  }
  // A heading with a 更多 link whose body is empty.
  for (const a of index.moreLinks) {
    // A 更多 after a block of its own parent's (a list, 暂无信息) is that block's footer.
    if (a.previousElementSibling && /^(?:P|UL|OL|DL|TABLE|DIV)$/.test(a.previousElementSibling.tagName))
      continue;
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
    // A 更多 under a list (a pane's footer) ends that block; it heads nothing after it.
    if (header.querySelector('li, tr, dd') || [...listed].some((l) => header.contains(l))) continue;
    // A tab bar's 更多 link: its panes are judged one by one, by their own empty texts.
    if (tabItems(header).length >= 2) continue;
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
  // A list with no items at all (<ul></ul>): under its heading, or as a tab's whole pane.
  const root = index.doc.body ?? index.doc.documentElement;
  for (const tag of ['ul', 'ol', 'dl']) {
    for (const list of root.getElementsByTagName(tag)) {
      if (list.childElementCount || norm(list.textContent) || listed.has(list) || inPageChrome(list))
        continue;
      const heading = emptyListHeading(list);
      if (heading) out.push({ heading, at: list });
    }
  }
  return out;
}

/** The heading of an empty list: its tab, a heading just before it, or before its only wrapper. */
function emptyListHeading(list: Element): Heading | undefined {
  if (tabPaneOf(list)) return findHeading(list); // its tab's label, under the block's own title
  const parent = list.parentElement;
  const wrapped = parent && parent.childElementCount === 1 && parent.tagName !== 'BODY' ? parent : undefined;
  return headingBefore(list, 'stop') ?? (wrapped && headingBefore(wrapped, 'stop'));
}
