// The national checklist (2019 检查指标) as data: one row per indicator, automatic or recorded by
// hand. Texts live apart, keyed by the same id (names.ts, text.zh.ts, text.en.ts).

export const INDICATOR_IDS = [
  'stale-column',
  'stale-column-soon',
  'blank-column',
  'undated-column',
  'future-date',
  'missing-material-count',
  'guide-missing-elements',
  'dead-link',
  'broken-image',
  'site-unreachable',
  'home-not-updated',
  'serious-wording-error',
  'interaction-unanswered',
  'guide-elements-manual',
  'consultation-no-feedback',
  'leadership-outdated',
  'new-media-stale',
  'rectification-incomplete',
] as const;

export type IndicatorId = (typeof INDICATOR_IDS)[number];

export type IndicatorLevel = 'veto' | 'deduction' | 'warn';

export interface IndicatorRow {
  id: IndicatorId;
  /** Found by the engine on the page, or recorded by a person from the checklist. */
  detection: 'engine' | 'manual';
  level: IndicatorLevel;
  /** Points off the 100-point score where the checklist fixes them; null where it does not. */
  points: number | null;
}

export const INDICATORS: readonly IndicatorRow[] = [
  { id: 'stale-column', detection: 'engine', level: 'veto', points: null },
  { id: 'stale-column-soon', detection: 'engine', level: 'warn', points: null },
  { id: 'blank-column', detection: 'engine', level: 'veto', points: null },
  { id: 'undated-column', detection: 'engine', level: 'warn', points: null },
  { id: 'future-date', detection: 'engine', level: 'warn', points: null },
  { id: 'missing-material-count', detection: 'engine', level: 'deduction', points: null },
  { id: 'guide-missing-elements', detection: 'engine', level: 'warn', points: null },
  { id: 'dead-link', detection: 'engine', level: 'deduction', points: null },
  { id: 'broken-image', detection: 'engine', level: 'deduction', points: null },
  { id: 'site-unreachable', detection: 'manual', level: 'veto', points: null },
  { id: 'home-not-updated', detection: 'manual', level: 'veto', points: null },
  { id: 'serious-wording-error', detection: 'manual', level: 'veto', points: null },
  { id: 'interaction-unanswered', detection: 'manual', level: 'veto', points: null },
  { id: 'guide-elements-manual', detection: 'manual', level: 'veto', points: null },
  { id: 'consultation-no-feedback', detection: 'manual', level: 'deduction', points: null },
  { id: 'leadership-outdated', detection: 'manual', level: 'deduction', points: null },
  { id: 'new-media-stale', detection: 'manual', level: 'veto', points: null },
  { id: 'rectification-incomplete', detection: 'manual', level: 'deduction', points: null },
];
