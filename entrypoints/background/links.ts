// The link checker of this browser session. Verdicts are kept in storage.session so a service
// worker that the browser stopped and restarted reuses them instead of checking again.
import { browser } from 'wxt/browser';
import { createLinkChecker, type LinkChecker } from '../../lib/linkcheck';
import type { LinkVerdict } from '../../lib/engine/types';

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
  const netErrors = new Map<string, string>();
  // fetch() only says "Failed to fetch"; the network layer says why.
  browser.webRequest?.onErrorOccurred.addListener(
    (d) => {
      if (d.tabId === -1) netErrors.set(d.url, d.error);
    },
    { urls: ['<all_urls>'] },
  );

  let ready: Promise<{ checkAll(urls: string[], pageUrl?: string): Promise<LinkVerdict[]> }> | undefined;
  return () =>
    (ready ??= (async () => {
      const saved = ((await browser.storage.session.get('linkVerdicts')).linkVerdicts ?? {}) as Record<
        string,
        LinkVerdict
      >;
      const { perHost, overall } = await caps();
      const checker: LinkChecker = createLinkChecker({
        perHost,
        overall,
        explainError: async (url) => {
          await new Promise((r) => setTimeout(r, 30)); // the webRequest event may trail the rejection
          const code = netErrors.get(url) ?? netErrors.get(url.replace(/\/$/, ''));
          return code ? (NET_ERRORS[code] ?? code.replace(/^net::/, '')) : undefined;
        },
      });
      let dirty = false;
      const persist = () => {
        if (dirty) return;
        dirty = true;
        setTimeout(() => {
          dirty = false;
          void browser.storage.session.set({ linkVerdicts: saved }).catch(() => {});
        }, 500);
      };
      return {
        checkAll: (urls: string[], pageUrl?: string) =>
          Promise.all(
            urls.map(async (u) => {
              const key = u.replace(/#.*$/, '');
              const known = saved[key];
              if (known) return known;
              const v = await checker.check(u, { pageUrl });
              if (v.verdict !== 'skipped') {
                saved[key] = v;
                persist();
              }
              return v;
            }),
          ),
      };
    })());
}
