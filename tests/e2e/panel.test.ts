// The side panel in a real browser (issue 7): real downloads of every export, imports of bad and
// good files, merging another inspector's work, and last round's follow-up in the circular.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { parseDelimited } from '../../lib/exchange/csvparse';
import { useHarness } from './harness';

// The page-side global inside panel.evaluate(); only sendMessage is used.
declare const chrome: {
  runtime: {
    sendMessage(m: object): Promise<{ result: { problems: Array<{ file: string; message: string }> } }>;
  };
};

const h = useHarness();
let panel: Page;

async function download(page: Page, testId: string): Promise<{ name: string; text: string }> {
  const [d] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`[data-testid="${testId}"]`).click(),
  ]);
  return { name: d.suggestedFilename(), text: readFileSync((await d.path())!, 'utf8') };
}

const count = async () =>
  Number(
    /共 (\d+) 条记录/.exec((await panel.locator('[data-testid="findings-count"]').textContent()) ?? '')?.[1],
  );

describe('review, export, import and follow-up', () => {
  let exported: { name: string; text: string };

  test('record findings, then download the findings CSV, the circular CSV and the JSON', async () => {
    const page = await h.context.newPage();
    await page.goto(h.govUrl('/'));
    await page
      .locator('[data-site-patrol] [data-testid="overlay-flag"]')
      .first()
      .waitFor({ state: 'attached', timeout: 15_000 });
    // Register the demo site as a unit from the popup's quick-add, then record two flags.
    const popup = await h.context.newPage();
    await popup.goto(h.extUrl(`popup.html?tabId=${await h.tabIdOf(page)}`));
    await popup.locator('[data-testid="quick-add-unit"]').click();
    await popup.locator('[data-testid="save-unit"]').click();
    await expect
      .poll(() => popup.locator('[data-testid="popup-unit"]').textContent())
      .toContain('演示县人民政府门户网站');
    const boxes = popup.locator('[data-testid="flag-checkbox"]');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await popup.locator('[data-testid="save-finding"]').click();
    await expect
      .poll(() => popup.locator('[data-testid="popup-status"]').textContent())
      .toContain('已记录 2');
    await Promise.all([page.close(), popup.close()]);

    panel = await h.context.newPage();
    await panel.goto(h.extUrl('sidepanel.html'));
    await expect.poll(count).toBe(2);
    expect(await panel.locator('[data-testid="unit-verdict"]').textContent()).toBe('合格');

    const csv = await download(panel, 'export-findings-csv');
    expect(csv.name).toMatch(/^巡检结果_.+_\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    const rows = parseDelimited(csv.text.slice(1), ',').filter((r) => r.length > 1);
    expect(rows[0].slice(0, 5)).toEqual(['序号', '单位名称', '网站名称', '网站标识码', '栏目名称']);
    expect(rows).toHaveLength(3);
    expect(rows[1][1]).toBe('演示县人民政府门户网站');

    const circular = await download(panel, 'export-circular-csv');
    expect(circular.name).toMatch(/^通报表_/);
    const c = parseDelimited(circular.text.slice(1), ',');
    expect(c[0]).toEqual(['序号', '单位名称', '检查结果', '存在问题']);
    expect(c[1].slice(0, 3)).toEqual(['1', '演示县人民政府门户网站', '合格']);
    // The circular names the 问题-level findings only; 提示-level ones stay in the findings CSV.
    const level = rows[0].indexOf('级别');
    const problems = rows.slice(1).filter((r) => r[level] !== '提示');
    expect(problems.length).toBeGreaterThan(0);
    expect(c[1][3].split('；').sort()).toEqual(problems.map((r) => r[rows[0].indexOf('问题描述')]).sort());
    expect(c.find((r) => r[0] === '合计')).toEqual([
      '合计',
      '检查单位1个',
      '合格1个，不合格0个',
      '合格率100.0%',
    ]);

    exported = await download(panel, 'export-findings-json');
    expect(JSON.parse(exported.text).findings).toHaveLength(2);
  });

  test('a malformed file is refused with a clear message and changes nothing', async () => {
    await panel.locator('[data-testid="tab-import"]').click();
    await panel.locator('[data-testid="import-file"]').setInputFiles({
      name: '坏文件.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported.text.slice(0, 300)),
    });
    await expect
      .poll(() => panel.locator('[data-testid="import-problems"]').textContent())
      .toContain('坏文件.json：不是有效的 JSON');
    await panel.locator('[data-testid="tab-review"]').click();
    expect(await count()).toBe(2);
  });

  test('the background reads import files only through its own blob: URLs', async () => {
    // A web page's blob: URL sent to the background is refused without being fetched.
    const site = await h.context.newPage();
    await site.goto(h.govUrl('/'));
    const foreign = await site.evaluate(() =>
      URL.createObjectURL(new Blob(['{}'], { type: 'application/json' })),
    );
    const answer = await panel.evaluate(
      (url) => chrome.runtime.sendMessage({ type: 'import:preview', files: [{ name: '外来.json', url }] }),
      foreign,
    );
    expect(answer.result.problems[0]).toMatchObject({
      file: '外来.json',
      message: expect.stringContaining('无法读取文件'),
    });
    // Its own page's blob: URL is read.
    const own = await panel.evaluate(() => {
      const url = URL.createObjectURL(new Blob(['not json'], { type: 'application/json' }));
      return chrome.runtime.sendMessage({ type: 'import:preview', files: [{ name: '自己.json', url }] });
    });
    expect(own.result.problems[0].message).toContain('不是有效的 JSON');
    await site.close();
    expect(await count()).toBe(2);
  });

  test("importing the export back counts duplicates and doubles nothing; another inspector's file merges", async () => {
    await panel.locator('[data-testid="tab-import"]').click();
    const env = JSON.parse(exported.text);
    // Inspector B: the same round name and unit name, set up independently (other ids), one new problem.
    const b = {
      ...env,
      round: { ...env.round, id: 'round_B' },
      units: env.units.map((u: { id: string }) => ({ ...u, id: 'unit_B' })),
      findings: [
        {
          ...env.findings[0],
          id: 'f_B',
          roundId: 'round_B',
          unitId: 'unit_B',
          column: '乡镇动态',
          description: '“乡镇动态”栏目超过2周未更新',
          inspector: '检查员乙',
        },
      ],
    };
    await panel.locator('[data-testid="import-file"]').setInputFiles([
      { name: 'self.json', mimeType: 'application/json', buffer: Buffer.from(exported.text) },
      { name: 'inspector-b.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(b)) },
    ]);
    await expect
      .poll(() => panel.locator('[data-testid="import-preview"]').textContent())
      .toContain('2 个文件，3 条记录：新增 1 条，更新 0 条，重复 2 条');
    await panel.locator('[data-testid="confirm-import"]').click();
    await expect.poll(() => panel.locator('[data-testid="import-result"]').textContent()).toContain('已导入');
    await panel.locator('[data-testid="tab-review"]').click();
    await expect.poll(count).toBe(3);
    expect(await panel.locator('[data-testid="unit-header"]').count()).toBe(1);
  });

  test('an edit recorded between the preview and the confirmation is not overwritten', async () => {
    const env = JSON.parse(exported.text);
    const f0 = env.findings[0];
    // The file's copy is edited a moment after the store's: newer at preview time, older than an
    // edit made after the preview (a whole second here raced a fast machine's later edit).
    const later = new Date(Date.parse(f0.updatedAt) + 1).toISOString();
    const file = { ...env, findings: [{ ...f0, note: '文件中的修改', updatedAt: later }] };
    await panel.locator('[data-testid="tab-import"]').click();
    await panel.locator('[data-testid="import-file"]').setInputFiles({
      name: 'edit.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await expect
      .poll(() => panel.locator('[data-testid="import-preview"]').textContent())
      .toContain('更新 1 条');
    // Meanwhile the inspector edits the same finding (stamped now, newer than the file's copy).
    await panel.evaluate(
      (f) =>
        chrome.runtime.sendMessage({ type: 'finding:save', finding: { ...f, note: '检查员刚刚的修改' } }),
      f0,
    );
    await panel.locator('[data-testid="confirm-import"]').click();
    await expect.poll(() => panel.locator('[data-testid="import-result"]').textContent()).toContain('已导入');
    const notes = await panel.evaluate(async (id) => {
      const answer = (await chrome.runtime.sendMessage({ type: 'findings:list' })) as unknown as {
        result: Array<{ id: string; note: string }>;
      };
      return answer.result.filter((f) => f.id === id).map((f) => f.note);
    }, f0.id);
    expect(notes).toEqual(['检查员刚刚的修改']);
  });

  test('delete, undo and edit go through the store and survive a reload', async () => {
    await panel.locator('[data-testid="tab-review"]').click();
    const before = await count();
    const first = panel.locator('[data-testid="finding-row"]').first();
    const description = (await first.locator('.fdesc').textContent()) ?? '';
    // The actions wait in the card's compact menu.
    await first.locator('[data-testid="finding-actions"]').click();
    await first.getByRole('button', { name: `删除：${description}` }).click();
    await expect.poll(count).toBe(before - 1);
    await panel.getByRole('button', { name: '撤销' }).click();
    await expect.poll(count).toBe(before);
    const again = panel.locator('[data-testid="finding-row"]', { hasText: description }).first();
    await again.locator('[data-testid="finding-actions"]').click();
    await again.getByRole('button', { name: `编辑：${description}` }).click();
    await panel.locator('[data-testid="edit-description"]').fill('改写后的问题描述');
    await panel.locator('[data-testid="save-edit"]').click();
    await panel.reload();
    await expect.poll(count).toBe(before);
    await expect.poll(() => panel.locator('.fdesc').allTextContents()).toContain('改写后的问题描述');
  });

  test("last round's unrectified problem flows into this round's circular", async () => {
    await panel.locator('[data-testid="tab-setup"]').click();
    const first = await panel.locator('[data-testid="round-select"]').inputValue();
    await panel.locator('[data-testid="new-round"]').click();
    await expect.poll(() => panel.locator('[data-testid="round-select"]').inputValue()).not.toBe(first);
    await panel.locator('[data-testid="tab-import"]').click();
    await panel.locator('[data-testid="previous-round"]').selectOption(first);
    await expect.poll(() => panel.locator('[data-testid="recheck-row"]').count()).toBe(3);
    await panel.locator('[data-testid="rect-status"]').first().selectOption('未整改');
    await expect.poll(() => panel.locator('[data-testid="rect-status"]').first().inputValue()).toBe('未整改');
    await panel.locator('[data-testid="tab-review"]').click();
    const circular = await download(panel, 'export-circular-csv');
    const c = parseDelimited(circular.text.slice(1), ',');
    expect(c[1].slice(1)).toEqual(['演示县人民政府门户网站', '合格', '上月问题未整改']);
  });
});
