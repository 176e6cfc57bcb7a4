// scanPage as the engine's public API: the page scan with the team's seed dictionary and renames
// added to whatever an office passes. The content script uses the scan without them (./scan) and
// gets the seed with the office's dictionary from the background, so neither list ships in pages.
import { NATIONAL_PROFILE } from '../domain/profile';
import { scanPage as scanWith } from './scan';
import type { PageScan, ScanOptions } from './types';
import { RENAMES, SEED_WORDING } from './wording/seed';
import type { WordingEntry, WordingOptions } from './wording/types';

const merged = new WeakMap<WordingEntry[], WordingEntry[]>();

/** An office's entries, then the seed's (the first entry of a wrong form wins); kept per list. */
export function withSeed(wording?: WordingOptions): WordingOptions {
  const own = wording?.entries;
  let entries = SEED_WORDING;
  if (own?.length) {
    entries = merged.get(own) ?? [...own, ...SEED_WORDING];
    merged.set(own, entries);
  }
  return { ...wording, entries, renames: wording?.renames ?? RENAMES };
}

export function scanPage(doc: Document, options: ScanOptions): PageScan {
  return scanWith(doc, {
    ...options,
    profile: options.profile ?? NATIONAL_PROFILE,
    wording: withSeed(options.wording),
  });
}
