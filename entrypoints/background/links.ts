// The link checker of this browser session. Verdicts are kept in storage.session so a service
// worker that the browser stopped and restarted reuses them instead of checking again.
import { browser } from 'wxt/browser';
import { NO_ACCESS_HOP_REASON, NO_ACCESS_REASON } from '../../lib/domain/access';
import { createLinkChecker, type LinkChecker } from '../../lib/linkcheck';
import { privateTarget } from '../../lib/linkcheck/address';
import { createVerdictCache } from '../../lib/linkcheck/cache';
import type { LinkVerdict } from '../../lib/engine/types';
import { createAccess } from './access';
import { createHopGuard } from './hopguard';
import { createNetWatch } from './netwatch';

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

/** Not worth keeping: the inspector may allow the host in a minute. */
const untilAllowed = (v: LinkVerdict) => v.reason === NO_ACCESS_REASON || v.reason === NO_ACCESS_HOP_REASON;

export interface LinkService {
  checkAll(urls: string[], pageUrl?: string, tabId?: number): Promise<LinkVerdict[]>;
  /** Host patterns the links of this tab needed and the inspector has not allowed. */
  needed(tabId: number): string[];
}

export function createLinkService(caps: () => Promise<{ perHost: number; overall: number }>) {
  const net = createNetWatch();
  const access = createAccess();
  const guard = createHopGuard();
  const explain = async (url: string) => {
    const { error, hop } = await net.read(url);
    // A hop the guard stopped, or one to a host the inspector has not allowed (the browser then
    // refuses the answer): the link is not judged.
    if (hop && privateTarget(hop) && (!error || error === 'net::ERR_BLOCKED_BY_CLIENT'))
      return { skipped: `跳转到${privateTarget(hop)}，未检查`, finalUrl: hop };
    if (hop && !(await access.may(hop))) return { skipped: NO_ACCESS_HOP_REASON, finalUrl: hop };
    return error ? (NET_ERRORS[error] ?? error.replace(/^net::/, '')) : undefined;
  };

  // Earlier versions kept an unbounded object here.
  void browser.storage.session.remove('linkVerdicts').catch(() => {});
  let ready: Promise<LinkService> | undefined;
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
        explainError: explain,
        mayRequest: access.may,
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
      const checkOne = async (u: string, pageUrl: string | undefined, tabId: number | undefined) => {
        const key = u.replace(/#.*$/, '');
        const known = cache.get(key);
        if (known) return known;
        net.watch(key);
        try {
          const v = await checker.check(u, { pageUrl });
          if (untilAllowed(v)) access.need(tabId, v.finalUrl ?? v.url);
          else if (cache.set(key, v)) persist();
          return v;
        } finally {
          net.unwatch(key);
        }
      };
      return {
        checkAll: (urls: string[], pageUrl?: string, tabId?: number) =>
          guard.run(!!(pageUrl && privateTarget(pageUrl)), () =>
            Promise.all(urls.map((u) => checkOne(u, pageUrl, tabId))),
          ),
        needed: access.needed,
      };
    })());
}
