// scanPage: one pass over a rendered page producing every on-page flag.
import { discoverColumns } from './columns';
import { breadcrumbName, detectKind } from './columns/page';
import { meta, norm } from './dom';
import { buildIndex } from './pageindex';
import { columnFlags } from './freshness';
import { brokenImageFlags, collectLinks } from './links';
import { guideFlags, readGuide } from './materials';
import { NATIONAL_PROFILE } from '../domain/profile';
import type { PageScan, ScanOptions } from './types';

export function scanPage(doc: Document, options: ScanOptions): PageScan {
  const asOf = options.asOf;
  const url = options.url ?? doc.location?.href;
  const profile = options.profile ?? NATIONAL_PROFILE;
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
  const columnOf = (el: Element) => columns.find((c) => c.list?.contains(el) || c.heading.contains(el))?.name;
  flags.push(...brokenImageFlags(index.images, columnOf));
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
