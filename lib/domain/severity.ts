// Which findings are problems of the circular and in what order they are named: 提示-level items
// (即将超期, 需人工核实, 份数不明确 …) are warnings to units, never problems (domain.md §9);
// veto indicators come before deductions, then the checklist's own order.
import { indicator, INDICATOR_IDS } from './checklist';
import type { Finding } from './model';

type Graded = Pick<Finding, 'rule' | 'level'>;

/** A problem of the circular: recorded at 问题 level under an indicator that is not a warning. */
export function isProblem(f: Graded): boolean {
  return f.level === 'flag' && indicator(f.rule)?.level !== 'warn';
}

const ORDER = new Map<string, number>(INDICATOR_IDS.map((id, i) => [id, i]));

/** 0 for a veto indicator, 1 for a deduction, 2 for a warning. Unknown rules count as deductions. */
export function severityRank(f: Graded): number {
  if (!isProblem(f)) return 2;
  return indicator(f.rule)?.level === 'veto' ? 0 : 1;
}

/** Veto problems first, then deductions, then warnings; within a level the checklist's order, then time. */
export function bySeverity(a: Finding, b: Finding): number {
  return (
    severityRank(a) - severityRank(b) ||
    (ORDER.get(a.rule) ?? 1e3) - (ORDER.get(b.rule) ?? 1e3) ||
    (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
