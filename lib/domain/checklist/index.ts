// lib/domain/checklist: the national checklist as data (table.ts) with per-language texts keyed by
// indicator id (names.ts, text.zh.ts, text.en.ts), assembled here for the picker, the options
// page, exports and the circular. Imports nothing outside this folder.
import { INDICATOR_NAMES } from './names';
import { INDICATORS, type IndicatorId, type IndicatorLevel, type IndicatorRow } from './table';
import type { IndicatorText } from './text';
import { TEXT_EN } from './text.en';
import { TEXT_ZH } from './text.zh';

export { INDICATOR_IDS, INDICATORS, type IndicatorId, type IndicatorLevel } from './table';
export { INDICATOR_NAMES } from './names';

export interface Indicator extends IndicatorRow {
  automatic: boolean;
  zh: IndicatorText & { name: string; description: string };
  en: IndicatorText & { name: string };
}

export const CHECKLIST: Indicator[] = INDICATORS.map((row) => ({
  ...row,
  automatic: row.detection === 'engine',
  zh: {
    ...TEXT_ZH[row.id],
    name: INDICATOR_NAMES[row.id].zh,
    description: TEXT_ZH[row.id].description ?? '',
  },
  en: { ...TEXT_EN[row.id], name: INDICATOR_NAMES[row.id].en },
}));

const BY_ID = new Map(CHECKLIST.map((x) => [x.id as string, x]));

export function indicator(id: string): Indicator | undefined {
  return BY_ID.get(id);
}

export function isIndicatorId(id: string): id is IndicatorId {
  return BY_ID.has(id);
}

export const LEVEL_LABEL: Record<IndicatorLevel, { zh: string; en: string }> = {
  veto: { zh: '单项否决', en: 'Veto' },
  deduction: { zh: '扣分', en: 'Deduction' },
  warn: { zh: '提示', en: 'Warning' },
};
