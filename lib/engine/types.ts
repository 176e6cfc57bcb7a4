// Shared engine types. lib/ never imports extension APIs: everything here runs in a page,
// a worker, Node tests or the bench alike.

export type RuleId =
  | 'stale-column'
  | 'stale-column-soon'
  | 'blank-column'
  | 'undated-column'
  | 'future-date'
  | 'missing-material-count'
  | 'dead-link'
  | 'broken-image'
  | string;

export type Level = 'flag' | 'warn';

export interface Flag {
  rule: RuleId;
  level: Level;
  /** Circular phrasing, domain.md §6. */
  message: string;
  column?: string;
  item?: string;
  /** The href/src attribute as written, for link and image rules. */
  href?: string;
  element?: Element;
  evidence?: Record<string, unknown>;
}

export type CategoryId = 'news' | 'notice-policy' | 'other' | 'exempt' | string;

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

export type PageKind = 'home' | 'column-list' | 'article' | 'guide' | 'other';

export interface ColumnItem {
  title: string;
  href?: string;
  date?: Date;
  dateText?: string;
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
}
