// lib/domain: what the work is about — rounds, units and findings (model.ts), settings with their
// defaults, profiles of categories and windows, the checklist as data, the circular's results,
// merge plans and practice scoring. May import lib/engine types and lib/linkcheck defaults; nothing
// in lib/domain imports storage, exchange or extension APIs.
export * from './model';
export { badPrefixes, isWebUrl, prefixProblem, webUrl } from './addresses';
export * from './settings';
export { NATIONAL_PROFILE, categoryOf, judgeFreshness, windowLabel } from './profile';
export { CHECKLIST, indicator, LEVEL_LABEL } from './checklist';
export { totals, unitResults, THRESHOLDS, type UnitResult } from './circular';
