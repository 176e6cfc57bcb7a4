// Export figures over 100,000 generated findings (issue 7 names the budgets).
import { findingsCsv, makeEnvelope } from '../lib/export';
import type { Finding, Round, Unit } from '../lib/model';

type Add = (figure: string, value: string, budget?: string, ok?: boolean | null) => void;

export function generate(n: number, units = 50): { round: Round; units: Unit[]; findings: Finding[] } {
  const now = new Date().toISOString();
  const us: Unit[] = Array.from({ length: units }, (_, i) => ({ id: `u${i}`, name: `县第${i}局`, siteName: `县第${i}局网站`, siteIdCode: `99990000${String(i).padStart(2, '0')}`, prefixes: [`http://u${i}.example.gov.cn/`], createdAt: now, updatedAt: now }));
  const round: Round = { id: 'r1', name: '2026年第四季度', asOf: '2026-11-22', notes: '', unitIds: us.map((u) => u.id), createdAt: now, updatedAt: now };
  const findings: Finding[] = Array.from({ length: n }, (_, i) => ({
    id: `f${i}`, roundId: 'r1', unitId: `u${i % units}`, rule: 'stale-column', level: 'flag', column: `栏目${i % 30}`, item: '',
    pageUrl: `http://u${i % units}.example.gov.cn/col/${i}.html`, pageTitle: '某栏目', selector: 'div > ul', snippet: '某栏目', linkUrl: '',
    evidence: { newestDate: '2025-01-01', daysOverdue: 30, window: '1年' }, description: `“栏目${i % 30}”栏目超过1年未更新`, inspector: '张三',
    points: null, rectification: '', note: i % 97 === 0 ? '=HYPERLINK("x")' : '', screenshotId: '', createdAt: now, updatedAt: now,
  }));
  return { round, units: us, findings };
}

export async function benchExports(add: Add) {
  const { round, units, findings } = generate(100_000);
  let t = performance.now();
  const csv = findingsCsv(round, units, findings);
  const csvMs = performance.now() - t;
  add('导出问题清单 CSV，10万条 / findings CSV, 100,000 findings', `${csvMs.toFixed(0)} ms (${(csv.length / 1e6).toFixed(1)} M chars)`, '≤ 2000 ms', csvMs <= 2000);
  t = performance.now();
  const json = JSON.stringify(makeEnvelope(round, units, findings));
  const jsonMs = performance.now() - t;
  add('导出 JSON，10万条 / JSON export, 100,000 findings', `${jsonMs.toFixed(0)} ms (${(json.length / 1e6).toFixed(1)} MB)`);
}
