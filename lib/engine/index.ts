// lib/engine: everything scanPage needs — pure DOM in, flags out: the page index (one walk), dates,
// column discovery (columns/), freshness rules, service-guide materials, links and images, the
// wording and privacy guard (wording/), phrasing and the records the overlay shows. May import
// lib/domain (profiles, checklist types) only; never storage, exchange or extension APIs.
export { scanPage } from './public-scan';
export { toRecord, findingFromFlag, flagFacts, type FlagRecord, type ScanSummary } from './records';
export type { Flag, PageScan, ScanOptions, RuleId } from './types';
