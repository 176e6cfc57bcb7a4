// Link checks survive the service worker being stopped mid-run (issue 5): the lost batch is
// asked again, the worker comes back with the session's verdicts, and nothing is shown as fine
// that was not checked.
import { expect, test } from 'vitest';
import { overlay, scannedPage, useHarness } from './harness';

const h = useHarness();

test('stopping the service worker during a link check loses nothing', async () => {
  const page = await scannedPage(h, h.govUrl('/links.html'), 15_000);
  const tabId = await h.tabIdOf(page);
  const popup = await h.context.newPage();
  await popup.goto(h.extUrl(`popup.html?tabId=${tabId}`));
  await popup.locator('[data-testid="check-links"]').click();
  const starts = () =>
    popup.evaluate(
      async () =>
        (
          await (
            globalThis as unknown as {
              chrome: { storage: { session: { get(k: string): Promise<{ workerStarts?: number }> } } };
            }
          ).chrome.storage.session.get('workerStarts')
        ).workerStarts ?? 0,
    );
  const startsBefore = await starts();
  // The slow link keeps the batch open for over 5 s; stop the extension's worker meanwhile.
  await page.waitForTimeout(1500);
  const internals = await h.context.newPage();
  await internals.goto('chrome://serviceworker-internals/');
  await internals.getByRole('button', { name: 'Stop' }).first().click();
  await internals.close();
  const progress = overlay(page).locator('[data-testid="link-progress"]');
  await expect
    .poll(
      async () => {
        const m = /(\d+)\/(\d+)/.exec((await progress.textContent()) ?? '');
        return m && m[1] === m[2];
      },
      { timeout: 40_000 },
    )
    .toBe(true);
  const got = await overlay(page).locator('[data-testid="overlay-flag"]').allTextContents();
  const base = h.govUrl('');
  expect(got).toEqual(
    expect.arrayContaining([
      `页面存在不可用链接（404）：${base}/status/404`,
      `页面存在不可用链接（软404）：${base}/soft404`,
      '页面存在不可用链接（无法解析域名）：http://unreachable.invalid/',
      `页面链接需人工核实（响应慢）：${base}/slow?ms=5600`,
    ]),
  );
  expect(got.some((t) => t.includes('/head405') || t.includes('/files/notice.pdf'))).toBe(false);
  // The worker really was stopped and started again during the run.
  expect(await starts()).toBeGreaterThan(startsBefore);
  await Promise.all([page.close(), popup.close()]);
});
