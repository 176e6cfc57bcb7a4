// Column names as a person reads them: heading text or an image's alt, cleaned of 更多 links,
// decoration and English subtitles; and what marks an element as a heading or as page chrome.
import { norm } from '../dom';
import { EMPTY_RE, MORE_RE } from '../pageindex';

export const HEADING_CLASS =
  /(?:^|[-_\s])(?:tit|title|titles|hd|head|header|bt|lm|lmmc|lmname|name|caption|column-?name)(?:$|[-_\s\d])/i;

const CHROME_WORDS =
  /nav|menu|footer|foot|links?|yqlj|friend|breadcrumb|crumbs?|position|location|dqwz|share|toolbar|top-?bar/;
export const CHROME_RE = new RegExp(`(?:^|[-_\\s])(?:${CHROME_WORDS.source})(?:$|[-_\\s\\d])`, 'i');

export interface Heading {
  el: Element;
  name: string;
  /** The parent column shown above it (财政专项资金 over its 制度文件 tab): the name is 父—子. */
  parent?: string;
}

/** Parents that name a part of the site rather than a column: circulars leave them out of names. */
export const SECTION_RE =
  /^(?:首页|网站首页|政务公开|信息公开|政府信息公开|政府信息公开目录|公开目录|主动公开|法定主动公开内容|新闻中心|新闻动态|新闻资讯|互动交流|政民互动|办事服务|政务服务|专题专栏|当前位置)$/;

/** 父栏目—子栏目, unless the parent is a section of the site or the same name. */
export function withParent(parent: string | undefined, child: Heading): Heading {
  if (!parent || SECTION_RE.test(parent) || parent === child.name || child.name.startsWith(`${parent}—`)) {
    return child;
  }
  return { el: child.el, name: `${parent}—${child.name}`, parent };
}

export function cleanColumnName(text: string): string {
  return (
    norm(text)
      // Icon-font glyphs (private use area) decorate names: <h3><i class="iconfont">&#xe601;</i>通知公告</h3>.
      .replace(/[\ue000-\uf8ff]/g, '')
      .replace(/(?:查看)?更多\s*[>»›+]*|more\s*[>»›+]*|[>»›]{2,}|\+$/gi, '')
      .replace(/^[\s■●◆▶►·•|│]+|[\s■●◆▶►·•|│]+$/g, '')
      .replace(/^【(.*)】$/, '$1')
      // A count beside the name (工作动态(12), 通知公告［3］) is not part of it.
      .replace(/\s*[（(［[]\s*\d{1,5}\s*[)）］\]]$/, '')
      // Letter spacing (要　　闻, 通 知 公 告) never changes a name.
      .replace(/([\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/g, '$1')
      // An English subtitle after a Chinese name (通知公告 NOTICE) is decoration.
      .replace(/([\u4e00-\u9fff])\s*[/|｜·•—-]?\s*[A-Za-z][A-Za-z\s&'-]*$/, '$1')
      .trim()
  );
}

export function isHeadingLike(el: Element): boolean {
  return (
    /^H[1-6]$/.test(el.tagName) ||
    HEADING_CLASS.test(el.getAttribute('class') ?? '') ||
    HEADING_CLASS.test(el.id)
  );
}

/** A heading's text; older sites draw column titles as images, named by their alt text. */
export function labelText(el: Element): string {
  const text = el.textContent ?? '';
  // A title drawn as a picture beside a "more" link: the text is only the link's (more, 更多>>, +,
  // an icon-font glyph). Such a text is short; a long one is returned without a second pass.
  if (text.length > 200) return text;
  const bare = norm(text).replace(/[\ue000-\uf8ff]/g, '');
  if (bare && !MORE_RE.test(bare) && !/^[+>»›·•\s]+$/.test(bare)) return text;
  for (const img of el.querySelectorAll('img[alt], img[title]')) {
    const alt = norm(img.getAttribute('alt') || img.getAttribute('title'));
    if (alt && !MORE_RE.test(alt)) return alt;
  }
  return text.trim() ? text : '';
}

// A page's date line (发布时间：2023-03-05, 来源：…) or a date is never a column's name.
const NOT_A_NAME =
  /^(?:发\s*布|更\s*新|来\s*源|日\s*期|时\s*间|作\s*者)|\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d/;
// Nor is an empty-list text (暂无信息, 栏目建设中).
const fits = (name: string) =>
  name.length >= 2 && name.length <= 24 && !NOT_A_NAME.test(name) && !EMPTY_RE.test(name) ? name : undefined;

export function shortName(el: Element): string | undefined {
  return fits(cleanColumnName(labelText(el)));
}

/**
 * A heading's own name: its text outside links when it has some (<h2><span>工作动态</span>
 * <a>国务院信息</a><a>更多</a></h2> is 工作动态), else its first link's, else an image's alt.
 */
export function headingName(el: Element): string | undefined {
  let own = '';
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    let inLink = false;
    for (let x = n.parentElement; x && x !== el; x = x.parentElement) if (x.tagName === 'A') inLink = true;
    if (!inLink) own += ` ${(n as Text).data}`;
  }
  const ownName = fits(cleanColumnName(own));
  if (ownName) return ownName;
  for (const a of el.getElementsByTagName('a')) {
    const name = fits(cleanColumnName(labelText(a)));
    if (name && !MORE_RE.test(name)) return name;
  }
  return own.trim() ? undefined : shortName(el);
}

export function inPageChrome(el: Element): boolean {
  for (let x: Element | null = el; x && x.tagName !== 'BODY'; x = x.parentElement) {
    if (/^(NAV|HEADER|FOOTER)$/.test(x.tagName)) return true;
    if (CHROME_RE.test(x.getAttribute('class') ?? '') || CHROME_RE.test(x.id)) return true;
  }
  return false;
}
