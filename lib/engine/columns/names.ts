// Column names as a person reads them: heading text or an image's alt, cleaned of 更多 links,
// decoration and English subtitles; and what marks an element as a heading or as page chrome.
import { norm } from '../dom';
import { MORE_RE } from '../pageindex';

export const HEADING_CLASS =
  /(?:^|[-_\s])(?:tit|title|titles|hd|head|header|bt|lm|lmmc|lmname|name|caption|column-?name)(?:$|[-_\s\d])/i;

const CHROME_WORDS =
  /nav|menu|footer|foot|links?|yqlj|friend|breadcrumb|crumbs?|position|location|dqwz|share|toolbar|top-?bar/;
export const CHROME_RE = new RegExp(`(?:^|[-_\\s])(?:${CHROME_WORDS.source})(?:$|[-_\\s\\d])`, 'i');

export interface Heading {
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
  if (text.trim()) return text;
  for (const img of el.querySelectorAll('img[alt], img[title]')) {
    const alt = norm(img.getAttribute('alt') || img.getAttribute('title'));
    if (alt && !MORE_RE.test(alt)) return alt;
  }
  return '';
}

export function shortName(el: Element): string | undefined {
  const name = cleanColumnName(labelText(el));
  return name.length >= 2 && name.length <= 24 ? name : undefined;
}

export function inPageChrome(el: Element): boolean {
  for (let x: Element | null = el; x && x.tagName !== 'BODY'; x = x.parentElement) {
    if (/^(NAV|HEADER|FOOTER)$/.test(x.tagName)) return true;
    if (CHROME_RE.test(x.getAttribute('class') ?? '') || CHROME_RE.test(x.id)) return true;
  }
  return false;
}
