// The national checklist (2019 检查指标) as data: one row per indicator, automatic or recorded by
// hand, with its short name in both languages (small: the content script's overlay reads it).
// The explanations live apart in text.ts, keyed by the same id.
import type { RuleId } from '../../engine/types';

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
  'wrong-wording',
  'outdated-name',
  'personal-info',
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

/** Every engine rule is a checklist indicator: a rule without a row here does not compile. */
export const RULES_ARE_INDICATORS: RuleId extends IndicatorId ? true : never = true;

export type IndicatorLevel = 'veto' | 'deduction' | 'warn';

export interface IndicatorRow {
  id: IndicatorId;
  /** Found by the engine on the page, or recorded by a person from the checklist. */
  detection: 'engine' | 'manual';
  level: IndicatorLevel;
  /** Points off the 100-point score where the checklist fixes them; null where it does not. */
  points: number | null;
  name: { zh: string; en: string };
}

export const INDICATORS: readonly IndicatorRow[] = [
  {
    id: 'stale-column',
    detection: 'engine',
    level: 'veto',
    points: null,
    name: { zh: '栏目未更新', en: 'Column not updated' },
  },
  {
    id: 'stale-column-soon',
    detection: 'engine',
    level: 'warn',
    points: null,
    name: { zh: '栏目即将超期未更新', en: 'Column about to go stale' },
  },
  {
    id: 'blank-column',
    detection: 'engine',
    level: 'veto',
    points: null,
    name: { zh: '空白栏目', en: 'Blank column' },
  },
  {
    id: 'undated-column',
    detection: 'engine',
    level: 'warn',
    points: null,
    name: { zh: '栏目无发布日期', en: 'Column without dates' },
  },
  {
    id: 'future-date',
    detection: 'engine',
    level: 'warn',
    points: null,
    name: { zh: '发布日期晚于监测时间点', en: 'Date after the inspection date' },
  },
  {
    id: 'missing-material-count',
    detection: 'engine',
    level: 'deduction',
    points: null,
    name: { zh: '申请材料未注明份数', en: 'Material count missing' },
  },
  {
    id: 'guide-missing-elements',
    detection: 'engine',
    level: 'warn',
    points: null,
    name: { zh: '办事指南要素缺失', en: 'Guide missing key elements' },
  },
  {
    id: 'dead-link',
    detection: 'engine',
    level: 'deduction',
    points: null,
    name: { zh: '链接不可用', en: 'Dead link' },
  },
  {
    id: 'broken-image',
    detection: 'engine',
    level: 'deduction',
    points: null,
    name: { zh: '图片无法显示', en: 'Broken image' },
  },
  {
    id: 'wrong-wording',
    detection: 'engine',
    level: 'veto',
    points: null,
    name: { zh: '严重表述错误', en: 'Serious wording error' },
  },
  {
    id: 'outdated-name',
    detection: 'engine',
    level: 'deduction',
    points: null,
    name: { zh: '机构名称已变更', en: 'Outdated institution name' },
  },
  {
    id: 'personal-info',
    detection: 'engine',
    level: 'deduction',
    points: null,
    name: { zh: '个人信息未脱敏', en: 'Unmasked personal data' },
  },
  {
    id: 'site-unreachable',
    detection: 'manual',
    level: 'veto',
    points: null,
    name: { zh: '站点无法访问', en: 'Site unreachable' },
  },
  {
    id: 'home-not-updated',
    detection: 'manual',
    level: 'veto',
    points: null,
    name: { zh: '首页不更新', en: 'Home page not updated' },
  },
  {
    id: 'serious-wording-error',
    detection: 'manual',
    level: 'veto',
    points: null,
    name: { zh: '严重表述错误', en: 'Serious wording error' },
  },
  {
    id: 'interaction-unanswered',
    detection: 'manual',
    level: 'veto',
    points: null,
    name: { zh: '互动回应差', en: 'Messages unanswered' },
  },
  {
    id: 'guide-elements-manual',
    detection: 'manual',
    level: 'veto',
    points: null,
    name: { zh: '办事指南关键要素缺失（服务不实用）', en: 'Service guides not usable' },
  },
  {
    id: 'consultation-no-feedback',
    detection: 'manual',
    level: 'deduction',
    points: null,
    name: { zh: '意见征集结果未反馈', en: 'Consultation result not published' },
  },
  {
    id: 'leadership-outdated',
    detection: 'manual',
    level: 'deduction',
    points: null,
    name: { zh: '领导信息、机构信息未及时调整', en: 'Leadership or organisation profile out of date' },
  },
  {
    id: 'new-media-stale',
    detection: 'manual',
    level: 'veto',
    points: null,
    name: { zh: '政务新媒体未更新', en: 'New-media account not updated' },
  },
  {
    id: 'rectification-incomplete',
    detection: 'manual',
    level: 'deduction',
    points: null,
    name: { zh: '上轮问题整改不彻底', en: 'Last round not rectified' },
  },
];

export const INDICATOR_NAMES = Object.fromEntries(INDICATORS.map((r) => [r.id, r.name])) as Record<
  IndicatorId,
  { zh: string; en: string }
>;
