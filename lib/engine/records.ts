// Flags cross from the content script to the popup and background as plain records.
import { snippet, stableSelector } from './dom';
import type { FindingInput } from '../domain/model';
import type { CategoryId, EvidenceByRule, Flag, Level, PageScan, RuleId } from './types';
import { maskDigits } from './wording/text';

interface RecordBase {
  key: string;
  level: Level;
  message: string;
  column?: string;
  item?: string;
  href?: string;
  selector: string;
  snippet: string;
}

/** A flag as it crosses to the popup and the store: its element replaced by a selector and snippet. */
export type FlagRecord = { [R in RuleId]: RecordBase & { rule: R; evidence: EvidenceByRule[R] } }[RuleId];

export interface ScanSummary {
  url: string;
  title: string;
  kind: PageScan['kind'];
  site: PageScan['site'];
  asOf: string;
  flags: FlagRecord[];
  columns: number;
  links: number;
  /** The page removed or broke the overlay; the results are still here. */
  blocked?: boolean;
  /** Links checked so far of those sent, while a check runs or after it. */
  linkProgress?: { done: number; total: number; running?: boolean };
}

export function toRecord(flag: Flag): FlagRecord {
  const selector = flag.element ? stableSelector(flag.element) : '';
  return {
    key: [flag.rule, flag.column ?? '', flag.item ?? '', flag.href ?? '', selector].join('|'),
    rule: flag.rule,
    evidence: flag.evidence,
    level: flag.level,
    message: flag.message,
    column: flag.column,
    item: flag.item,
    href: flag.href,
    selector,
    // A personal number is never stored whole, not even in the element's snippet.
    snippet: !flag.element
      ? ''
      : flag.rule === 'personal-info'
        ? maskDigits(snippet(flag.element))
        : snippet(flag.element),
  } as FlagRecord;
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
    linkUrl: r.rule === 'dead-link' ? r.evidence.url : (r.href ?? ''),
    evidence: r.evidence,
    description,
    inspector: ctx.inspector,
    points: null,
    rectification: '',
    note,
  };
}

/** The facts a person reads beside a flag, whatever its rule: each read from its rule's evidence. */
export interface FlagFacts {
  category?: CategoryId;
  /** 1 for a first-level column, 2 for a sub-column. */
  columnLevel?: 1 | 2;
  categoryName?: string;
  window?: string;
  newestDate?: string;
  daysOverdue?: number;
  daysLeft?: number;
  material?: string;
  url?: string;
  reason?: string;
}

export function flagFacts(r: Pick<FlagRecord, 'rule' | 'evidence'>): FlagFacts {
  const f = r as FlagRecord;
  switch (f.rule) {
    case 'stale-column':
    case 'stale-column-soon': {
      const e = f.evidence;
      return {
        category: e.category,
        categoryName: e.categoryName,
        window: e.window,
        newestDate: e.newestDate,
        daysOverdue: e.daysOverdue,
        daysLeft: f.rule === 'stale-column-soon' ? e.daysLeft : undefined,
        columnLevel: e.level,
      };
    }
    case 'blank-column':
    case 'undated-column':
      return { category: f.evidence.category };
    case 'missing-material-count':
      return { material: f.evidence.material, reason: f.evidence.reason };
    case 'dead-link':
      return { url: f.evidence.url, reason: f.evidence.reason };
    case 'broken-image':
      return { url: f.evidence.url };
    default:
      return {};
  }
}
