// Flags cross from the content script to the popup and background as plain records.
import { snippet, stableSelector } from './dom';
import type { FindingInput } from '../domain/model';
import type { Flag, PageScan } from './types';

export interface FlagRecord {
  key: string;
  rule: string;
  level: 'flag' | 'warn';
  message: string;
  column?: string;
  item?: string;
  href?: string;
  selector: string;
  snippet: string;
  evidence: Record<string, string | number | boolean | string[] | null>;
}

export interface ScanSummary {
  url: string;
  title: string;
  kind: PageScan['kind'];
  site: PageScan['site'];
  asOf: string;
  flags: FlagRecord[];
  columns: number;
  links: number;
}

function plainEvidence(e: Record<string, unknown> | undefined): FlagRecord['evidence'] {
  const out: FlagRecord['evidence'] = {};
  for (const [k, v] of Object.entries(e ?? {})) {
    if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = v;
    else if (Array.isArray(v)) out[k] = v.map(String);
    else if (v instanceof Date) out[k] = v.toISOString();
  }
  return out;
}

export function toRecord(flag: Flag): FlagRecord {
  const selector = flag.element ? stableSelector(flag.element) : '';
  return {
    key: [flag.rule, flag.column ?? '', flag.item ?? '', flag.href ?? '', selector].join('|'),
    rule: flag.rule,
    level: flag.level,
    message: flag.message,
    column: flag.column,
    item: flag.item,
    href: flag.href,
    selector,
    snippet: flag.element ? snippet(flag.element) : '',
    evidence: plainEvidence(flag.evidence),
  };
}

export interface RecordContext {
  roundId: string;
  unitId: string;
  pageUrl: string;
  pageTitle: string;
  inspector: string;
}

/** A finding prefilled from a flag: the description is the flag's circular phrasing. */
export function findingFromFlag(
  r: FlagRecord,
  ctx: RecordContext,
  description = r.message,
  note = '',
): FindingInput {
  return {
    roundId: ctx.roundId,
    unitId: ctx.unitId,
    rule: r.rule,
    level: r.level,
    column: r.column ?? '',
    item: r.item ?? '',
    pageUrl: ctx.pageUrl,
    pageTitle: ctx.pageTitle,
    selector: r.selector,
    snippet: r.snippet,
    linkUrl: typeof r.evidence.url === 'string' && r.rule === 'dead-link' ? r.evidence.url : (r.href ?? ''),
    evidence: r.evidence,
    description,
    inspector: ctx.inspector,
    points: null,
    rectification: '',
    note,
  };
}
