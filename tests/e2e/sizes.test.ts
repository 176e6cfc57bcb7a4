// Every surface at the size people use it (issue 15): the side panel at 360×800, 400×900 and at
// 150 % zoom (240 CSS px) with findings of every rule, in light and dark; the popup at 400×600
// after 全选; the link-check race; the first Tab on a host page.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { indicator, INDICATOR_IDS } from '../../lib/domain/checklist';
import { makeEnvelope } from '../../lib/exchange/export';
import { generate } from '../fixtures/findings';
import { axe } from './axe';
import { linksChecked, overlay, scannedPage, useHarness } from './harness';

const h = useHarness();

/** 20 findings of every indicator over five units, with long columns and long link addresses. */
function everyRule() {
  const g = generate(1, 5);
  const round = { ...g.round, id: 'round_sizes', name: '2026年第四季度' };
  const findings = INDICATOR_IDS.flatMap((rule, r) =>
    Array.from({ length: 20 }, (_, i) => ({
      ...g.findings[0],
      id: `s_${r}_${i}`,
      roundId: round.id,
      unitId: g.units[(r + i) % 5].id,
      pageUrl: `http://u${(r + i) % 5}.example.gov.cn/col/${r}/${i}.html`,
      rule,
      level: indicator(rule)!.level === 'warn' ? ('warn' as const) : ('flag' as const),
      column: `比较长的栏目名称第${r}号栏目`,
      linkUrl:
        rule === 'dead-link' ? `http://www.example.gov.cn/col/col${r}/art/2026/11/${i}/长文章名称.html` : '',
      description:
        rule === 'dead-link'
          ? `页面存在不可用链接（404）：http://www.example.gov.cn/col/col${r}/art/2026/11/${i}/some-very-long-article-name.html`
          : `“比较长的栏目名称第${r}号栏目”${indicator(rule)!.zh.name}（第${i}条）`,
    })),
  );
  return {
    name: '每项指标.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(makeEnvelope(round, g.units, findings))),
  };
}

/** Horizontal overflow of the page, and the visible descriptions that are narrow or clipped. */
async function layout(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const bad: string[] = [];
    let seen = 0;
    for (const el of document.querySelectorAll<HTMLElement>('[data-testid="finding-description"]')) {
      const r = el.getBoundingClientRect();
      if (r.bottom < 0 || r.top > innerHeight || !r.width) continue;
      seen++;
      if (r.width < 0.6 * width) bad.push(`narrow ${Math.round(r.width)}/${width}: ${el.textContent}`);
      if (r.left < 0 || r.right > width + 0.5) bad.push(`outside: ${el.textContent}`);
      if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
        bad.push(`clipped: ${el.textContent}`);
    }
    return { overflow: document.documentElement.scrollWidth - width, seen, bad };
  });
}

describe('the side panel at real sizes', () => {
  test('360×800, 400×900 and 150 % zoom, light and dark: no sideways scroll, every description wide and whole', async () => {
    const panel = await h.context.newPage();
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.goto(h.extUrl('sidepanel.html'));
    await panel.locator('[data-testid="tab-import"]').click();
    await panel.locator('[data-testid="import-file"]').setInputFiles(everyRule());
    await panel.locator('[data-testid="confirm-import"]').click();
    await expect.poll(() => panel.locator('[data-testid="import-result"]').textContent()).toContain('已导入');
    await panel.locator('[data-testid="tab-review"]').click();
    await expect
      .poll(() => panel.locator('[data-testid="findings-count"]').textContent())
      .toContain('共 420 条记录');
    for (const [width, height] of [
      [360, 800],
      [400, 900],
      [240, 533], // a 360 px panel at 150 % zoom
    ]) {
      await panel.setViewportSize({ width, height });
      for (const scheme of ['light', 'dark'] as const) {
        await panel.emulateMedia({ colorScheme: scheme });
        for (const at of [0, 0.5, 1]) {
          await panel.locator('[data-testid="findings-list"]').evaluate((el, f) => {
            el.scrollTop = (el.scrollHeight - el.clientHeight) * f;
          }, at);
          await panel.waitForTimeout(150);
          // At 150 % zoom the panel's head is taller than the window: the page scrolls to the list.
          await panel
            .locator('[data-testid="findings-list"]')
            .evaluate((el) => el.scrollIntoView({ block: 'end' }));
          const l = await layout(panel);
          expect(l.overflow, `${width}px ${scheme}`).toBeLessThanOrEqual(0);
          expect(l.seen, `${width}px ${scheme} at ${at}`).toBeGreaterThan(0);
          expect(l.bad, `${width}px ${scheme} at ${at}`).toEqual([]);
        }
        expect(await axe(panel), `${width}px ${scheme}`).toEqual([]);
      }
    }
    await panel.close();
  });
});

describe('the popup and the overlay at real sizes', () => {
  test('the popup at 400×600 after 全选: the save button in view, nothing sideways; axe in light and dark', async () => {
    const page = await h.context.newPage();
    await page.goto(h.govUrl('/'));
    await overlay(page)
      .locator('[data-testid="overlay-flag"]')
      .first()
      .waitFor({ state: 'attached', timeout: 15_000 });
    const popup = await h.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(h.extUrl(`popup.html?tabId=${await h.tabIdOf(page)}`));
    await popup.locator('[data-testid="select-all-flags"]').click();
    expect(await popup.locator('[data-testid="flag-checkbox"]:checked').count()).toBeGreaterThan(3);
    const box = (await popup.locator('[data-testid="save-finding"]').boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(600);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      expect((await axe(popup)).join('\n'), scheme).toBe('');
    }
    await Promise.all([popup.close(), page.close()]);
  });

  test('the first Tab on a host page lands on the page, not the overlay', async () => {
    const page = await h.context.newPage();
    await page.goto(h.govUrl('/'));
    await overlay(page)
      .locator('[data-testid="overlay-flag"]')
      .first()
      .waitFor({ state: 'attached', timeout: 15_000 });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('[data-site-patrol]'))).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('A');
    await page.close();
  });

  test('pressing 检查链接 during the automatic check gives one flag per address', async () => {
    const page = await scannedPage(h, h.govUrl('/links.html'), 15_000);
    const tabId = await h.tabIdOf(page);
    // Twice at once, as a second press during the first check would.
    await h.worker.evaluate(async (id) => {
      const tabs = (
        globalThis as unknown as { chrome: { tabs: { sendMessage(i: number, m: object): Promise<unknown> } } }
      ).chrome.tabs;
      await Promise.all([
        tabs.sendMessage(id, { type: 'links:run' }),
        tabs.sendMessage(id, { type: 'links:run' }),
      ]);
    }, tabId);
    await linksChecked(page);
    const linkFlags = await overlay(page).locator('[data-testid="overlay-flag"]').allTextContents();
    const links = linkFlags.filter((t) => t.startsWith('页面存在不可用链接'));
    expect(links.length).toBeGreaterThan(3);
    expect(new Set(links).size).toBe(links.length);
    await page.close();
  });
});
