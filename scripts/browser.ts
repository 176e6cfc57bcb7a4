// Launching the built extension in a system Chromium/Chrome/Edge, shared by `npm start`,
// the real-browser tests and the bench.
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { findBrowser } from './browser-path.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const EXT_DIR = join(ROOT, '.output/chrome-mv3');
/** The demo site's gov.cn name, mapped to 127.0.0.1 so the content script runs as on a real site. */
export const DEMO_HOST = 'www.demo-county.gov.cn';
/** A site outside gov.cn (served on loopback in tests): the tool may not read it until allowed. */
export const OTHER_HOST = 'www.site-patrol.test';

export interface LaunchOptions {
  headless?: boolean;
  downloadsPath?: string;
  extension?: boolean;
}

export async function launchBrowser(userDataDir: string, o: LaunchOptions = {}): Promise<BrowserContext> {
  const executablePath = findBrowser();
  if (!executablePath)
    throw new Error(
      'No Chromium/Chrome/Edge found: run `node scripts/ensure-browser.mjs` or set CHROME_PATH',
    );
  const root = process.getuid?.() === 0;
  // An unpacked extension keeps its version across rebuilds, and Chromium then keeps running the
  // service worker script it cached in the profile: a profile reused after a rebuild would run the
  // old background against the new pages. The registration is dropped so the built one loads;
  // stored data (IndexedDB, storage) stays.
  rmSync(join(userDataDir, 'Default', 'Service Worker'), { recursive: true, force: true });
  return chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: o.headless ?? true,
    acceptDownloads: true,
    downloadsPath: o.downloadsPath,
    viewport: { width: 1280, height: 900 },
    args: [
      ...(o.extension === false
        ? []
        : [`--disable-extensions-except=${EXT_DIR}`, `--load-extension=${EXT_DIR}`]),
      ...(root ? ['--no-sandbox'] : []),
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      `--host-resolver-rules=MAP ${DEMO_HOST} 127.0.0.1, MAP ${OTHER_HOST} 127.0.0.1, MAP *.invalid ~NOTFOUND`,
    ],
  });
}

export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  return existing ?? context.waitForEvent('serviceworker', { timeout: 30_000 });
}
