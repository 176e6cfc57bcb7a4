// The engine's public API: stable, the rest of the product and its tests depend on it.
export type {
  RuleId, Flag, Level, Profile, Category, CategoryId, Window, PageScan, PageKind, Column, ColumnItem,
  Material, LinkTarget, LinkVerdict, ScanOptions,
} from './types';
export { scanPage } from './scan';
export { createLinkChecker, type LinkCheckerOptions } from './linkcheck';
export { NATIONAL_PROFILE, categoryOf, judgeFreshness, windowLabel } from './profile';
export { phrase } from './phrasing';
