import { describe, expect, test } from 'vitest';
import { generate } from '../../fixtures/findings';
import { totals, unitResults } from '../../../lib/domain/circular';
import { circularCsv } from '../../../lib/exchange/export';
import { parseDelimited } from '../../../lib/exchange/csvparse';
import type { Finding } from '../../../lib/domain/model';

const small = () => generate(6, 3);

describe('the circular table', () => {
  const base = small();
  const f = (over: Partial<Finding>): Finding => ({ ...base.findings[0], id: `x${Math.random()}`, ...over });
  test('results per unit: 不合格 on a veto, 合格 with problems, 无问题 with none; totals and rate', () => {
    const [u0, u1, u2] = base.units;
    const fs = [
      ...Array.from({ length: 5 }, (_, i) =>
        f({
          unitId: u0.id,
          column: `动态${i}`,
          evidence: { category: 'news' },
          description: `“动态${i}”栏目超过2周未更新`,
        }),
      ),
      f({ unitId: u1.id, rule: 'blank-column', evidence: {}, description: '“建议提案办理”为空白栏目' }),
    ];
    const rs = unitResults(base.round, base.units, fs);
    expect(rs.map((r) => [r.unit.name, r.verdict])).toEqual([
      [u0.name, '不合格'],
      [u1.name, '合格'],
      [u2.name, '无问题'],
    ]);
    expect(rs[0].vetoes).toEqual(['动态要闻、通知公告/政策文件类栏目未更新5个']);
    expect(rs[1].distance).toEqual({ staleNewsNotice: 5, staleAny: 10, blank: 4 });
    expect(totals(rs)).toEqual({ checked: 3, passed: 2, failed: 1, rate: '66.7%' });
    const rows = parseDelimited(circularCsv(rs).slice(1), ',');
    expect(rows[0]).toEqual(['序号', '单位名称', '检查结果', '存在问题']);
    expect(rows[1][3].split('；')).toHaveLength(5);
    expect(rows[rows.length - 1]).toEqual(['合计', '检查单位3个', '合格2个，不合格1个', '合格率66.7%']);
  });
  test('a manual veto indicator fails the site; a supervisor can override', () => {
    const [u0] = base.units;
    const fs = [f({ unitId: u0.id, rule: 'serious-wording-error', description: '网站存在严重表述错误' })];
    expect(unitResults(base.round, base.units, fs)[0].verdict).toBe('不合格');
    expect(unitResults(base.round, base.units, fs, [], { [u0.id]: '合格' })[0].verdict).toBe('合格');
  });
  test("last round's unrectified problems flow into this round's circular", () => {
    const [, u1] = base.units;
    const prev = [
      f({ unitId: u1.id, rectification: '整改不彻底' }),
      f({ unitId: u1.id, rectification: '已整改' }),
    ];
    const r = unitResults(base.round, base.units, [], prev)[1];
    expect(r.problems).toEqual(['上月问题整改不彻底']);
    expect(r.verdict).toBe('合格');
  });
});

test('findings of an unregistered site are grouped, never hidden', () => {
  const { round, units, findings } = generate(2, 1);
  const rs = unitResults(round, units, [...findings, { ...findings[0], id: 'orphan', unitId: '' }]);
  expect(rs.map((r) => [r.unit.name, r.findings.length])).toEqual([
    [units[0].name, 2],
    ['（未登记单位）', 1],
  ]);
});

test('only first-level notice/policy columns count toward the first veto clause; sub-columns toward the total', () => {
  const { round, units, findings } = generate(0, 1);
  const at = new Date().toISOString();
  const stale = (i: number, category: string, level?: number): (typeof findings)[number] => ({
    ...generate(1, 1).findings[0],
    id: `s${i}`,
    unitId: units[0].id,
    column: `栏目${i}`,
    evidence: { category, ...(level ? { level } : {}) },
    createdAt: at,
    updatedAt: at,
  });
  const five = [0, 1, 2, 3, 4].map((i) => stale(i, 'notice-policy', 2));
  expect(unitResults(round, units, [...findings, ...five])[0]).toMatchObject({
    staleNewsNotice: 0,
    staleAny: 5,
  });
  const first = [0, 1, 2, 3, 4].map((i) => stale(i, 'notice-policy', i === 0 ? undefined : 1));
  expect(unitResults(round, units, first)[0]).toMatchObject({ staleNewsNotice: 5, verdict: '不合格' });
});
