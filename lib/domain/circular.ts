// The circular (通报): each unit's result against the veto thresholds, its problems in the
// circular's words, and the totals line (domain.md §2, §7).
import { indicator } from './checklist';
import type { Finding, Round, Unit, Verdict } from './model';
import { bySeverity, severityRank } from './severity';

export type { Verdict };

export const THRESHOLDS = { staleNewsNotice: 5, staleAny: 10, blank: 5 } as const;

export interface UnitResult {
  unit: Unit;
  findings: Finding[];
  staleNewsNotice: number;
  staleAny: number;
  blank: number;
  /** How many more of each would fail the site (0 = reached). */
  distance: { staleNewsNotice: number; staleAny: number; blank: number };
  vetoes: string[];
  computed: Verdict;
  verdict: Verdict;
  /** 问题-level descriptions, veto problems first, then last round's follow-up, then deductions. */
  problems: string[];
  /** 提示-level descriptions (即将超期, 需人工核实 …): told to the unit, not counted against it. */
  warnings: string[];
}

/** Last round's unrectified findings of a unit, as the circular names them. */
export function followUpProblems(previous: Finding[]): string[] {
  const out: string[] = [];
  if (previous.some((f) => f.rectification === '未整改')) out.push('上月问题未整改');
  if (previous.some((f) => f.rectification === '整改不彻底')) out.push('上月问题整改不彻底');
  return out;
}

export function unitResults(
  round: Round,
  units: Unit[],
  findings: Finding[],
  previous: Finding[] = [],
  overrides: Record<string, Verdict> = {},
): UnitResult[] {
  const byUnit = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byUnit.get(f.unitId);
    if (list) list.push(f);
    else byUnit.set(f.unitId, [f]);
  }
  const prevByUnit = new Map<string, Finding[]>();
  for (const f of previous) {
    const list = prevByUnit.get(f.unitId);
    if (list) list.push(f);
    else prevByUnit.set(f.unitId, [f]);
  }
  const unitById = new Map(units.map((u) => [u.id, u]));
  const order = [
    ...round.unitIds.filter((id) => unitById.has(id)),
    ...[...byUnit.keys()].filter((id) => !round.unitIds.includes(id) || !unitById.has(id)),
  ];
  // Findings recorded before their site was registered are never hidden: they form their own group.
  const unregistered = (id: string): Unit => ({
    id,
    name: '（未登记单位）',
    siteName: '',
    siteIdCode: '',
    prefixes: [],
    createdAt: '',
    updatedAt: '',
  });
  return [...new Set(order)].map((id) => {
    const unit = unitById.get(id) ?? unregistered(id);
    const fs = byUnit.get(id) ?? [];
    const stale = fs.filter((f) => f.rule === 'stale-column' && f.level === 'flag');
    // Only first-level (一级) notice/policy columns count toward the first clause; a sub-column
    // (本级政策解读—负责人解读) still counts toward the second. Older findings carry no level: 一级.
    const staleNewsNotice = stale.filter(
      (f) =>
        f.evidence.category === 'news' || (f.evidence.category === 'notice-policy' && f.evidence.level !== 2),
    ).length;
    const blank = fs.filter((f) => f.rule === 'blank-column' && f.level === 'flag').length;
    const vetoes: string[] = [];
    if (staleNewsNotice >= THRESHOLDS.staleNewsNotice)
      vetoes.push(`动态要闻、通知公告/政策文件类栏目未更新${staleNewsNotice}个`);
    if (stale.length >= THRESHOLDS.staleAny) vetoes.push(`栏目未更新${stale.length}个`);
    if (blank >= THRESHOLDS.blank) vetoes.push(`空白栏目${blank}个`);
    for (const f of fs) {
      const ind = indicator(f.rule);
      if (ind && !ind.automatic && ind.level === 'veto' && !vetoes.includes(ind.zh.name))
        vetoes.push(ind.zh.name);
    }
    const sorted = [...fs].sort(bySeverity);
    const described = (list: Finding[]) => [
      ...new Set(list.map((f) => f.description.trim()).filter(Boolean)),
    ];
    const problems = [
      ...described(sorted.filter((f) => severityRank(f) === 0)),
      ...followUpProblems(prevByUnit.get(id) ?? []),
      ...described(sorted.filter((f) => severityRank(f) === 1)),
    ];
    const named = new Set(problems);
    const warnings = described(sorted.filter((f) => severityRank(f) === 2)).filter((d) => !named.has(d));
    const computed: Verdict = vetoes.length ? '不合格' : problems.length ? '合格' : '无问题';
    return {
      unit,
      findings: fs,
      staleNewsNotice,
      staleAny: stale.length,
      blank,
      distance: {
        staleNewsNotice: Math.max(0, THRESHOLDS.staleNewsNotice - staleNewsNotice),
        staleAny: Math.max(0, THRESHOLDS.staleAny - stale.length),
        blank: Math.max(0, THRESHOLDS.blank - blank),
      },
      vetoes,
      computed,
      verdict: overrides[id] ?? computed,
      problems,
      warnings,
    };
  });
}

export interface Totals {
  checked: number;
  passed: number;
  failed: number;
  rate: string;
}

export function totals(results: UnitResult[]): Totals {
  const checked = results.length;
  const passed = results.filter((r) => r.verdict !== '不合格').length;
  return {
    checked,
    passed,
    failed: checked - passed,
    rate: checked ? `${((100 * passed) / checked).toFixed(1)}%` : '—',
  };
}

export interface CircularOptions {
  /** List 提示-level items too (the supervisor ticks it); off by default. */
  warnings?: boolean;
}

export const CIRCULAR_HEADER = ['序号', '单位名称', '检查结果', '存在问题'] as const;

/** The attachment table's rows and its totals line, as the CSV, the workbook and the 通报 print them. */
export function circularRows(
  results: UnitResult[],
  o: CircularOptions = {},
): { rows: string[][]; totals: string[] } {
  const t = totals(results);
  const rows = results.map((r, i) => {
    const told = o.warnings && r.warnings.length ? [`（提示）${r.warnings.join('；')}`] : [];
    return [String(i + 1), r.unit.name, r.verdict, [...r.problems, ...told].join('；')];
  });
  return {
    rows,
    totals: ['合计', `检查单位${t.checked}个`, `合格${t.passed}个，不合格${t.failed}个`, `合格率${t.rate}`],
  };
}
