// The office files at the size of a county's round, opened in LibreOffice: the attachment table of
// a 59-unit 通报 repeats its header on every page and never splits a unit's row; a 3,000-finding
// workbook opens with every row, typed.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { unitResults } from '../../lib/domain/circular';
import { circularDoc } from '../../lib/domain/circular-text';
import { circularDocx } from '../../lib/exchange/circular-docx';
import { findingsWorkbook } from '../../lib/exchange/workbook';
import { docxToPdf, xlsxSheets } from '../../scripts/office';
import { generateMixed } from '../fixtures/findings';

const at = new Date(2026, 11, 1, 9, 30);
const dir = mkdtempSync(join(tmpdir(), 'site-patrol-office-'));

describe('in LibreOffice', () => {
  test('a 59-unit 通报: header row on every attachment page, each unit row whole on one page', async () => {
    const data = generateMixed(600, 59);
    const results = unitResults(data.round, data.units, data.findings);
    const file = join(dir, '通报.docx');
    writeFileSync(file, await circularDocx(circularDoc(data.round, results, {}, at), at));
    const pdf = docxToPdf(file);
    const first = pdf.pageTexts.findIndex((t) => t.startsWith('附件1'));
    expect(first).toBeGreaterThan(0);
    const pages = pdf.pageTexts.slice(first);
    expect(pages.length).toBeGreaterThan(3);
    for (const lines of pdf.pageLines.slice(first)) expect(lines).toContain('序号单位名称检查结果存在问题');
    for (const [i, u] of data.units.entries()) {
      // The row's number, name and verdict, and its first problem, on one and the same page.
      const firstProblem = results[i].problems[0].replace(/\s+/g, '').slice(0, 12);
      const holding = pages.filter((p) => p.includes(u.name));
      expect(holding, u.name).toHaveLength(1);
      expect(holding[0]).toContain(firstProblem);
    }
    expect(pages.at(-1)).toContain('合格率');
  });

  test('a 3,000-finding workbook: every row of every sheet, dates and numbers typed', async () => {
    const data = generateMixed(3000, 20);
    const results = unitResults(data.round, data.units, data.findings);
    const file = join(dir, '巡检结果.xlsx');
    writeFileSync(file, await findingsWorkbook({ ...data, results }, at));
    const sheets = xlsxSheets(file);
    expect(sheets['问题清单']).toHaveLength(3001);
    expect(sheets['通报表']).toHaveLength(1 + 20 + 1);
    expect(sheets['统计']).toHaveLength(1 + 20 + 1);
    const [head, row] = sheets['问题清单'];
    expect(row[head.indexOf('最后更新日期')]).toBe('2025-01-01');
    expect(row[head.indexOf('超期天数')]).toBe('30');
    expect(row[head.indexOf('发现时间')]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:00)?$/);
    // Calc shows a formula-looking note as the text it is.
    expect(sheets['问题清单'].some((r) => r[head.indexOf('备注')] === '=HYPERLINK("x")')).toBe(true);
  });
});
