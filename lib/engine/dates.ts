// Publication dates as government sites print them (domain.md §3). Pure string logic so it is
// cheap enough to run on every row of a 3000-row list.

/** Where a date's year came from: printed with it, the item's URL, the page's section, or a guess. */
export type YearFrom = 'text' | 'url' | 'context' | 'guess';

export interface FoundDate {
  date: Date;
  text: string;
  /** true when the year was not printed with the date */
  inferredYear: boolean;
  /** Set when the year was not printed: how it was found. */
  yearFrom?: YearFrom;
}

const SEP = '\\s*[-/.年]\\s*';
const FULL = new RegExp(
  `(?<!\\d)((?:19|20)\\d{2})${SEP}(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?!\\d)\\s*日?(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?`,
  'g',
);
const MONTH_DAY = /(?<![\d\-/.年])(\d{1,2})\s*[-/月]\s*(\d{1,2})(?![\d\-/.:])\s*日?/g;
/** Labels of a publication date, with any spacing and either colon width. */
const PUB_LABEL =
  /(?:发\s*[布表]|更\s*新)\s*(?:时\s*间|日\s*期)|(?<![成文档印施生])日\s*期|(?<![成文档印施生办理])时\s*间/;
/** Labels of dates that are not the publication date. */
const OTHER_LABEL =
  /(成\s*文|发\s*文|归\s*档|印\s*发|施\s*行|实\s*施|生\s*成|有\s*效|废\s*止|截\s*止)\s*(?:时\s*间|日\s*期)?\s*[:：]?\s*$/;

export function makeDate(y: number, m: number, d: number): Date | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const date = new Date(y, m - 1, d);
  return date.getMonth() === m - 1 ? date : undefined;
}

/** Cheap pre-test before the full parse. */
export function mayHoldDate(text: string): boolean {
  return /\d{1,2}\s*[-/.月]\s*\d{1,2}|\d年\s*\d{1,2}\s*月/.test(text) || RELATIVE.test(text);
}

/** Dates some portals print relative to the day they are read: 3天前, 昨天 10:20, 刚刚. */
export const RELATIVE = /^\s*(?:(\d{1,3})\s*(分钟|小时|天|周|个月)前|(刚刚|今天|昨天|前天))(?=[\s\d:：]|$)/;

/** A relative date, counted back from the inspection date (the day the page is read). */
function relativeDate(t: string, asOf: Date): FoundDate | undefined {
  const m = RELATIVE.exec(t);
  if (!m) return undefined;
  const n = Number(m[1] ?? 0);
  const unit = m[2] ?? m[3];
  // 刚刚 and 今天 are today, 昨天 one day back, 前天 two; minutes and hours ago are today too.
  const days = unit === '天' ? n : unit === '周' ? 7 * n : m[3] ? Math.max(0, '今昨前'.indexOf(unit[0])) : 0;
  const months = unit === '个月' ? n : 0;
  return {
    date: new Date(asOf.getFullYear(), asOf.getMonth() - months, asOf.getDate() - days),
    text: m[0].trim(),
    inferredYear: false,
  };
}

/** Year (and month) hinted by an item URL such as /202212/t20221228_5012.html or /art/2022/12/8/. */
export function dateFromUrl(
  href: string | undefined,
): { year: number; month?: number; day?: number } | undefined {
  if (!href) return undefined;
  let m = /\/t((?:19|20)\d{2})(\d{2})(\d{2})_/.exec(href);
  if (m) return { year: +m[1], month: +m[2], day: +m[3] };
  m = /\/art\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})\//.exec(href);
  if (m) return { year: +m[1], month: +m[2], day: +m[3] };
  m = /\/((?:19|20)\d{2})(\d{2})(\d{2})\//.exec(href);
  if (m && +m[2] >= 1 && +m[2] <= 12 && +m[3] >= 1 && +m[3] <= 31)
    return { year: +m[1], month: +m[2], day: +m[3] };
  m = /\/((?:19|20)\d{2})(\d{2})\/(?:\d{2}\/)?/.exec(href);
  if (m && +m[2] >= 1 && +m[2] <= 12) return { year: +m[1], month: +m[2] };
  m = /\/((?:19|20)\d{2})[-_/](\d{1,2})(?:[-_/](\d{1,2}))?\//.exec(href);
  if (m && +m[2] >= 1 && +m[2] <= 12) return { year: +m[1], month: +m[2], day: m[3] ? +m[3] : undefined };
  return undefined;
}

export interface YearContext {
  href?: string;
  /** The item's link, whose href is read only when a month-day date needs its year. */
  link?: Element;
  contextYear?: number;
  asOf: Date;
}

/** The year of a month-day date: from the item URL, then the section, else the latest not after asOf. */
export function inferYear(month: number, day: number, ctx: YearContext): number {
  return yearOf(month, day, ctx).year;
}

export function yearOf(month: number, day: number, ctx: YearContext): { year: number; from: YearFrom } {
  const fromUrl = dateFromUrl(ctx.href ?? ctx.link?.getAttribute('href') ?? undefined);
  if (fromUrl) {
    // A URL dated December with a January item date means the item crossed the year boundary.
    if (fromUrl.month && fromUrl.month === 12 && month === 1) return { year: fromUrl.year + 1, from: 'url' };
    if (fromUrl.month && fromUrl.month === 1 && month === 12) return { year: fromUrl.year - 1, from: 'url' };
    return { year: fromUrl.year, from: 'url' };
  }
  if (ctx.contextYear) return { year: ctx.contextYear, from: 'context' };
  const y = ctx.asOf.getFullYear();
  const candidate = makeDate(y, month, day);
  return { year: candidate && candidate.getTime() > endOfDay(ctx.asOf) ? y - 1 : y, from: 'guess' };
}

/** A two-digit year (18年02月22日, 18-02-22) in this century unless that would be past next year. */
export function fullYear(yy: number, asOf: Date): number {
  return 2000 + yy <= asOf.getFullYear() + 1 ? 2000 + yy : 1900 + yy;
}

function endOfDay(d: Date): number {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate(), 23, 59, 59, 999).getTime();
}

/** Every full date (with year) in a text, in order. */
export function findFullDates(text: string): Array<{ date: Date; text: string; index: number }> {
  const out: Array<{ date: Date; text: string; index: number }> = [];
  FULL.lastIndex = 0;
  for (let m = FULL.exec(text); m; m = FULL.exec(text)) {
    const date = makeDate(+m[1], +m[2], +m[3]);
    if (date) out.push({ date, text: m[0].trim(), index: m.index });
  }
  return out;
}

/**
 * The publication date shown in a short text such as a list row's date cell:
 * `2023-01-04`, `[2023-1-4 15:40]`, `发布时间：2023年1月4日`, `01-04`.
 * Dates introduced by a drafting/archiving label are refused.
 */
const PLAIN_ISO = /^\s*[[(（【]?\s*((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})\s*[\])）】]?\s*$/;

/** Full dates need no context, so each distinct cell text is parsed once (lists repeat dates). */
const isoCache = new Map<string, FoundDate | null>();

export function parseDateCell(text: string, ctx: YearContext): FoundDate | undefined {
  // Fast path for the commonest cell, `2023-01-04` or `[2023-01-04]`: most rows of a long list.
  const known = isoCache.get(text);
  if (known !== undefined) return known ?? undefined;
  const iso = PLAIN_ISO.exec(text);
  if (iso) {
    const date = makeDate(+iso[1], +iso[2], +iso[3]);
    const found = date ? { date, text: text.trim(), inferredYear: false } : null;
    if (isoCache.size > 4096) isoCache.clear();
    isoCache.set(text, found);
    return found ?? undefined;
  }
  const t = text.trim();
  if (!t || t.length > 40) return undefined;
  const full = findFullDates(t);
  for (const f of full) {
    if (OTHER_LABEL.test(t.slice(0, f.index))) continue;
    return { date: f.date, text: f.text, inferredYear: false };
  }
  if (full.length) return undefined;
  const yy = SHORT_YEAR.exec(t);
  if (yy && !OTHER_LABEL.test(t.slice(0, yy.index))) {
    const date = makeDate(fullYear(+(yy[1] ?? yy[4]), ctx.asOf), +(yy[2] ?? yy[5]), +(yy[3] ?? yy[6]));
    if (date) return { date, text: yy[0].trim(), inferredYear: false };
  }
  const relative = relativeDate(t, ctx.asOf);
  if (relative) return relative;
  MONTH_DAY.lastIndex = 0;
  const m = MONTH_DAY.exec(t);
  if (!m || OTHER_LABEL.test(t.slice(0, m.index))) return undefined;
  // A bare "1-4" inside longer prose is not a date; the cell must be mostly the date.
  const rest = t
    .replace(m[0], '')
    .replace(/\s+/g, '')
    .replace(/[[\]()（）【】]|发布|更新|发表|时间|日期|[:：]/g, '');
  if (rest.length > 2) return undefined;
  const month = +m[1],
    day = +m[2];
  const year = yearOf(month, day, ctx);
  const date = makeDate(year.year, month, day);
  return date ? { date, text: m[0].trim(), inferredYear: true, yearFrom: year.from } : undefined;
}

/** 18年02月22日 or 18-02-22: a two-digit year, never inside a longer number. */
const SHORT_YEAR =
  /(?<![\d年])(\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|(?<![\d\-/.])(\d{2})-(\d{2})-(\d{2})(?![\d\-:])/;

const YEAR_MONTH = /^\s*[[(（【]?\s*((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*月?\s*[\])）】]?\s*$/;
const MONTH_DAY_ONLY = /^\s*[[(（【]?\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*[\])）】]?\s*$/;
const DAY_ONLY = /^\s*(\d{1,2})\s*日?\s*$/;
const YEAR_ONLY = /^\s*((?:19|20)\d{2})\s*年?\s*$/;

/** A piece of a date printed in parts: `2023-07` or `07-25`, waiting for its day or year. */
export function isDatePiece(text: string): boolean {
  return text.length <= 14 && (YEAR_MONTH.test(text) || MONTH_DAY_ONLY.test(text));
}

/**
 * A date printed in pieces in a calendar-style box, as many home pages do: `25` beside `2023-07`,
 * or `07-25` beside `2023`. `piece` is the part holding the month; `neighbours` the texts next to it.
 */
export function joinDatePieces(piece: string, neighbours: string[]): FoundDate | undefined {
  const ym = YEAR_MONTH.exec(piece);
  const md = ym ? null : MONTH_DAY_ONLY.exec(piece);
  for (const n of neighbours) {
    if (n.length > 6) continue;
    const day = ym && DAY_ONLY.exec(n);
    const year = md && YEAR_ONLY.exec(n);
    const date = day
      ? makeDate(+ym[1], +ym[2], +day[1])
      : year
        ? makeDate(+year[1], +md![1], +md![2])
        : undefined;
    if (date) return { date, text: formatDate(date), inferredYear: false };
  }
  return undefined;
}

/** A labelled publication date anywhere in a longer text (article headers, guide metadata). */
const LABELLED = new RegExp(`(${PUB_LABEL.source})\\s*[:：]\\s*`, 'g');

export function findLabelledPubDate(text: string): FoundDate | undefined {
  // A label needs a colon: most texts have none and cost one indexOf.
  if (text.indexOf(':') < 0 && text.indexOf('：') < 0) return undefined;
  const re = LABELLED;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    const f = findFullDates(after)[0];
    if (f && f.index === 0) return { date: f.date, text: f.text, inferredYear: false };
  }
  return undefined;
}

export function formatDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** A date-only value parsed from `YYYY-MM-DD` in local time (never UTC-shifted). */
export function parseIsoDay(s: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m ? makeDate(+m[1], +m[2], +m[3]) : undefined;
}

/** A labelled publication date in a link's tooltip (标题：…&#xD;发表时间：18年02月22日). */
export function tooltipDate(title: string | null, asOf: Date): FoundDate | undefined {
  if (!title || title.length > 600 || !/(?:时\s*间|日\s*期)\s*[:：]/.test(title)) return undefined;
  const re = /(?:发\s*[布表]|更\s*新|上\s*传)?\s*(?:时\s*间|日\s*期)\s*[:：]\s*([^\r\n&]{4,24})/g;
  for (let m = re.exec(title); m; m = re.exec(title)) {
    if (OTHER_LABEL.test(title.slice(Math.max(0, m.index - 4), m.index + 2))) continue;
    const d = parseDateCell(m[1], { asOf });
    if (d && !d.inferredYear) return d;
  }
  return undefined;
}

// A full date closing a title, bracketed, after a space or a label: 县政府召开会议（2023-11-20）.
const WHOLE_DATE = /\d{4}\s{0,2}[-/.年]\s{0,2}\d{1,2}\s{0,2}[-/.月]\s{0,2}\d{1,2}\s{0,2}日?/;
const TRAILING = new RegExp(
  `(?:[（(【[]\\s{0,2}|\\s|[:：]\\s{0,2})(${WHOLE_DATE.source})\\s{0,2}[)）】\\]]?\\s*$`,
);

/**
 * The publication date some lists print at the end of the title link itself. Only a whole date
 * that closes the text: a date inside a title (关于2023年11月重点工作安排) is not its publication.
 */
export function trailingDate(text: string, asOf: Date): FoundDate | undefined {
  const m = TRAILING.exec(text.slice(-40));
  if (!m || m.index === 0) return undefined;
  const d = parseDateCell(m[1], { asOf });
  return d && !d.inferredYear ? d : undefined;
}

/** The date an item URL carries with its day (/202212/t20221228_5012.html, /art/2022/12/8/). */
export function urlDate(href: string | null | undefined): FoundDate | undefined {
  const u = dateFromUrl(href ?? undefined);
  if (!u?.day || !u.month) return undefined;
  const date = makeDate(u.year, u.month, u.day);
  return date ? { date, text: formatDate(date), inferredYear: false } : undefined;
}
