// The engine's public API: stable, the rest of the product and its tests depend on it.
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
export { scanPage } from './engine/scan';
export { createLinkChecker, type LinkCheckerOptions } from './linkcheck/index';
export { NATIONAL_PROFILE, categoryOf, judgeFreshness, windowLabel } from './domain/profile';
export { phrase } from './engine/phrasing';
