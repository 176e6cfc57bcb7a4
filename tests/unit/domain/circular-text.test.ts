import { describe, expect, test } from 'vitest';
import { circularRows, unitResults } from '../../../lib/domain/circular';
import { circularDoc, problemParagraphs } from '../../../lib/domain/circular-text';
import type { Finding, Round, Unit } from '../../../lib/domain/model';
import { bySeverity, isProblem } from '../../../lib/domain/severity';
import { parseDelimited } from '../../../lib/exchange/csvparse';
import { circularCsv } from '../../../lib/exchange/export';
import { generate } from '../../fixtures/findings';

const names = ['县自然资源和规划局', '县文旅局', '梅渚镇', '凌笪镇', '县交通局'];
const base = generate(1, names.length);
const units: Unit[] = base.units.map((u, i) => ({ ...u, name: names[i] }));
const round: Round = { ...base.round, name: '2026年第四季度' };
let n = 0;
const f = (unit: number, over: Partial<Finding>): Finding => ({
  ...base.findings[0],
  id: `f${n++}`,
  unitId: units[unit].id,
  createdAt: `2026-11-0${(n % 9) + 1}T08:00:00.000Z`,
  ...over,
});
const stale = (unit: number, column: string) =>
  f(unit, { rule: 'stale-column', column, description: `“${column}”栏目超过2周未更新` });
const soon = (unit: number, column: string) =>
  f(unit, { rule: 'stale-column-soon', level: 'warn', description: `“${column}”栏目即将超过半年未更新` });
const link = (unit: number, level: 'flag' | 'warn') =>
  f(unit, {
    rule: 'dead-link',
    level,
    description:
      level === 'flag' ? '页面存在不可用链接（404）：http://a/' : '链接需人工核实（403）：http://b/',
  });
const material = (unit: number) =>
  f(unit, {
    rule: 'missing-material-count',
    description: '办事指南“校车使用许可”申请材料“身份证”未注明份数',
  });

describe('problems and warnings', () => {
  test('提示-level findings are never problems; a unit with only warnings has 无问题', () => {
    expect(isProblem(soon(0, 'x'))).toBe(false);
    expect(isProblem(link(0, 'warn'))).toBe(false);
    expect(isProblem(f(0, { rule: 'undated-column', level: 'flag' }))).toBe(false);
    expect(isProblem(link(0, 'flag'))).toBe(true);
    const [r] = unitResults(round, units, [soon(0, '通知公告'), link(0, 'warn')]);
    expect(r.problems).toEqual([]);
    expect(r.warnings).toEqual(['“通知公告”栏目即将超过半年未更新', '链接需人工核实（403）：http://b/']);
    expect(r.verdict).toBe('无问题');
  });
  test('problems are ordered veto first, then last round, then deductions, whatever the recording order', () => {
    const fs = [
      material(0),
      link(0, 'flag'),
      stale(0, '工作动态'),
      f(0, { rule: 'blank-column', description: '“建议提案办理”为空白栏目' }),
    ];
    const prev = [f(0, { rectification: '未整改', roundId: 'r0' })];
    const [r] = unitResults(round, units, fs, prev);
    expect(r.problems).toEqual([
      '“工作动态”栏目超过2周未更新',
      '“建议提案办理”为空白栏目',
      '上月问题未整改',
      '办事指南“校车使用许可”申请材料“身份证”未注明份数',
      '页面存在不可用链接（404）：http://a/',
    ]);
    expect([...fs].sort(bySeverity).map((x) => x.rule)).toEqual([
      'stale-column',
      'blank-column',
      'missing-material-count',
      'dead-link',
    ]);
  });
  test('the circular CSV lists 问题-level items only, by severity; warnings only when asked', () => {
    const rs = unitResults(round, units, [soon(1, '通知公告'), material(1), stale(1, '工作动态')]);
    const rows = parseDelimited(circularCsv(rs).slice(1), ',');
    expect(rows[2]).toEqual([
      '2',
      '县文旅局',
      '合格',
      '“工作动态”栏目超过2周未更新；办事指南“校车使用许可”申请材料“身份证”未注明份数',
    ]);
    expect(circularRows(rs, { warnings: true }).rows[1][3]).toMatch(
      /；（提示）“通知公告”栏目即将超过半年未更新$/,
    );
  });
});

describe('二、存在问题', () => {
  const prev = [
    f(0, { rectification: '未整改' }),
    f(2, { rectification: '未整改' }),
    f(4, { rectification: '整改不彻底' }),
  ];
  const fs = [
    stale(3, '工作动态'),
    stale(1, '通知公告'),
    material(2),
    link(4, 'flag'),
    soon(2, '政策文件'),
    link(0, 'warn'),
  ];
  const rs = unitResults(round, units, fs, prev);

  test('one paragraph a kind of problem, units in round order, veto kinds first, then last round, then deductions', () => {
    expect(problemParagraphs(rs).map((p) => p.text)).toEqual([
      '一是部分单位网站栏目更新不及时。县文旅局、凌笪镇存在1个及以上栏目超期未更新。',
      '二是部分单位网站问题未得到有效整改。县自然资源和规划局、梅渚镇未对上月通报指出的问题进行整改；县交通局对上月通报指出的问题整改不彻底。',
      '三是部分单位办事服务信息不准确。梅渚镇办事指南申请材料未注明份数。',
      '四是部分单位网站存在不可用链接和图片。县交通局网站存在不可用链接或无法显示的图片。',
    ]);
  });
  test('warnings appear only when the supervisor ticks them, after the problems', () => {
    const paras = problemParagraphs(rs, { warnings: true }).map((p) => p.text);
    expect(paras).toHaveLength(5);
    expect(paras[4]).toBe(
      '此外，以下事项请相关单位核实关注：梅渚镇栏目即将超期未更新；县自然资源和规划局链接不可用（需人工核实）。',
    );
  });
  test('a manual indicator without a sentence of its own is named by the checklist', () => {
    const r = unitResults(round, units, [
      f(1, { rule: 'leadership-outdated', description: '领导信息未更新' }),
    ]);
    expect(problemParagraphs(r)[0].text).toBe(
      '一是部分单位存在“领导信息、机构信息未及时调整”问题。县文旅局存在“领导信息、机构信息未及时调整”问题。',
    );
  });
  test('a unit named after its site is not followed by 网站 twice', () => {
    const site = [{ ...units[0], name: '演示县人民政府门户网站' }];
    const r = unitResults({ ...round, unitIds: [site[0].id] }, site, [link(0, 'flag')]);
    expect(problemParagraphs(r)[0].text).toBe(
      '一是部分单位网站存在不可用链接和图片。演示县人民政府门户网站存在不可用链接或无法显示的图片。',
    );
  });
  test('a round without problems says so', () => {
    expect(problemParagraphs(unitResults(round, units, [soon(0, '通知公告')]))).toEqual([
      { text: '本次检查未发现问题。' },
    ]);
  });
});

describe('the 通报 as text', () => {
  const fs = ['一', '二', '三', '四', '五'].map((c) =>
    f(4, { rule: 'blank-column', description: `“栏目${c}”为空白栏目` }),
  );
  const rs = unitResults(round, units, [...fs, stale(1, '工作动态')]);
  const at = new Date(2026, 11, 1, 9, 30);

  test('title, 主送, opening and signature from the templates, with the placeholders filled', () => {
    const doc = circularDoc(
      round,
      rs,
      {
        circularIssuer: '溧阳市人民政府办公室',
        circularOpening: '{发文机关}于{检查日期}检查了{单位数}家单位（{轮次名称}）。',
      },
      at,
    );
    expect(doc.title).toBe('溧阳市人民政府办公室关于2026年第四季度政府网站检查情况的通报');
    expect(doc.recipients).toBe('各镇人民政府，各街道办事处，县政府各部门：');
    expect(doc.opening).toBe('溧阳市人民政府办公室于2026年11月22日检查了5家单位（2026年第四季度）。');
    expect(doc.signature).toBe('溧阳市人民政府办公室');
    expect(doc.date).toBe('2026年12月1日');
  });
  test('一、总体情况 counts units, 合格 and 不合格, the rate, and names the failed units with their reasons', () => {
    const doc = circularDoc(round, rs, {}, at);
    expect(doc.sections.map((s) => s.heading)).toEqual([
      '一、总体情况',
      '二、存在问题',
      '三、下一步工作要求',
    ]);
    expect(doc.sections[0].paragraphs.map((p) => p.text)).toEqual([
      '本次共检查5家单位的政府网站，其中合格4家、不合格1家，合格率为80.0%；3家单位未发现问题。',
      '县交通局（空白栏目5个）网站检查结果为不合格。',
    ]);
  });
  test('requirements: one paragraph a line, a （一） line split into its 楷体 lead and its text', () => {
    const doc = circularDoc(
      round,
      rs,
      { circularRequirements: '（一）抓紧整改。各单位要整改。\n\n请各单位高度重视。' },
      at,
    );
    expect(doc.sections[2].paragraphs).toEqual([
      { lead: '（一）抓紧整改。', text: '各单位要整改。' },
      { text: '请各单位高度重视。' },
    ]);
  });
  test('the attachment table: every unit in round order, its verdict and problems, and the totals line', () => {
    const { attachment } = circularDoc(round, rs, {}, at);
    expect(attachment.header).toEqual(['序号', '单位名称', '检查结果', '存在问题']);
    expect(attachment.rows.map((r) => r.slice(0, 3))).toEqual(
      names.map((u, i) => [String(i + 1), u, i === 4 ? '不合格' : i === 1 ? '合格' : '无问题']),
    );
    expect(attachment.totals).toEqual(['合计', '检查单位5个', '合格4个，不合格1个', '合格率80.0%']);
  });
});
