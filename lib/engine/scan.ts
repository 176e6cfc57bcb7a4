// scanPage: one pass over a rendered page producing every on-page flag.
import { discoverColumns } from './columns';
import { breadcrumbName, detectKind } from './columns/page';
import { meta, norm, textOf } from './dom';
import { buildIndex } from './pageindex';
import { columnFlags } from './freshness';
import { brokenImageFlags, collectLinks } from './links';
import { guideFlags, readGuide } from './materials';
import type { Column, Flag, PageScan, ScanOptions } from './types';
import { findLabelledPubDate, parseIsoDay } from './dates';
import { type PageIndex } from './pageindex';
import { compileDictionary, pageText, wordingFlags } from './wording/flags';

export function scanPage(doc: Document, options: ScanOptions): PageScan {
  const asOf = options.asOf;
  const url = options.url ?? doc.location?.href;
  // The public scanPage (public-scan.ts) fills in the national profile; the content script always
  // passes the inspector's, so the national one does not ship in it.
  const profile = options.profile!;
  const index = buildIndex(doc);
  const crumb = breadcrumbName(index);
  const kind = detectKind(index, url);
  const columns = discoverColumns(index, { asOf, url, kind, contextYear: contextYear(crumb) });
  const flags = columnFlags(columns, asOf, profile);
  let materials: PageScan['materials'] = [];
  let guide: PageScan['guide'];
  if (kind === 'guide') {
    const g = readGuide(doc);
    materials = g.materials;
    guide = { name: g.name, missingElements: g.missingElements };
    flags.push(...guideFlags(g));
  }
  const columnOf = (el: Element) => columnAround(columns, el);
  flags.push(...brokenImageFlags(index.images, columnOf));
  if (options.guard !== false) flags.push(...wordingGuard(doc, index, columns, kind, options));
  let links: PageScan['links'] | undefined;
  return {
    kind,
    url,
    title: norm(doc.title),
    asOf,
    flags,
    columns,
    materials,
    guide,
    // Collected when first asked for: a re-scan for freshness does not pay for link targets.
    get links() {
      return (links ??= collectLinks(doc, url));
    },
    site: {
      name: meta(doc, 'SiteName'),
      idCode: meta(doc, 'SiteIDCode'),
      columnName: meta(doc, 'ColumnName') ?? crumb,
    },
  };
}

/** A year named by the page's section (an archive page "2022年"), for month-day-only dates. */
function contextYear(crumb: string | undefined): number | undefined {
  const m = /((?:19|20)\d{2})\s*年?$/.exec(crumb ?? '');
  return m ? +m[1] : undefined;
}

/** 错敏词, renamed institutions and unmasked personal data, over the page's text (domain.md §8). */
function wordingGuard(
  doc: Document,
  index: PageIndex,
  columns: Column[],
  kind: PageScan['kind'],
  options: ScanOptions,
): Flag[] {
  // Dates are looked up only for a renamed institution's hit: most pages have none.
  let dated: Map<Element, Date> | undefined;
  const dateOf = (el: Element) => {
    if (!dated) {
      dated = new Map();
      for (const c of columns) for (const i of c.items) if (i.date) dated.set(i.element, i.date);
    }
    for (let x: Element | null = el, k = 0; x && k < 8; x = x.parentElement, k++) {
      const d = dated.get(x);
      if (d) return d;
    }
    return undefined;
  };
  const w = options.wording;
  return wordingFlags(pageText(doc), compileDictionary(w?.entries, w?.renames), w, {
    asOf: options.asOf,
    dateOf,
    pageDate: () => pageDate(doc, index, kind),
  });
}

/** An article's own date: its PubDate meta, else the 发布时间 in its header. */
function pageDate(doc: Document, index: PageIndex, kind: PageScan['kind']): Date | undefined {
  const fromMeta = parseIsoDay((meta(doc, 'PubDate') ?? meta(doc, 'pubdate') ?? '').slice(0, 10));
  if (fromMeta) return fromMeta;
  if (kind !== 'article') return undefined;
  for (const el of index.pubLabelEls) {
    const own = textOf(el);
    const found = findLabelledPubDate(own.length < 8 ? textOf(el.parentElement) : own);
    if (found) return found.date;
  }
  return undefined;
}

/**
 * The column an element belongs to: the one whose list or heading holds it, else the one column
 * whose list shares the nearest block with it (a picture under a tab pane's list).
 */
function columnAround(columns: Column[], el: Element): string | undefined {
  const direct = columns.find((c) => c.list?.contains(el) || c.heading.contains(el));
  if (direct) return direct.name;
  let x: Element | null = el.parentElement;
  for (let i = 0; x && i < 3 && x.tagName !== 'BODY'; i++, x = x.parentElement) {
    const inside = columns.filter((c) => c.list && x!.contains(c.list));
    if (inside.length === 1) return inside[0].name;
    if (inside.length > 1) return undefined;
  }
  return undefined;
}
