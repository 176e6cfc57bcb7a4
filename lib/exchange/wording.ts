// An office's 错敏词样本库 as a file: CSV with the headers 错误写法,正确写法,类别,级别,说明 (UTF-8,
// BOM or not). Everything is checked before anything is stored; each problem names its row.
import type { WordingEntry } from '../engine/wording/types';
import { parseDelimited } from './csvparse';
import { toCsv } from './export';

export const WORDING_HEADERS = ['错误写法', '正确写法', '类别', '级别', '说明'] as const;
export const MAX_WORDING_ENTRIES = 50_000;

/** 级别 as offices write it: 确定/严重 are certain (flag); 疑似/一般/empty need a person (warn). */
function levelOf(v: string): 'flag' | 'warn' | undefined {
  const t = v.trim().toLowerCase();
  if (['确定', '严重', 'flag', '问题'].includes(t)) return 'flag';
  if (['', '疑似', '一般', 'warn', '提示', '需人工核实'].includes(t)) return 'warn';
  return undefined;
}

export interface WordingImport {
  entries: WordingEntry[];
  problems: string[];
}

export { decodeText } from './decode';

export function parseWordingCsv(text: string): WordingImport {
  const problems: string[] = [];
  const rows = parseDelimited(
    text.replace(/^\uFEFF/, ''),
    text.includes('\t') && !text.includes(',') ? '\t' : ',',
  );
  const head = (rows[0] ?? []).map((h) => h.trim());
  const col = (name: string) => head.indexOf(name);
  if (col('错误写法') < 0) {
    return {
      entries: [],
      problems: [`第1行缺少表头“错误写法”（表头应为 ${WORDING_HEADERS.join(',')}） / missing header`],
    };
  }
  const entries: WordingEntry[] = [];
  const seen = new Map<string, { row: number; right: string }>();
  rows.slice(1).forEach((r, i) => {
    const row = i + 2;
    if (r.every((c) => !c.trim())) return;
    const cell = (name: string) => (col(name) >= 0 ? (r[col(name)] ?? '').trim() : '');
    const wrong = cell('错误写法');
    const right = cell('正确写法');
    const level = levelOf(cell('级别'));
    if (wrong.length < 2 || wrong.length > 50) {
      problems.push(
        `第${row}行：错误写法应为2到50个字（现为“${wrong.slice(0, 20)}”） / wrong form must be 2–50 characters`,
      );
      return;
    }
    if (right && right.includes(wrong)) {
      problems.push(
        `第${row}行：错误写法“${wrong}”是正确写法“${right}”的一部分，会标出每一处正确写法 / the wrong form is part of the right one`,
      );
      return;
    }
    if (!level) {
      problems.push(`第${row}行：级别“${cell('级别')}”无法识别，应为 确定 或 疑似 / unknown level`);
      return;
    }
    const before = seen.get(wrong);
    if (before && before.right !== right) {
      problems.push(
        `第${row}行：“${wrong}”与第${before.row}行重复但正确写法不同 / duplicate with a different right form`,
      );
      return;
    }
    if (before) return;
    seen.set(wrong, { row, right });
    const entry: WordingEntry = { wrong, level };
    if (right) entry.right = right;
    if (cell('类别')) entry.category = cell('类别');
    if (cell('说明')) entry.note = cell('说明');
    entries.push(entry);
  });
  if (entries.length > MAX_WORDING_ENTRIES)
    problems.push(`词条超过 ${MAX_WORDING_ENTRIES} 条 / too many entries`);
  if (!entries.length && !problems.length) problems.push('文件中没有词条 / no entries in the file');
  return { entries: problems.length ? [] : entries, problems: problems.slice(0, 50) };
}

export function wordingCsv(entries: WordingEntry[]): string {
  return toCsv([
    [...WORDING_HEADERS],
    ...entries.map((e) => [
      e.wrong,
      e.right ?? '',
      e.category ?? '',
      e.level === 'flag' ? '确定' : '疑似',
      e.note ?? '',
    ]),
  ]);
}

/** An office's dictionary merged with one from a file: the file's entry wins for the same wrong form. */
export function mergeWording(stored: WordingEntry[], incoming: WordingEntry[]): WordingEntry[] {
  const byWrong = new Map(stored.map((e) => [e.wrong, e]));
  for (const e of incoming) byWrong.set(e.wrong, e);
  return [...byWrong.values()];
}
