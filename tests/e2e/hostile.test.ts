// A hostile *.gov.cn page (defaced sites exist) tries to switch the tool off, speak for the
// inspector and read who they are (issue 14). The pages are served through playwright's router
// under a gov.cn name, so the content script runs as on a real site.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { openSummary, overlay, useHarness } from './harness';

const h = useHarness();
declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };

const HOST = 'http://hostile.demo-county.gov.cn';
const list = `<div class="box"><h2>通知公告</h2><ul>${[1, 2, 3, 4, 5]
  .map((i) => `<li><a href="/a${i}.html">关于开展第${i}项工作的通知</a><span>2020-0${i}-1${i}</span></li>`)
  .join('')}</ul></div>`;

async function hostile(script: string): Promise<Page> {
  const page = await h.context.newPage();
  await page.route(`${HOST}/**`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html><head><meta charset="utf-8"><title>被篡改的页面</title>
        <script>${script}</script></head><body>${list}</body></html>`,
    }),
  );
  await page.goto(`${HOST}/index.html`);
  return page;
}

const flags = (page: Page) => overlay(page).locator('[data-testid="overlay-flag"]').allTextContents();

test('a page that squats the old element name and breaks attachShadow does not stop the overlay', async () => {
  const page = await hostile(`
    customElements.define('site-patrol-overlay', class extends HTMLElement {
      static disabledFeatures = ['shadow'];
    });
    Element.prototype.attachShadow = () => { throw new Error('no shadow for you'); };`);
  await expect.poll(() => flags(page), { timeout: 15_000 }).toContain('“通知公告”栏目超过半年未更新');
  // A page style sheet cannot hide it: the host's inline !important rules win.
  await page.addStyleTag({ content: 'div { display: none !important; opacity: 0 !important }' });
  expect(await overlay(page).evaluate((el) => getComputedStyle(el).display)).toBe('block');
  await page.close();
});

test('a page that keeps removing the overlay is reported as blocking it; the popup still lists the results', async () => {
  const page = await hostile(`
    new MutationObserver(() => {
      for (const el of [...document.documentElement.children]) if (el !== document.head && el !== document.body) el.remove();
    }).observe(document.documentElement, { childList: true });`);
  const popup = await h.context.newPage();
  await expect
    .poll(
      async () => {
        await popup.goto(h.extUrl(`popup.html?tabId=${await h.tabIdOf(page)}`));
        return popup.locator('[data-testid="page-blocked"]').count();
      },
      { timeout: 15_000 },
    )
    .toBe(1);
  expect(await popup.locator('[data-testid="page-blocked"]').textContent()).toContain('此页面阻止了巡网助手');
  expect(
    await popup.locator('[data-testid="flag-row"], [data-testid="flag-checkbox"]').count(),
  ).toBeGreaterThan(0);
  await Promise.all([popup.close(), page.close()]);
});

test('scripted clicks cannot record a finding or re-classify a column, and the inspector’s name is not on the page', async () => {
  const options = await h.context.newPage();
  await options.goto(h.extUrl('options.html'));
  await options.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'settings:set', key: 'inspector', value: '王秘密' }),
  );
  await options.close();

  const page = await hostile('');
  await expect.poll(() => flags(page), { timeout: 15_000 }).toContain('“通知公告”栏目超过半年未更新');
  await overlay(page).locator('[data-testid="overlay-badge"]').first().waitFor();
  // The page script opens the flag, the record form, edits the text and submits it.
  const forged = await page.evaluate(async () => {
    const root = document.querySelector('[data-site-patrol]')!.shadowRoot!;
    const q = (s: string) => root.querySelector<HTMLElement>(s);
    q('[data-testid="overlay-badge"]')!.click();
    await new Promise((r) => setTimeout(r, 100));
    const select = q('[data-testid="column-category"]') as HTMLSelectElement | null;
    if (select) {
      select.value = 'news';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
    q('[data-testid="overlay-record"]')?.click();
    await new Promise((r) => setTimeout(r, 100));
    const text = q('[data-testid="finding-description"]') as HTMLTextAreaElement | null;
    if (text) {
      text.value = '本单位无问题';
      text.dispatchEvent(new Event('input', { bubbles: true }));
    }
    q('[data-testid="save-finding"]')?.click();
    await new Promise((r) => setTimeout(r, 500));
    return { formOpened: !!text, categoryShown: !!select, html: root.innerHTML };
  });
  expect(forged).toMatchObject({ formOpened: true, categoryShown: true });
  expect(forged.html).not.toContain('王秘密');
  // Nothing recorded, nothing re-classified.
  const panel = await h.context.newPage();
  await panel.goto(h.extUrl('sidepanel.html'));
  await expect
    .poll(() => panel.locator('[data-testid="findings-count"]').textContent())
    .toContain('共 0 条记录');
  expect(await flags(page)).toContain('“通知公告”栏目超过半年未更新');
  expect(await flags(page)).not.toContain('“通知公告”栏目超过2周未更新');

  // The inspector's own click records, in their name from settings.
  await openSummary(page);
  await overlay(page).locator('[data-testid="overlay-record"]').first().click();
  await overlay(page).locator('[data-testid="save-finding"]').click();
  await panel.reload();
  await expect
    .poll(() => panel.locator('[data-testid="findings-count"]').textContent())
    .toContain('共 1 条记录');
  expect(await panel.locator('[data-testid="finding-row"]').first().textContent()).toContain('王秘密');
  await Promise.all([panel.close(), page.close()]);
});
