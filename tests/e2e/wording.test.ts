// The wording and privacy guard in a real browser (issue 17): a demo notice with a wrong form split
// across a span, an old institution name and unmasked numbers; the flags in the overlay, a finding
// recorded from the popup and exported masked; an office dictionary imported on the options page.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { openSummary, overlay, useHarness } from './harness';

const h = useHarness();
// The extension API inside extension pages, reached through page.evaluate.
declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
const ID = '110101199003074258';
const flags = (page: import('playwright-core').Page) =>
  overlay(page).locator('[data-testid="overlay-flag"]').allTextContents();

test('wrong forms, renamed bodies and unmasked numbers are marked; masked ones and 索引号 are not', async () => {
  const page = await h.context.newPage();
  await page.goto(h.govUrl('/xxgk/gs.html'));
  await expect
    .poll(() => flags(page), { timeout: 15_000 })
    .toContain('页面存在严重表述错误：“中华人民共合国”应为“中华人民共和国”');
  const shown = await flags(page);
  expect(shown).toContain('页面使用已变更的机构名称“国家工商行政管理总局”（现为“国家市场监督管理总局”）');
  expect(shown.filter((f) => f.startsWith('页面公开了未脱敏的'))).toEqual([
    '页面公开了未脱敏的居民身份证号码',
    '页面公开了未脱敏的手机号码',
  ]);

  // Recorded from the popup and exported: the number is stored masked, never whole.
  const popup = await h.context.newPage();
  await popup.goto(h.extUrl(`popup.html?tabId=${await h.tabIdOf(page)}`));
  const row = popup.locator('li.flag', { hasText: '页面公开了未脱敏的居民身份证号码' });
  await row.locator('[data-testid="flag-checkbox"]').check();
  await popup.locator('[data-testid="save-finding"]').click();
  await expect.poll(() => popup.locator('[data-testid="popup-status"]').textContent()).toContain('1');
  const panel = await h.context.newPage();
  await panel.goto(h.extUrl('sidepanel.html'));
  const [d] = await Promise.all([
    panel.waitForEvent('download'),
    panel.locator('[data-testid="export-findings-json"]').click(),
  ]);
  const text = readFileSync((await d.path())!, 'utf8');
  const finding = JSON.parse(text).findings.find((f: { rule: string }) => f.rule === 'personal-info');
  expect(finding).toMatchObject({ item: 'id-number', evidence: { masked: '1101**********4258' } });
  expect(text).not.toContain(ID);
  await Promise.all([popup.close(), panel.close(), page.close()]);
});

test("an office's dictionary imported on the options page marks its wrong forms on the next visit", async () => {
  const options = await h.context.newPage();
  await options.goto(h.extUrl('options.html'));
  await options.locator('[data-testid="import-wording-dictionary"]').setInputFiles({
    name: '本单位词库.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      '\uFEFF错误写法,正确写法,类别,级别,说明\r\n凌笪乡,凌笪镇,行政区划,确定,2019年撤乡设镇\r\n',
    ),
  });
  await expect
    .poll(() => options.locator('[data-testid="dictionary-status"]').textContent())
    .toContain('已导入 1 条');
  const page = await h.context.newPage();
  await page.goto(h.govUrl('/xxgk/gs.html'));
  await expect
    .poll(() => flags(page), { timeout: 15_000 })
    .toContain('页面存在严重表述错误：“凌笪乡”应为“凌笪镇”');
  await Promise.all([options.close(), page.close()]);
});

test('"not a problem here" sticks for the site, and a page script cannot press it', async () => {
  const page = await h.context.newPage();
  await page.goto(h.govUrl('/xxgk/gs.html'));
  const message = '页面使用已变更的机构名称“国家工商行政管理总局”（现为“国家市场监督管理总局”）';
  await expect.poll(() => flags(page), { timeout: 15_000 }).toContain(message);
  await openSummary(page);
  await overlay(page)
    .locator('.sp-list li', { hasText: message })
    .locator('[data-testid="overlay-flag"]')
    .click();
  const except = overlay(page).locator('[data-testid="wording-except"]');
  // An untrusted click (a page script's) does nothing.
  await except.dispatchEvent('click');
  await page.waitForTimeout(300);
  expect(await flags(page)).toContain(message);
  await except.click();
  await expect.poll(() => flags(page)).not.toContain(message);
  await page.reload();
  await expect.poll(() => flags(page), { timeout: 15_000 }).toContain('页面公开了未脱敏的手机号码');
  expect(await flags(page)).not.toContain(message);
  await page.close();
});

test('a page script cannot record a finding through the overlay', async () => {
  const page = await h.context.newPage();
  await page.goto(h.govUrl('/'));
  const message = '“三公经费”栏目超过1年未更新';
  await expect.poll(() => flags(page), { timeout: 15_000 }).toContain(message);
  await openSummary(page);
  await overlay(page)
    .locator('.sp-list li', { hasText: message })
    .locator('[data-testid="overlay-record"]')
    .click();
  const before = await page.evaluate(() => document.title);
  // The page's own script reaches into the overlay and presses its buttons (untrusted events).
  const forged = await page.evaluate(() => {
    const host = [...document.documentElement.children].find((e) => e.shadowRoot)!;
    const root = host.shadowRoot!;
    const desc = root.querySelector('[data-testid="finding-description"]') as HTMLTextAreaElement;
    desc.value = '本单位无问题';
    desc.dispatchEvent(new Event('input', { bubbles: true }));
    (root.querySelector('[data-testid="save-finding"]') as HTMLButtonElement).click();
    return !!desc;
  });
  expect(forged).toBe(true);
  await page.waitForTimeout(500);
  const panel = await h.context.newPage();
  await panel.goto(h.extUrl('sidepanel.html'));
  const descriptions = await panel.evaluate(async () => {
    const a = (await chrome.runtime.sendMessage({ type: 'findings:list' })) as {
      result: Array<{ description: string }>;
    };
    return a.result.map((f) => f.description);
  });
  // Nothing was saved: neither the forged text nor the flag's own.
  expect(descriptions).not.toContain('本单位无问题');
  expect(descriptions).not.toContain(message);
  expect(await page.evaluate(() => document.title)).toBe(before);
  await Promise.all([panel.close(), page.close()]);
});
