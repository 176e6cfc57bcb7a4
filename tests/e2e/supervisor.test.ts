// The supervisor's day (issue 7, "done when"): five inspectors' exports imported at once into a
// fresh browser, merged by round and unit name, judged per unit, and the circular downloaded.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { generate } from '../fixtures/findings';
import { makeEnvelope } from '../../lib/exchange/export';
import { parseDelimited } from '../../lib/exchange/csvparse';
import { defaultRoundName, type Finding, type Unit } from '../../lib/domain/model';
import { docxToPdf, xlsxSheets } from '../../scripts/office';
import { useHarness } from './harness';

const h = useHarness();

/** One inspector's export: their own ids for the same round name and unit names. */
function inspectorFile(who: string, units: Array<{ name: string; findings: Array<Partial<Finding>> }>) {
  const base = generate(1, 1);
  // The name of the round the panel creates today, so the files merge into it.
  const round = {
    ...base.round,
    id: `round_${who}`,
    name: defaultRoundName(new Date()),
    unitIds: units.map((_, i) => `unit_${who}_${i}`),
  };
  const us: Unit[] = units.map((u, i) => ({
    ...base.units[0],
    id: `unit_${who}_${i}`,
    name: u.name,
    siteName: `${u.name}网站`,
    siteIdCode: '',
    prefixes: [],
  }));
  const findings: Finding[] = units.flatMap((u, i) =>
    u.findings.map((over, k) => ({
      ...base.findings[0],
      id: `f_${who}_${i}_${k}`,
      roundId: round.id,
      unitId: us[i].id,
      inspector: who,
      pageUrl: `http://unit${u.name.length}.example.gov.cn/`,
      evidence: { category: 'other' },
      ...over,
    })),
  );
  return {
    name: `${who}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(makeEnvelope(round, us, findings))),
  };
}

const stale = (column: string, page = 'http://a.example.gov.cn/') => ({
  rule: 'stale-column',
  column,
  pageUrl: page,
  description: `“${column}”栏目超过1年未更新`,
});
const blank = (column: string) => ({
  rule: 'blank-column',
  column,
  pageUrl: 'http://e.example.gov.cn/',
  description: `“${column}”为空白栏目`,
});

test("five inspectors' files merge into one round with per-unit results and the circular", async () => {
  const files = [
    inspectorFile('甲', [{ name: '县教育局', findings: [stale('人事信息'), stale('规划计划')] }]),
    // 乙 checked 县教育局 too and recorded one of 甲's problems again, later: a duplicate whose newer
    // edit wins, not a second row.
    inspectorFile('乙', [
      {
        name: '县教育局',
        findings: [{ ...stale('人事信息'), updatedAt: new Date(Date.now() + 60_000).toISOString() }],
      },
      { name: '县卫健委', findings: [stale('财政资金', 'http://b.example.gov.cn/')] },
    ]),
    inspectorFile('丙', [{ name: '县民政局', findings: [stale('三公经费', 'http://c.example.gov.cn/')] }]),
    inspectorFile('丁', [{ name: '县交通局', findings: [] }]),
    inspectorFile('戊', [
      { name: '县水利局', findings: ['栏目一', '栏目二', '栏目三', '栏目四', '栏目五'].map(blank) },
    ]),
  ];
  const panel = await h.context.newPage();
  await panel.goto(h.extUrl('sidepanel.html'));
  await panel.locator('[data-testid="tab-import"]').click();
  await panel.locator('[data-testid="import-file"]').setInputFiles(files);
  await expect
    .poll(() => panel.locator('[data-testid="import-preview"]').textContent())
    .toContain('5 个文件，10 条记录：新增 9 条，更新 1 条，重复 1 条');
  await panel.locator('[data-testid="confirm-import"]').click();
  await expect.poll(() => panel.locator('[data-testid="import-result"]').textContent()).toContain('已导入');

  await panel.locator('[data-testid="tab-review"]').click();
  await expect.poll(() => panel.locator('[data-testid="unit-header"]').count()).toBe(5);
  const verdicts = Object.fromEntries(
    await panel
      .locator('[data-testid="unit-header"]')
      .evaluateAll((hs) =>
        hs.map((x) => [
          x.querySelector('.uname')?.textContent,
          x.querySelector('[data-testid="unit-verdict"]')?.textContent,
        ]),
      ),
  );
  expect(verdicts).toEqual({
    县教育局: '合格',
    县卫健委: '合格',
    县民政局: '合格',
    县交通局: '无问题',
    县水利局: '不合格',
  });
  await expect
    .poll(() => panel.locator('[data-testid="findings-count"]').textContent())
    .toContain('共 9 条记录');

  const [d] = await Promise.all([
    panel.waitForEvent('download'),
    panel.locator('[data-testid="export-circular-csv"]').click(),
  ]);
  const rows = parseDelimited(readFileSync((await d.path())!, 'utf8').slice(1), ',');
  expect(rows.slice(1, 6).map((r) => r.slice(1, 3))).toEqual([
    ['县教育局', '合格'],
    ['县卫健委', '合格'],
    ['县民政局', '合格'],
    ['县交通局', '无问题'],
    ['县水利局', '不合格'],
  ]);
  expect(rows.find((r) => r[0] === '合计')).toEqual([
    '合计',
    '检查单位5个',
    '合格4个，不合格1个',
    '合格率80.0%',
  ]);

  // The same merged round, once more as the office sends it, opened in a real office suite.
  const saved = async (testId: string) => {
    const [dl] = await Promise.all([
      panel.waitForEvent('download', { timeout: 30_000 }),
      panel.locator(`[data-testid="${testId}"]`).click(),
    ]);
    const file = join(mkdtempSync(join(tmpdir(), 'site-patrol-office-')), dl.suggestedFilename());
    await dl.saveAs(file);
    return file;
  };
  const docx = await saved('export-circular-docx');
  expect(docx).toMatch(/通报_.+\.docx$/);
  const pdf = docxToPdf(docx);
  // LibreOffice hangs a line-end 、 or ， in the margin, where pdftotext does not read it.
  const body = pdf.text.replace(/[、，]/g, '');
  expect(pdf.text).toContain('关于' + defaultRoundName(new Date()));
  expect(body).toContain('本次共检查5家单位的政府网站其中合格4家不合格1家合格率为80.0%');
  expect(body).toContain('县水利局（空白栏目5个）网站检查结果为不合格');
  expect(body).toContain(
    '一是部分单位网站栏目更新不及时。县教育局县卫健委县民政局存在1个及以上栏目超期未更新。',
  );
  expect(body).toContain('二是部分单位网站存在空白栏目。县水利局存在空白栏目。');
  expect(body).toContain('三下一步工作要求（一）抓紧整改到位。');
  // The attachment starts on its own page with the whole table: every unit and the totals line.
  const attachment = pdf.pageTexts.findIndex((t) => t.startsWith('附件1'));
  expect(attachment).toBeGreaterThan(0);
  const table = pdf.pageTexts.slice(attachment).join('');
  for (const u of ['县教育局', '县卫健委', '县民政局', '县交通局', '县水利局']) expect(table).toContain(u);
  expect(table).toContain('合格率80.0%');
  expect(pdf.pages).toBeGreaterThanOrEqual(2);
  expect(pdf.pages).toBeLessThanOrEqual(4);

  const sheets = xlsxSheets(await saved('export-findings-xlsx'));
  expect(Object.keys(sheets).sort()).toEqual(['统计', '通报表', '问题清单'].sort());
  expect(sheets['通报表'][0]).toEqual(['序号', '单位名称', '检查结果', '存在问题']);
  expect(sheets['通报表'].slice(1, 6).map((r) => r.slice(0, 3))).toEqual([
    ['1', '县教育局', '合格'],
    ['2', '县卫健委', '合格'],
    ['3', '县民政局', '合格'],
    ['4', '县交通局', '无问题'],
    ['5', '县水利局', '不合格'],
  ]);
  expect(sheets['问题清单']).toHaveLength(1 + 9);
  const head = sheets['问题清单'][0];
  const row = sheets['问题清单'][1];
  // Dates as date cells (printed in their yyyy-mm-dd format), numbers as numbers.
  expect(row[head.indexOf('监测时间点')]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(row[head.indexOf('序号')]).toBe('1');
  const stats = sheets['统计'];
  expect(stats[stats.length - 1].slice(1, 2)).toEqual(['合计']);
  expect(stats[stats.length - 1].at(-1)).toBe('9');
});
