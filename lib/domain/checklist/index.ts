// lib/domain/checklist: the national checklist as data (table.ts) with its texts in both
// languages keyed by indicator id (text.ts), assembled here for the picker, the options page,
// exports and the circular. Imports nothing outside this folder but the engine's rule ids.
import { INDICATORS, type IndicatorId, type IndicatorLevel, type IndicatorRow } from './table';
import { TEXT, type IndicatorText } from './text';

export { INDICATOR_IDS, INDICATOR_NAMES, INDICATORS, type IndicatorId, type IndicatorLevel } from './table';

export interface Indicator extends IndicatorRow {
  automatic: boolean;
  zh: IndicatorText & { name: string; description: string };
  en: IndicatorText & { name: string };
}

export const CHECKLIST: Indicator[] = INDICATORS.map((row) => ({
  ...row,
  automatic: row.detection === 'engine',
  zh: { ...TEXT[row.id].zh, name: row.name.zh },
  en: { ...TEXT[row.id].en, name: row.name.en },
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
