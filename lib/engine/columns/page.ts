// What kind of page this is (home, column list, article, guide), its breadcrumb, and whether it
// is page 2 or later of a paginated column.
import { findLabelledPubDate } from '../dates';
import { meta, norm, textOf } from '../dom';
import { type PageIndex } from '../pageindex';
import type { PageKind } from '../types';
import { cleanColumnName, inPageChrome, SECTION_RE } from './names';
import { anyOf } from '../regex';

export const CRUMB_CLASS = [
  '[class*="crumb" i]',
  '[class*="position" i]',
  '[class*="location" i]',
  '[class*="dqwz" i]',
  '[id*="crumb" i]',
  '[id*="position" i]',
  '[class*="curpos" i]',
].join(', ');

/** The last segment of the breadcrumb (当前位置：首页 > 政务公开 > 通知公告). */
export function breadcrumbName(index: PageIndex): string | undefined {
  const parts = breadcrumbParts(index);
  return parts[parts.length - 1];
}

/** The column above this one in the breadcrumb, unless it is a section of the site (政务公开). */
export function breadcrumbParent(index: PageIndex): string | undefined {
  const parts = breadcrumbParts(index);
  const parent = parts[parts.length - 2];
  return parent && !SECTION_RE.test(parent) ? parent : undefined;
}

/** The breadcrumb's segments after 首页, without a closing 正文. */
export function breadcrumbParts(index: PageIndex): string[] {
  if (index.crumb === undefined) index.crumb = readBreadcrumb(index);
  return index.crumb;
}

function readBreadcrumb(index: PageIndex): string[] {
  const el = index.doc.querySelector(CRUMB_CLASS) ?? index.crumbEl;
  if (!el) return [];
  const text = textOf(el);
  if (text.length > 200) return [];
  return text
    .replace(/^.*?(?:当前位置|您的位置|您现在的位置|现在的位置|所在位置)\s*[:：]?/, '')
    .split(/\s*[>＞»›/]\s*|\s{2,}/)
    .map(cleanColumnName)
    .filter((p) => p && p !== '首页' && p !== '网站首页' && p !== '正文');
}

const LATER_PAGE_URL = anyOf(
  'i',
  /\/(?:list|index)-(\d+)\.s?html?(?:$|[?#])/,
  /\/list_(\d+)\.s?html?(?:$|[?#])/,
  /\/page\/(\d+)\/?(?:$|[?#])/,
  /[?&](?:page|pageNo|pageIndex|pageNum|currentPage|curPage|p|pn|pageId)=(\d+)/,
);

export const PAGER_CLASS = '[class*="page" i], [id*="page" i], [class*="fenye" i], [class*="pagination" i]';

/** Page 2 and later of a paginated column, read from the URL or the pager's current page. */
export function laterPage(index: PageIndex, url?: string): boolean {
  if (index.laterPage !== undefined) return index.laterPage;
  return (index.laterPage = isLaterPage(index, url));
}

export function isLaterPage(index: PageIndex, url?: string): boolean {
  if (url) {
    if (/\/index_(\d+)\.s?html?(?:$|[?#])/i.test(url)) return true; // TRS: index_1 is page 2
    const n = LATER_PAGE_URL.exec(url);
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
export function plainNumber(pager: Element): Element | undefined {
  const plain: Element[] = [];
  let linked = 0;
  for (const el of pager.querySelectorAll('*')) {
    if (el.childElementCount || !/^\d+$/.test(textOf(el))) continue;
    if (el.closest('a')) linked++;
    else plain.push(el);
  }
  return plain.length === 1 && linked >= 1 ? plain[0] : undefined;
}

/** `通知公告_某县人民政府` or `通知公告 - 某县人民政府门户网站`: the column is the first part of the title. */
export function titleColumnName(title: string): string | undefined {
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
export function isArticle(index: PageIndex): boolean {
  const labelled = index.pubLabelEls.some((el) => {
    // The label may sit alone in its own span, with the date in the next one.
    const own = textOf(el);
    const t = own.length < 8 ? textOf(el.parentElement) : own;
    if (t.length > 160) return false;
    if (el.closest('li, tr')?.querySelector('a[href]') || inPageChrome(el)) return false;
    // 发布时间 inside a repeated card or row dates an item of a list, not the page.
    if (inRow(index, el)) return false;
    return !!findLabelledPubDate(t);
  });
  if (!labelled) return false;
  let prose = 0;
  for (const p of index.doc.querySelectorAll('p')) {
    if (p.closest('li, a, footer, nav') || inRow(index, p)) continue;
    prose += textOf(p).length;
    if (prose >= 80) return true;
  }
  // Bodies written without <p> (text and <br> in a div or td): a long run of text outside links
  // and outside the page's chrome (a long footer is not a body).
  return hasPlainBody(index.doc.body ?? index.doc.documentElement, 80, index);
}

/** Whether `el` sits inside a row of a list (a card, a list item), or holds a flat list's rows. */
function inRow(index: PageIndex, el: Element): boolean {
  for (let x: Element | null = el, i = 0; x && i < 6; x = x.parentElement, i++)
    if (index.rows.has(x)) return true;
  // A flat list's date follows its link: <a>标题</a><em>发布时间：…</em><br>.
  const prev = el.previousElementSibling;
  if (prev && index.rows.has(prev)) return true;
  let rows = 0;
  for (let c = el.firstElementChild; c && rows < 2; c = c.nextElementSibling) if (index.rows.has(c)) rows++;
  return rows >= 2;
}

const DATES_ONLY = /^[\s\d\-/.:年月日[\]()（）【】]+$/;

/** Whether some element outside links, lists and page chrome holds `min` characters of its own text. */
export function hasPlainBody(root: Element, min: number, index?: PageIndex): boolean {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  const own = new Map<Element, number>();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || /^(A|LI|SCRIPT|STYLE|OPTION|NAV|FOOTER)$/.test(parent.tagName)) continue;
    const len = (n as Text).data.trim().length;
    if (len) own.set(parent, (own.get(parent) ?? 0) + len);
  }
  for (const [el, total] of own) {
    if (total < min || inPageChrome(el) || (index && inRow(index, el))) continue;
    // A column of dates beside a column of titles is no body text.
    if (DATES_ONLY.test(el.textContent ?? '')) continue;
    return true;
  }
  return false;
}

/** 当前位置：首页 > 工作动态 > 正文: the breadcrumb says this is one document. */
export function crumbSaysArticle(index: PageIndex): boolean {
  const el = index.doc.querySelector(CRUMB_CLASS) ?? index.crumbEl;
  return !!el && /[>＞»›]\s*(?:正文|详情|详细内容|内容|文章详情|信息详情)\s*$/.test(textOf(el));
}
