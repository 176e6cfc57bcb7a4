// A dictionary entry as offices write them (CSV headers 错误写法,正确写法,类别,级别,说明).
export interface WordingEntry {
  wrong: string;
  right?: string;
  category?: string;
  /** flag: a wrong form that is never right; warn (the default): a person decides. */
  level?: 'flag' | 'warn';
  note?: string;
}

export interface WordingOptions {
  entries: WordingEntry[];
  /** Wrong forms an inspector marked "not a problem here" for this site. */
  exceptions?: string[];
}
