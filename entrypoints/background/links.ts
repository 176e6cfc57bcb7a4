// The link checker of this browser session. Verdicts are kept in storage.session so a service
// worker that the browser stopped and restarted reuses them instead of checking again.
import { browser } from 'wxt/browser';
import { createLinkChecker, type LinkChecker } from '../../lib/linkcheck';
import { createVerdictCache } from '../../lib/linkcheck/cache';
import type { LinkVerdict } from '../../lib/engine/types';

/** Where the verdicts of this browser session are kept: a bounded list, newest last. */
const KEY = 'linkVerdictList';

const NET_ERRORS: Record<string, string> = {
  'net::ERR_NAME_NOT_RESOLVED': '无法解析域名',
  'net::ERR_NAME_RESOLUTION_FAILED': '无法解析域名',
  'net::ERR_CONNECTION_REFUSED': '拒绝连接',
  'net::ERR_CONNECTION_RESET': '连接被重置',
  'net::ERR_CONNECTION_TIMED_OUT': '超时',
  'net::ERR_TIMED_OUT': '超时',
  'net::ERR_ADDRESS_UNREACHABLE': '无法访问',
  'net::ERR_SSL_PROTOCOL_ERROR': '证书错误',
};

/**
 * The link checker of this browser session: verdicts are kept in storage.session so a service
 * worker that the browser stopped and restarted reuses them instead of checking again.
 */
export function createLinkService(caps: () => Promise<{ perHost: number; overall: number }>) {
  // fetch() only says "Failed to fetch"; the network layer says why. Only the checker's own
  // requests (no tab) to links being checked now are noted, and the note is read once.
  const watching = new Set<string>();
  const netErrors = new Map<string, string>();
  browser.webRequest?.onErrorOccurred.addListener(
    (d) => {
      if (d.tabId !== -1 || !watching.has(d.url.replace(/#.*$/, ''))) return;
      netErrors.set(d.url, d.error);
      if (netErrors.size > 500) netErrors.delete(netErrors.keys().next().value!);
    },
    { urls: ['http://*/*', 'https://*/*'], tabId: -1 },
  );

  // Earlier versions kept an unbounded object here.
  void browser.storage.session.remove('linkVerdicts').catch(() => {});
  let ready: Promise<{ checkAll(urls: string[], pageUrl?: string): Promise<LinkVerdict[]> }> | undefined;
  return () =>
    (ready ??= (async () => {
      const stored = (await browser.storage.session.get(KEY).catch((e) => {
        console.warn('site-patrol: the saved link verdicts could not be read', e);
        return {};
      })) as Record<string, unknown>;
      const cache = createVerdictCache(stored[KEY] as Array<[string, LinkVerdict]>);
      const { perHost, overall } = await caps();
      const checker: LinkChecker = createLinkChecker({
        perHost,
        overall,
        explainError: async (url) => {
          await new Promise((r) => setTimeout(r, 30)); // the webRequest event may trail the rejection
          const key = netErrors.has(url) ? url : url.replace(/\/$/, '');
          const code = netErrors.get(key);
          netErrors.delete(key);
          return code ? (NET_ERRORS[code] ?? code.replace(/^net::/, '')) : undefined;
        },
      });
      let dirty = false;
      // Written a moment after the last verdict; a store that is full keeps the newer half.
      const persist = () => {
        if (dirty) return;
        dirty = true;
        setTimeout(async () => {
          dirty = false;
          for (let attempt = 0; attempt < 3; attempt++) {
            try {
              await browser.storage.session.set({ [KEY]: cache.entries() });
              return;
            } catch (e) {
              console.warn(
                `site-patrol: saving ${cache.size} link verdicts failed; keeping the newer half`,
                e,
              );
              cache.shrink(0.5);
            }
          }
        }, 500);
      };
      return {
        checkAll: (urls: string[], pageUrl?: string) =>
          Promise.all(
            urls.map(async (u) => {
              const key = u.replace(/#.*$/, '');
              const known = cache.get(key);
              if (known) return known;
              watching.add(key);
              try {
                const v = await checker.check(u, { pageUrl });
                if (cache.set(key, v)) persist();
                return v;
              } finally {
                watching.delete(key);
              }
            }),
          ),
      };
    })());
}
