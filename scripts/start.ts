// `npm start`: build, serve the demo site, and open a browser with the extension on it.
// With a display the browser stays open for you to use. Without one it walks the demo site
// headless, records every flag through the popup, and writes the export and a screenshot of
// the overlay into demo-output/, with the Word 通报 (and a PNG of its first page) and the workbook,
// and screenshots of every surface at real sizes in demo-output/screens/{zh,en}.
import { execSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startDemoServer } from '../demo/server.mjs';
import { DEMO_HOST, extensionWorker, launchBrowser, ROOT } from './browser';
import { docxToPdf, firstPagePng } from './office';

declare const chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };

const OUT = join(ROOT, 'demo-output');
const hasDisplay = process.platform !== 'linux' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;
const headless = process.argv.includes('--headless') || !hasDisplay;

execSync('node scripts/ensure-browser.mjs', { cwd: ROOT, stdio: 'inherit' });
console.log('构建扩展 / building the extension …');
execSync('npx wxt build', { cwd: ROOT, stdio: 'inherit' });

const demo = await startDemoServer({ port: Number(process.env.DEMO_PORT ?? 8088) }).catch(() =>
  startDemoServer({ port: 0 }),
);
const home = `http://${DEMO_HOST}:${demo.port}/`;
console.log(`演示站点 / demo site: ${home}  (also ${demo.url}/)`);
mkdirSync(OUT, { recursive: true });
// The headless walk is a fresh demo each time: last run's findings would be counted twice.
if (headless) rmSync(join(OUT, 'profile'), { recursive: true, force: true });
const context = await launchBrowser(join(OUT, 'profile'), { headless, downloadsPath: OUT });
const worker = await extensionWorker(context);
const extId = new URL(worker.url()).host;

if (!headless) {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(home);
  console.log(
    '浏览器已打开，关闭浏览器或按 Ctrl+C 结束。/ The browser is open; close it or press Ctrl+C to stop.',
  );
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
  await demo.close();
  process.exit(0);
}

const pages = [
  '/',
  '/col/tzgg/index.html',
  '/col/zcjd/index.html',
  '/bsfw/guide.html',
  '/links.html',
  '/script-list.html',
];
let recorded = 0;
let home_: import('playwright-core').Page | undefined;
for (const path of pages) {
  const page = await context.newPage();
  await page.goto(home.replace(/\/$/, path));
  await page
    .locator('[data-site-patrol] [data-testid="overlay-counts"]')
    .filter({ hasNotText: '正在检查' })
    .waitFor({ timeout: 20_000 });
  if (path === '/links.html') {
    const tabId = await worker.evaluate(
      async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id,
      page.url(),
    );
    await worker.evaluate(
      (id) =>
        (
          globalThis as unknown as {
            chrome: { tabs: { sendMessage(id: number, m: object): Promise<unknown> } };
          }
        ).chrome.tabs.sendMessage(id!, { type: 'links:run' }),
      tabId,
    );
    await page
      .locator('[data-site-patrol] [data-testid="link-progress"]')
      .filter({ hasText: /(\d+)\/\1/ })
      .waitFor({ state: 'attached', timeout: 60_000 })
      .catch(() => {});
  }
  if (path === '/') await page.screenshot({ path: join(OUT, 'overlay.png'), fullPage: true });
  const tabId = await worker.evaluate(
    async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id,
    page.url(),
  );
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extId}/popup.html?tabId=${tabId}`);
  const boxes = popup.locator('[data-testid="flag-checkbox"]');
  await popup.locator('[data-testid="popup-counts"]').waitFor({ timeout: 10_000 });
  // The demo county's site is registered as a unit once, from the popup's quick-add, so the
  // findings and the 通报 name it.
  const quickAdd = popup.locator('[data-testid="quick-add-unit"]');
  if (await quickAdd.isVisible()) {
    await quickAdd.click();
    await popup.locator('[data-testid="save-unit"]').click();
    await popup
      .locator('[data-testid="popup-unit"]')
      .filter({ hasText: '演示县' })
      .waitFor({ timeout: 10_000 });
  }
  const n = await boxes.count();
  for (let i = 0; i < n; i++) await boxes.nth(i).check();
  if (n) {
    await popup.locator('[data-testid="inspector"]').fill('演示检查员');
    await popup.locator('[data-testid="save-finding"]').click();
    await popup.locator('[data-testid="popup-status"]').filter({ hasText: '已记录' }).waitFor();
    recorded += n;
  }
  console.log(`  ${path}: ${n} 项 / flags`);
  await popup.close();
  if (path !== '/') await page.close();
  else home_ = page;
}

const panel = await context.newPage();
await panel.goto(`chrome-extension://${extId}/sidepanel.html`);
for (const [id, name] of [
  ['export-findings-json', 'findings.json'],
  ['export-findings-csv', 'findings.csv'],
  ['export-circular-docx', '通报.docx'],
  ['export-findings-xlsx', '巡检结果.xlsx'],
]) {
  const [download] = await Promise.all([
    panel.waitForEvent('download'),
    panel.locator(`[data-testid="${id}"]`).click(),
  ]);
  await download.saveAs(join(OUT, name));
}
await panel.screenshot({ path: join(OUT, 'sidepanel.png'), fullPage: true });
// The 通报's first page as the office suite prints it, for anyone to look at without Word.
try {
  execSync('node scripts/ensure-office.mjs', { cwd: ROOT, stdio: 'inherit' });
  const pdf = docxToPdf(join(OUT, '通报.docx'), OUT);
  firstPagePng(pdf.file, join(OUT, '通报-第1页.png'));
} catch (e) {
  console.warn(`未能生成通报首页图片 / could not render the circular's first page: ${(e as Error).message}`);
}
// Every surface at the size people use it, in Chinese and in English, light and dark.
async function shootSurfaces(lang: 'zh' | 'en') {
  const dir = join(OUT, 'screens', lang);
  mkdirSync(dir, { recursive: true });
  await setLang(lang);
  for (const [width, height] of [
    [360, 800],
    [400, 900],
  ]) {
    await panel.setViewportSize({ width, height });
    await panel.reload();
    await panel.locator('[data-testid="finding-row"]').first().waitFor({ timeout: 10_000 });
    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      await panel.screenshot({ path: join(dir, `sidepanel-${width}x${height}-${scheme}.png`) });
    }
    await panel.emulateMedia({ colorScheme: 'light' });
  }
  if (!home_) return;
  await home_.reload();
  await home_.locator('[data-site-patrol] [data-testid="overlay-pill"]').waitFor({ timeout: 15_000 });
  await home_.waitForTimeout(800);
  await home_.screenshot({ path: join(dir, 'overlay-pill.png') });
  await home_.locator('[data-site-patrol] [data-testid="overlay-pill"]').click();
  await home_.screenshot({ path: join(dir, 'overlay-open.png') });
  const tabId = await worker.evaluate(
    async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id,
    home_.url(),
  );
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extId}/popup.html?tabId=${tabId}`);
  await popup.locator('[data-testid="popup-counts"]').waitFor({ timeout: 10_000 });
  await popup.screenshot({ path: join(dir, 'popup-400x600.png') });
  await popup.locator('[data-testid="select-all-flags"]').click();
  await popup.screenshot({ path: join(dir, 'popup-400x600-select-all.png') });
  await popup.close();
}
async function setLang(value: 'zh' | 'en') {
  await panel.evaluate(
    (v) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({ type: 'settings:set', key: 'lang', value: v }),
    value,
  );
}
await shootSurfaces('zh');
await shootSurfaces('en');
await setLang('zh');

writeFileSync(
  join(OUT, 'README.txt'),
  `巡网助手演示输出 / Site Patrol demo output\n记录 ${recorded} 条 / ${recorded} findings recorded\n`,
);
console.log(
  `已记录 ${recorded} 条问题；导出与截图已写入 / ${recorded} findings recorded; exports and screenshots written to ${OUT}`,
);
await context.close();
await demo.close();
