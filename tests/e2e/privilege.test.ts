// Least privilege and the office network (issue 14) in the real extension: host access is
// government sites and loopback only; a link to another host is only probed until the inspector
// allows it, and the popup offers that; a public page's redirect into the office network is
// stopped by the browser before it is requested; a page on a private network checks its own.
// Every address here is served on loopback (the gov.cn and .test names are mapped to 127.0.0.1).
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { NO_ACCESS_HOP_REASON, NO_ACCESS_REASON, REQUIRED_HOSTS } from '../../lib/domain/access';
import { PRIVATE_URL_PATTERNS } from '../../lib/linkcheck/address';
import { OTHER_HOST } from '../../scripts/browser';
import { DEMO_HOST, linksChecked, overlay, useHarness } from './harness';

declare const chrome: {
  runtime: {
    sendMessage(m: object): Promise<{ result?: unknown; error?: string }>;
    getManifest(): {
      host_permissions?: string[];
      optional_host_permissions?: string[];
      permissions?: string[];
    };
  };
  permissions: { getAll(): Promise<{ origins?: string[] }> };
  tabs: { sendMessage(id: number, m: object): Promise<unknown> };
  declarativeNetRequest: { getSessionRules(): Promise<Array<{ condition: { regexFilter?: string } }>> };
};

const h = useHarness();

/** Requests a server saw: method, host header and path. */
type Hit = { method: string; host: string; path: string };
function server(route: (req: IncomingMessage) => { status: number; headers?: object; body?: string }) {
  const hits: Hit[] = [];
  const s: Server = createServer((req, res) => {
    hits.push({ method: req.method ?? '', host: req.headers.host ?? '', path: req.url ?? '' });
    const a = route(req);
    res.writeHead(a.status, { 'content-type': 'text/html; charset=utf-8', ...a.headers });
    res.end(a.body ?? '');
  });
  return { s, hits, port: () => (s.address() as AddressInfo).port };
}

const office = server(() => ({ status: 200, body: '<title>内网管理</title>' }));
const site = server((req) => {
  const path = req.url ?? '/';
  const page = (title: string, links: string[]) =>
    `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>` +
    `<ul>${links.map((l, i) => `<li><a href="${l}">链接${i + 1}</a></li>`).join('')}</ul></body></html>`;
  if (path === '/public.html')
    return {
      status: 200,
      body: page('某县人民政府', [
        '/ok.html',
        '/gone.html',
        '/go-office',
        '/go-far',
        `http://${OTHER_HOST}:${site.port()}/far.html`,
        'http://nowhere.invalid/',
      ]),
    };
  if (path === '/private.html') return { status: 200, body: page('内网门户', ['/go-office', '/gone.html']) };
  if (path === '/go-office')
    return { status: 302, headers: { location: `http://127.0.0.1:${office.port()}/admin` } };
  if (path === '/go-far')
    return { status: 302, headers: { location: `http://${OTHER_HOST}:${site.port()}/far2.html` } };
  if (path === '/ok.html') return { status: 200, body: '<title>政务公开</title>' };
  return { status: 404, body: '<title>404</title>' };
});

beforeAll(async () => {
  await Promise.all([office, site].map((x) => new Promise<void>((r) => x.s.listen(0, '127.0.0.1', r))));
});
afterAll(async () => {
  await Promise.all(
    [office, site].map((x) => {
      x.s.closeAllConnections();
      return new Promise((r) => x.s.close(r));
    }),
  );
});

async function checkLinksOn(page: Page) {
  const tabId = await h.tabIdOf(page);
  await h.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'links:run' }), tabId);
  await linksChecked(page);
  return tabId;
}

const deadFlags = async (page: Page) =>
  (await overlay(page).locator('[data-testid="overlay-flag"]').allTextContents()).filter((t) =>
    t.startsWith('页面存在不可用链接'),
  );

test('host access is government sites and loopback; nothing grants every site at install', async () => {
  const { manifest, granted } = await h.worker.evaluate(async () => ({
    manifest: chrome.runtime.getManifest(),
    granted: (await chrome.permissions.getAll()).origins ?? [],
  }));
  expect(manifest.host_permissions).toEqual(REQUIRED_HOSTS);
  expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
  expect(granted.sort()).toEqual([...REQUIRED_HOSTS].sort());
  expect(granted.some((o) => o === '<all_urls>' || o.startsWith('*://*/') || o.startsWith('http://*/'))).toBe(
    false,
  );
});

test('a public page: other hosts are only probed, redirects into the office network are never requested', async () => {
  const page = await h.context.newPage();
  await page.goto(`http://${DEMO_HOST}:${site.port()}/public.html`);
  await overlay(page).locator('[data-testid="overlay-counts"]').filter({ hasNotText: '正在检查' }).waitFor();
  const tabId = await checkLinksOn(page);

  const dead = await deadFlags(page);
  expect(dead.some((t) => t.includes('/gone.html'))).toBe(true);
  // Nothing answers there at all: dead whatever access the tool holds.
  expect(dead.some((t) => t.includes('nowhere.invalid'))).toBe(true);
  // A 404 the tool may not read is not called dead, nor is a redirect it cannot follow.
  for (const part of ['far.html', 'go-office', 'go-far', 'ok.html'])
    expect(dead.filter((t) => t.includes(part))).toEqual([]);

  expect(office.hits).toEqual([]);
  // The browser took every blocking rule (each must compile within its 2 KB limit).
  const rules = await h.worker.evaluate(() => chrome.declarativeNetRequest.getSessionRules());
  expect(rules.map((r) => r.condition.regexFilter).sort()).toEqual([...PRIVATE_URL_PATTERNS].sort());
  const far = site.hits.filter((x) => x.host.startsWith(OTHER_HOST) && x.path === '/far.html');
  expect(far.map((x) => x.method)).toEqual(['HEAD']);

  const panel = await h.context.newPage();
  await panel.goto(h.extUrl('sidepanel.html'));
  const base = `http://${DEMO_HOST}:${site.port()}`;
  const reply = await panel.evaluate(
    (urls) => chrome.runtime.sendMessage({ type: 'links:check', urls }),
    [`${base}/go-office`, `http://${OTHER_HOST}:${site.port()}/far.html`, `${base}/go-far`],
  );
  const reasons = (reply.result as Array<{ verdict: string; reason?: string }>).map((v) => [
    v.verdict,
    v.reason,
  ]);
  expect(reasons).toEqual([
    ['skipped', '跳转到内网地址，未检查'],
    ['skipped', NO_ACCESS_REASON],
    ['skipped', NO_ACCESS_HOP_REASON],
  ]);
  expect(office.hits).toEqual([]);

  // The popup names the host it could not check and offers to allow it.
  const popup = await h.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(h.extUrl(`popup.html?tabId=${tabId}`));
  const notice = popup.locator('[data-testid="links-access-needed"]');
  await expect.poll(() => notice.textContent(), { timeout: 10_000 }).toContain(OTHER_HOST);
  expect(await popup.locator('[data-testid="grant-link-access"]').isEnabled()).toBe(true);
  // At the popup's real size the notice wraps inside it: nothing scrolls sideways.
  expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
  const box = (await notice.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(400);
  await Promise.all([popup.close(), panel.close(), page.close()]);
});

test('a page on a private network checks its own links, redirects included', async () => {
  const page = await h.context.newPage();
  await page.goto(`http://127.0.0.1:${site.port()}/private.html`);
  const tabId = await h.tabIdOf(page);
  const panel = await h.context.newPage();
  await panel.goto(h.extUrl('sidepanel.html'));
  await panel.evaluate((id) => chrome.runtime.sendMessage({ type: 'scan:ensure', tabId: id }), tabId);
  await overlay(page).locator('[data-testid="overlay-counts"]').filter({ hasNotText: '正在检查' }).waitFor();
  await checkLinksOn(page);
  const dead = await deadFlags(page);
  expect(dead.some((t) => t.includes('/gone.html'))).toBe(true);
  expect(dead.filter((t) => t.includes('go-office'))).toEqual([]);
  expect(office.hits.map((x) => x.path)).toContain('/admin');
  await Promise.all([panel.close(), page.close()]);
});
