// Accessibility of our own UI (issue 8): axe-core in the real browser finds no serious or
// critical violations on the popup, side panel, options page or the overlay.
import { describe, expect, test } from 'vitest';
import { axe } from './axe';
import { overlay, useHarness } from './harness';

const h = useHarness();

describe('axe-core: no serious or critical violations', () => {
  test('the check itself catches a violation (control)', async () => {
    const page = await h.context.newPage();
    await page.goto(h.localUrl('/'));
    await page.evaluate(() =>
      document.body.insertAdjacentHTML('beforeend', '<button id="nameless"></button>'),
    );
    expect((await axe(page)).join('\n')).toMatch(/critical button-name/);
    await page.close();
  });

  test('popup (with flags, the manual picker open)', async () => {
    const page = await h.context.newPage();
    await page.goto(h.govUrl('/'));
    await overlay(page)
      .locator('[data-testid="overlay-flag"]')
      .first()
      .waitFor({ state: 'attached', timeout: 15_000 });
    const popup = await h.context.newPage();
    await popup.goto(h.extUrl(`popup.html?tabId=${await h.tabIdOf(page)}`));
    await popup.locator('[data-testid="flag-checkbox"]').first().check();
    await popup.locator('details summary').first().click();
    expect(await axe(popup)).toEqual([]);
    // The overlay on the page, with an explanation and the recording form open.
    await overlay(page).locator('[data-testid="overlay-badge"]').first().click();
    expect(await axe(page, '[data-site-patrol]')).toEqual([]);
    await overlay(page).locator('.sp-pop [data-testid="overlay-record"]').click();
    expect(await axe(page, '[data-site-patrol]')).toEqual([]);
    // The summary opened from its pill, in light and dark.
    await page.keyboard.press('Escape');
    await overlay(page).locator('[data-testid="overlay-pill"]').click();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axe(page, '[data-site-patrol]'), scheme).toEqual([]);
    }
    await Promise.all([page.close(), popup.close()]);
  });

  test('side panel, each tab', async () => {
    const panel = await h.context.newPage();
    await panel.goto(h.extUrl('sidepanel.html'));
    await panel.locator('[data-testid="findings-count"]').waitFor();
    expect(await axe(panel)).toEqual([]);
    await panel.locator('[data-testid="tab-setup"]').click();
    expect(await axe(panel)).toEqual([]);
    await panel.locator('[data-testid="tab-import"]').click();
    expect(await axe(panel)).toEqual([]);
    await panel.close();
  });

  test('options page with the checklist', async () => {
    const page = await h.context.newPage();
    await page.goto(h.extUrl('options.html'));
    await page.locator('[data-testid="indicator"]').first().waitFor();
    expect(await axe(page)).toEqual([]);
    await page.close();
  });
});
