// Shared engine types. lib/ never imports extension APIs: everything here runs in a page,
// a worker, Node tests or the bench alike.
import type { WordingOptions } from './wording/types';

export type Level = 'flag' | 'warn';

/** What a column rule saw: the category, window and newest item (domain.md §3). */
export type FreshnessEvidence = {
  category: CategoryId;
  categoryName: string;
  window: string;
  newestDate: string;
  newestTitle: string;
  threshold: string;
  daysOverdue: number;
  daysLeft: number;
  items: number;
  /** Where the newest date was read: the page's text, the link's tooltip, or the link's URL. */
  newestFrom?: 'page' | 'tooltip' | 'link';
  /** 1: a first-level (一级) column; 2: a sub-column (counted by the second veto clause only). */
  level?: 1 | 2;
};

/**
 * The evidence of each engine rule, keyed by rule id: RuleId is exactly these keys, and Flag a
 * union on `rule`, so the overlay, exports and the circular read typed fields, never string keys.
 * Evidence values are plain (strings, numbers, booleans, string lists, null): flags cross to the
 * popup and the store as they are.
 */
export interface EvidenceByRule {
  'stale-column': FreshnessEvidence;
  'stale-column-soon': FreshnessEvidence;
  'blank-column': { category: CategoryId };
  'undated-column': {
    category: CategoryId;
    items: number;
    /** year-unknown: dated by month and day only, the year nowhere on the page. */
    reason?: 'no-dates' | 'year-unknown';
    newestDate?: string;
  };
  'future-date': { dates: string[]; title: string };
  'missing-material-count': {
    material: string;
    forms: string[];
    counts: string[];
    reason: 'none' | 'ambiguous' | 'bare-number' | 'returned-original';
    guide: string;
  };
  'guide-missing-elements': { missing: string[]; guide: string };
  'dead-link': {
    url: string;
    status: number | null;
    finalUrl: string | null;
    reason: string;
    kind: 'link' | 'attachment' | 'image';
  };
  'broken-image': { src: string; url: string };
  'wrong-wording': { right: string | null; category: string | null; context: string; note: string | null };
  'outdated-name': { now: string; since: string; source: string; date: string; context: string };
  /** Never the full number: `masked` and the context show it masked. */
  'personal-info': { kind: 'id-number' | 'mobile' | 'bank-card'; masked: string; context: string };
}

export type RuleId = keyof EvidenceByRule;

interface FlagBase {
  level: Level;
  /** Circular phrasing, domain.md §6. */
  message: string;
  column?: string;
  item?: string;
  /** The href/src attribute as written, for link and image rules. */
  href?: string;
  element?: Element;
}

export type FlagOf<R extends RuleId> = FlagBase & { rule: R; evidence: EvidenceByRule[R] };
export type Flag = { [R in RuleId]: FlagOf<R> }[RuleId];

export const CATEGORY_IDS = ['news', 'notice-policy', 'other', 'exempt'] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

/** A calendar duration; only one unit is normally set. */
export interface Window {
  days?: number;
  weeks?: number;
  months?: number;
  years?: number;
}

export interface Category {
  id: CategoryId;
  name: string;
  /** Regex sources matched against the column name. */
  patterns: string[];
  /** Absent for exempt categories. */
  window?: Window;
  /** Days before the window ends when the column is warned as soon-stale. */
  leadDays?: number;
}

export interface Profile {
  id: string;
  name: string;
  /** Checked in order; the first category whose pattern matches wins. */
  categories: Category[];
  /** Category for a column no pattern matches. */
  fallback: CategoryId;
  /** Per-column overrides chosen by an inspector: column name -> category id. */
  overrides?: Record<string, CategoryId>;
}

export type PageKind = 'home' | 'column-list' | 'article' | 'guide';

export interface ColumnItem {
  title: string;
  href?: string;
  date?: Date;
  dateText?: string;
  /** Where the date was read: the row's text, the link's tooltip, or the link's URL. */
  dateFrom?: 'page' | 'tooltip' | 'link';
  /** A month-day date whose year nothing on the page gives: the latest year not after asOf. */
  yearGuessed?: boolean;
  pinned?: boolean;
  element: Element;
}

export interface Column {
  name: string;
  /** The element a person reads as the column's heading (marked on the page). */
  heading: Element;
  /** The list container, absent for a blank column with no list at all. */
  list?: Element;
  items: ColumnItem[];
  blank: boolean;
  /** Page 2+ of a paginated column: says nothing about freshness. */
  laterPage: boolean;
  hidden: boolean;
  /** 1 for a first-level (一级) column, 2 for a sub-column shown under its parent. */
  level: 1 | 2;
  /** The parent column of a sub-column (its name is 父栏目—子栏目). */
  parent?: string;
}

export interface Material {
  name: string;
  forms: Array<'原件' | '复印件' | '电子'>;
  counts: string[];
  element: Element;
  returned: boolean;
}

export interface LinkTarget {
  href: string;
  url: string;
  kind: 'link' | 'attachment' | 'image';
  element: Element;
}

export interface PageScan {
  kind: PageKind;
  url?: string;
  title: string;
  asOf: Date;
  flags: Flag[];
  columns: Column[];
  materials: Material[];
  links: LinkTarget[];
  guide?: { name: string; missingElements: string[] };
  site: { name?: string; idCode?: string; columnName?: string };
}

export interface LinkVerdict {
  url: string;
  verdict: 'ok' | 'dead' | 'warn' | 'skipped';
  status?: number;
  finalUrl?: string;
  reason: string;
}

export interface ScanOptions {
  asOf: Date;
  url?: string;
  profile?: Profile;
  /** An office's 错敏词 dictionary and this site's exceptions; the seed entries always apply. */
  wording?: WordingOptions;
  /** false skips the wording and privacy guard (the bench times the column engine alone). */
  guard?: boolean;
}
