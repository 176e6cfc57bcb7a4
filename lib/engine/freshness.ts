// Column rules: stale, soon-stale, blank, undated and future-dated (domain.md §2–3).
import { formatDate } from './dates';
import { phrase } from './phrasing';
import { categoryOf, judgeFreshness, windowLabel } from '../domain/profile';
import type { Column, Flag, Profile } from './types';

/** A guessed year is trusted when it puts the newest item within this many days of the inspection. */
const GUESS_TRUSTED_DAYS = 60;

export function columnFlags(columns: Column[], asOf: Date, profile: Profile): Flag[] {
  const flags: Flag[] = [];
  const endOfAsOf = new Date(asOf.getFullYear(), asOf.getMonth(), asOf.getDate(), 23, 59, 59, 999);
  for (const col of columns) {
    if (col.laterPage) continue;
    const category = categoryOf(profile, col.name);
    const base = { column: col.name, element: col.heading };
    if (col.blank) {
      flags.push({
        ...base,
        rule: 'blank-column',
        level: 'flag',
        message: phrase.blank(col.name),
        evidence: { category: category.id },
      });
      continue;
    }
    // One pass over the items with plain numbers: lists run to thousands of rows.
    const limit = endOfAsOf.getTime();
    let anyDated = false;
    let newest: (typeof col.items)[number] | undefined;
    let newestTime = -Infinity;
    const future: typeof col.items = [];
    for (const item of col.items) {
      if (!item.date) continue;
      anyDated = true;
      const t = item.date.getTime();
      if (t > limit) future.push(item);
      else if (t > newestTime) {
        newestTime = t;
        newest = item;
      }
    }
    if (future.length) {
      const latest = future.reduce((a, b) => (a.date! > b.date! ? a : b));
      flags.push({
        ...base,
        rule: 'future-date',
        level: 'warn',
        message: phrase.future(col.name, formatDate(latest.date!)),
        element: latest.element,
        evidence: { dates: future.map((f) => formatDate(f.date!)), title: latest.title },
      });
    }
    if (!category.window) continue; // historical and topic columns are exempt
    if (!newest) {
      if (!anyDated && col.items.length) {
        flags.push({
          ...base,
          rule: 'undated-column',
          level: 'warn',
          message: phrase.undated(col.name),
          evidence: { category: category.id, items: col.items.length },
        });
      }
      continue;
    }
    // The newest item is the latest date anywhere in the list: lists can be oldest-first or pinned.
    const f = judgeFreshness(newest.date!, asOf, category.window, category.leadDays ?? 0);
    // A month-day date whose year nothing on the page gives was read in the latest year it can be.
    // Stale even then is certain; fresh is only a guess unless the date is recent.
    const age = (asOf.getTime() - newest.date!.getTime()) / 86_400_000;
    if (newest.yearGuessed && f.state !== 'stale' && age > GUESS_TRUSTED_DAYS) {
      flags.push({
        ...base,
        rule: 'undated-column',
        level: 'warn',
        message: phrase.yearUnknown(col.name),
        evidence: {
          category: category.id,
          items: col.items.length,
          reason: 'year-unknown',
          newestDate: formatDate(newest.date!),
        },
      });
      continue;
    }
    const evidence = {
      category: category.id,
      categoryName: category.name,
      window: windowLabel(category.window),
      newestDate: formatDate(newest.date!),
      newestTitle: newest.title,
      threshold: formatDate(f.threshold),
      daysOverdue: f.daysOverdue,
      daysLeft: f.daysLeft,
      items: col.items.length,
      newestFrom: newest.dateFrom ?? 'page',
      level: col.level,
    };
    if (f.state === 'stale')
      flags.push({
        ...base,
        rule: 'stale-column',
        level: 'flag',
        message: phrase.stale(col.name, category.window),
        evidence,
      });
    else if (f.state === 'soon')
      flags.push({
        ...base,
        rule: 'stale-column-soon',
        level: 'warn',
        message: phrase.soon(col.name, category.window),
        evidence,
      });
  }
  return flags;
}
