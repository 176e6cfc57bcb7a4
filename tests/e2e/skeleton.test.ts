// The walking skeleton in a real browser: overlay on a gov.cn page, a finding saved from the
// popup, listed in the side panel and present in its JSON export (a real download).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { overlay, useHarness } from './harness';

const h = useHarness();

describe('walking skeleton', () => {
  test('the content script flags the demo home page in an overlay inside a shadow root', async () => {
    const page = await h.context.newPage();
    await page.goto(h.govUrl('/'));
    const summary = overlay(page).locator('[data-testid="overlay-summary"]');
    await expect
      .poll(() => summary.locator('[data-testid="overlay-flag"]').allTextContents(), { timeout: 15_000 })
      .toEqual(
        expect.arrayContaining([
          '“三公经费”栏目超过1年未更新',
          '“建议提案办理”为空白栏目',
          '“通知公告”栏目超过半年未更新',
          '“人事信息”栏目超过1年未更新',
        ]),
      );
    const texts = await summary.locator('[data-testid="overlay-flag"]').allTextContents();
    expect(texts.filter((t) => t.includes('图片无法显示'))).toHaveLength(1); // missing.png, not ok.png
    expect(texts.some((t) => t.includes('工作动态'))).toBe(false);
    // The overlay lives in its own shadow root: the host page's DOM is otherwise untouched.
    const hostInfo = await page.evaluate(() => {
      const host = document.querySelector('[data-site-patrol]')!;
      return {
        shadow: !!host.shadowRoot,
        inBody: document.body.contains(host),
        bodyStyle: document.body.getAttribute('style'),
      };
    });
    expect(hostInfo).toEqual({ shadow: true, inBody: false, bodyStyle: null });
    await page.close();
  });

  test('a flag saved from the popup is listed in the side panel and in its JSON export', async () => {
    const page = await h.context.newPage();
    await page.goto(h.govUrl('/'));
    await expect
      .poll(() => overlay(page).locator('[data-testid="overlay-flag"]').count(), { timeout: 15_000 })
      .toBeGreaterThan(3);
    const tabId = await h.tabIdOf(page);

    const popup = await h.context.newPage();
    await popup.goto(h.extUrl(`popup.html?tabId=${tabId}`));
    const row = popup.locator('li.flag', { hasText: '“三公经费”栏目超过1年未更新' });
    await row.locator('[data-testid="flag-checkbox"]').check();
    await popup.locator('[data-testid="inspector"]').fill('张检查');
    await popup.locator('[data-testid="save-finding"]').click();
    await expect
      .poll(() => popup.locator('[data-testid="popup-status"]').textContent())
      .toContain('已记录 1');

    const panel = await h.context.newPage();
    await panel.goto(h.extUrl('sidepanel.html'));
    await expect
      .poll(() => panel.locator('[data-testid="finding-row"]').allTextContents())
      .toEqual([expect.stringContaining('“三公经费”栏目超过1年未更新')]);

    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      panel.locator('[data-testid="export-findings-json"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^巡检结果_.+_\d{4}-\d{2}-\d{2}\.json$/);
    const env = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(env.format).toBe('site-patrol-findings');
    expect(env.findings).toHaveLength(1);
    expect(env.findings[0]).toMatchObject({
      rule: 'stale-column',
      column: '三公经费',
      description: '“三公经费”栏目超过1年未更新',
      inspector: '张检查',
      pageUrl: h.govUrl('/'),
    });
    expect(env.findings[0].evidence).toMatchObject({ window: '1年', category: 'other' });
    await Promise.all([page.close(), popup.close(), panel.close()]);
  });
});
