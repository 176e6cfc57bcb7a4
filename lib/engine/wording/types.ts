// A dictionary entry as offices write them (CSV headers 错误写法,正确写法,类别,级别,说明).
export interface WordingEntry {
  wrong: string;
  right?: string;
  category?: string;
  /** flag: a wrong form that is never right; warn (the default): a person decides. */
  level?: 'flag' | 'warn';
  note?: string;
}

/** A body renamed or merged by a reform: an old name used after `since` is out of date. */
export interface Rename {
  old: string;
  now: string;
  /** YYYY-MM-DD: a page dated on or after this that uses the old name is out of date. */
  since: string;
  source: string;
  /** A character right after the old name that makes it another word (农业部门 is not 农业部). */
  notFollowedBy?: string;
}

export interface WordingOptions {
  entries: WordingEntry[];
  /** Renames to check; scanPage of lib/index.ts adds the seed list. */
  renames?: Rename[];
  /** Wrong forms an inspector marked "not a problem here" for this site. */
  exceptions?: string[];
}
