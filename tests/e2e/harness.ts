// Launches the built extension in a real Chromium (playwright-core, system browser) against the
// demo site. The demo host name maps to 127.0.0.1 so the *.gov.cn content script runs as on a real site.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { startDemoServer } from '../../demo/server.mjs';
import { DEMO_HOST, extensionWorker, launchBrowser } from '../../scripts/browser';

export { DEMO_HOST };

// The extension API inside the service worker, reached through worker.evaluate.
declare const chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  demo: Awaited<ReturnType<typeof startDemoServer>>;
  /** The demo site under its gov.cn name. */
  govUrl(path: string): string;
  /** The demo site on 127.0.0.1: not a gov.cn page, scanned only on demand. */
  localUrl(path: string): string;
  extUrl(path: string): string;
  tabIdOf(page: Page): Promise<number>;
  /** Closes and reopens the browser on the same profile. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const demo = await startDemoServer({ port: 0 });
  const userDataDir = mkdtempSync(join(tmpdir(), 'site-patrol-e2e-'));
  let context = await launchBrowser(userDataDir);
  let worker = await extensionWorker(context);
  const extensionId = new URL(worker.url()).host;
  const h: Harness = {
    get context() {
      return context;
    },
    get worker() {
      return worker;
    },
    extensionId,
    demo,
    govUrl: (p) => `http://${DEMO_HOST}:${demo.port}${p}`,
    localUrl: (p) => `${demo.url}${p}`,
    extUrl: (p) => `chrome-extension://${extensionId}/${p.replace(/^\//, '')}`,
    async tabIdOf(page) {
      const url = page.url();
      const id = await worker.evaluate(async (u) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((t) => t.url === u)?.id;
      }, url);
      if (id === undefined) throw new Error(`no tab for ${url}`);
      return id;
    },
    async restart() {
      await context.close();
      context = await launchBrowser(userDataDir);
      worker = await extensionWorker(context);
    },
    async close() {
      await context.close().catch(() => {});
      await demo.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return h;
}

/**
 * One browser and demo site for a test file: started before its tests, closed after them. The
 * returned object reads through to the running harness (it is a fresh one after restart()).
 */
export function useHarness(): Harness {
  let inner: Harness | undefined;
  beforeAll(async () => {
    inner = await startHarness();
  });
  afterAll(async () => {
    await inner?.close();
  });
  return new Proxy({} as Harness, {
    get(_target, key) {
      if (!inner) throw new Error('the harness starts in beforeAll');
      return Reflect.get(inner, key);
    },
  });
}

/** Text of the overlay inside its shadow root (playwright's CSS locators pierce open shadow roots). */
export function overlay(page: Page) {
  return page.locator('[data-site-patrol]');
}

/** Opens the overlay's summary from its pill (it starts folded, out of the page's way). */
export async function openSummary(page: Page) {
  const pill = overlay(page).locator('[data-testid="overlay-pill"]');
  await pill.waitFor({ timeout: 15_000 });
  if ((await pill.getAttribute('aria-expanded')) !== 'true') await pill.click();
}

/** A new tab on `url`, returned once the overlay has finished its first scan. */
export async function scannedPage(h: Harness, url: string, timeout = 20_000): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(url);
  await overlay(page)
    .locator('[data-testid="overlay-counts"]')
    .filter({ hasNotText: '正在检查' })
    .waitFor({ timeout });
  return page;
}

/** Waits until the overlay's link check has checked every link (n/n) and its summary is final. */
export async function linksChecked(page: Page): Promise<void> {
  await overlay(page)
    .locator('[data-testid="link-progress"]')
    .filter({ hasText: /(\d+)\/\1/ })
    .waitFor({ state: 'attached', timeout: 30_000 });
  await expect
    .poll(() => overlay(page).locator('[data-testid="overlay-counts"]').textContent(), { timeout: 30_000 })
    .not.toContain('正在检查');
}
