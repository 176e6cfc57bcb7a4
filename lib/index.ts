// lib/index.ts: the engine's public API, used by the content script's callers, the bench and checks
// outside the repository. Stable: the rest of the product and its tests depend on it.
export type {
  RuleId,
  Flag,
  Level,
  Profile,
  Category,
  CategoryId,
  Window,
  PageScan,
  PageKind,
  Column,
  ColumnItem,
  Material,
  LinkTarget,
  LinkVerdict,
  ScanOptions,
} from './engine/types';
export { scanPage } from './engine/public-scan';
export type { WordingEntry, WordingOptions } from './engine/wording/types';
export { RENAMES, SEED_WORDING } from './engine/wording/seed';
export { findPersonalInfo, isResidentId } from './engine/wording/personal';
export { createLinkChecker, type LinkCheckerOptions } from './linkcheck/index';
export { NATIONAL_PROFILE, categoryOf, judgeFreshness, windowLabel } from './domain/profile';
export { phrase } from './engine/phrasing';
