// A polite link checker (domain.md §5). fetch, clock and sleep are injected so every verdict,
// retry and backoff is tested without a network or a browser.
import { ATTACHMENT_RE, isSkippable, linkKey } from '../engine/links';
import type { LinkVerdict } from '../engine/types';

export interface LinkCheckerOptions {
  fetch?: typeof fetch;
  /** Time source and timers; tests pass a fake clock. */
  clock?: Clock;
  perHost?: number;
  overall?: number;
  timeoutMs?: number;
  slowMs?: number;
  /** Bytes of an HTML body read for the soft-404 check. */
  headBytes?: number;
  /** Longest Retry-After honoured, so one server cannot stall the whole queue. */
  maxBackoffMs?: number;
  /** Names a network failure (DNS, refused) where the platform can tell. */
  explainError?: (url: string, error: unknown) => string | undefined | Promise<string | undefined>;
}

export interface Clock {
  now(): number;
  /** Calls fn after ms; returns a cancel function. */
  setTimer(fn: () => void, ms: number): () => void;
}

export const realClock: Clock = {
  now: () => Date.now(),
  setTimer: (fn, ms) => {
    const t = setTimeout(fn, ms);
    return () => clearTimeout(t);
  },
};

export interface LinkChecker {
  check(url: string): Promise<LinkVerdict>;
  /** Verdicts already known for this session, without a request. */
  cached(url: string): LinkVerdict | undefined;
  stats(): { requests: number; maxPerHost: number; maxOverall: number; queued: number; active: number };
  clear(): void;
}

const IMAGE_RE = /\.(?:png|jpe?g|gif|webp|bmp|svg|ico)(?:$|[?#])/i;
const SOFT_404 =
  /页面不存在|页面已删除|已被删除|已删除|找不到|未找到|无法找到|不存在的页面|\b404\b|not\s*found|页面走丢|域名.{0,6}(?:过期|到期|出售|停放)|domain.{0,20}(?:expired|for sale|parked)|this domain|parked/i;
const BOT_WALL =
  /安全验证|访问验证|人机验证|滑动验证|验证码|访问被拒绝|请求被拦截|拦截|防火墙|web\s*应用防火墙|just a moment|attention required|captcha|access denied/i;
const LOGIN_URL =
  /(?:^|[/._-])(?:login|signin|sign-in|logon|passport|sso|cas)(?:[/._?-]|$)|denglu|uc\/login/i;

class TimeoutError extends Error {}

function retryAfterMs(res: Response, now: number): number | undefined {
  const h = res.headers.get('retry-after');
  if (!h) return undefined;
  if (/^\d+$/.test(h.trim())) return +h * 1000;
  const t = Date.parse(h);
  return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}

/** Title and first h1 of an HTML head, read with text heuristics (no DOMParser in a service worker). */
export function titleAndHeading(html: string): string {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '';
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1] ?? '';
  return `${title} ${h1}`
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

async function readBytes(res: Response, limit: number): Promise<Uint8Array> {
  // A body known to be small is read whole: one step instead of a reader loop and a cancel.
  const size = Number(res.headers.get('content-length') ?? NaN);
  if (size <= limit) return new Uint8Array(await res.arrayBuffer());
  const reader = res.body!.getReader();
  const chunks: Uint8Array[] = [];
  let read = 0;
  try {
    while (read < limit) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      read += value.byteLength;
    }
  } finally {
    reader.cancel().catch(() => {});
  }
  const bytes = new Uint8Array(read);
  let o = 0;
  for (const c of chunks) {
    bytes.set(c, o);
    o += c.byteLength;
  }
  return bytes;
}

async function readHead(res: Response, limit: number): Promise<string> {
  if (!res.body) return '';
  const bytes = await readBytes(res, limit);
  const type = res.headers.get('content-type') ?? '';
  let charset = /charset=([\w-]+)/i.exec(type)?.[1];
  const ascii = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  charset ??= /<meta[^>]+charset=["']?([\w-]+)/i.exec(ascii)?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

export function createLinkChecker(options: LinkCheckerOptions = {}): LinkChecker {
  const doFetch = options.fetch ?? ((...a: Parameters<typeof fetch>) => fetch(...a));
  const clock = options.clock ?? realClock;
  const now = () => clock.now();
  const sleep = (ms: number) => new Promise<void>((r) => clock.setTimer(r, ms));
  const perHostCap = options.perHost ?? 4;
  const overallCap = options.overall ?? 16;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const slowMs = options.slowMs ?? 5_000;
  const headBytes = options.headBytes ?? 16 * 1024;
  const maxBackoff = options.maxBackoffMs ?? 60_000;

  const cache = new Map<string, LinkVerdict>();
  const inFlight = new Map<string, Promise<LinkVerdict>>();
  const activeByHost = new Map<string, number>();
  const notBefore = new Map<string, number>();
  // One FIFO queue per host, so a completion looks at hosts, not at every queued request.
  const queues = new Map<string, Array<() => void>>();
  let queued = 0;
  let active = 0,
    requests = 0,
    maxPerHost = 0,
    maxOverall = 0;
  let wakeScheduled = false;

  function pump() {
    let earliest = Infinity;
    for (const [host, q] of queues) {
      if (active >= overallCap) break;
      const wait = (notBefore.get(host) ?? 0) - now();
      if (wait > 0) {
        earliest = Math.min(earliest, wait);
        continue;
      }
      let hostActive = activeByHost.get(host) ?? 0;
      while (q.length && hostActive < perHostCap && active < overallCap) {
        const start = q.shift()!;
        queued--;
        active++;
        hostActive++;
        activeByHost.set(host, hostActive);
        maxPerHost = Math.max(maxPerHost, hostActive);
        maxOverall = Math.max(maxOverall, active);
        start();
      }
      if (!q.length) queues.delete(host);
    }
    if (earliest < Infinity && !wakeScheduled) {
      wakeScheduled = true;
      sleep(earliest).then(() => {
        wakeScheduled = false;
        pump();
      });
    }
  }

  /** One request under the politeness caps. */
  function slot<T>(host: string, fn: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const q = queues.get(host) ?? [];
      queues.set(host, q);
      queued++;
      q.push(() => {
        requests++;
        fn()
          .then(resolve, reject)
          .finally(() => {
            active--;
            activeByHost.set(host, (activeByHost.get(host) ?? 1) - 1);
            pump();
          });
      });
      pump();
    });
  }

  async function request(url: string, method: 'HEAD' | 'GET', host: string) {
    return slot(host, async () => {
      const controller = new AbortController();
      const started = now();
      let timedOut = false;
      const cancelTimer = clock.setTimer(() => {
        timedOut = true;
        controller.abort();
      }, timeoutMs);
      try {
        const res = await Promise.race([
          doFetch(url, {
            method,
            redirect: 'follow',
            credentials: 'omit',
            cache: 'no-store',
            signal: controller.signal,
            referrerPolicy: 'no-referrer',
          }),
          new Promise<never>((_, reject) =>
            controller.signal.addEventListener('abort', () => reject(new TimeoutError('timeout'))),
          ),
        ]);
        if (res.status === 429 || res.status === 503) {
          // Set before the slot is released, so no queued request to this host slips through.
          notBefore.set(host, now() + Math.min(retryAfterMs(res, now()) ?? 2000, maxBackoff));
        }
        const head = method === 'GET' && res.ok ? await readHeadOrTimeout(res, controller) : '';
        // An unread body holds its connection. A small one is drained, without holding the slot,
        // so the keep-alive connection is reused; cancelling would cost a new handshake per link.
        if (!head && res.body) {
          const size = Number(res.headers.get('content-length') ?? NaN);
          if (size <= 64 * 1024) void res.arrayBuffer().catch(() => {});
          else res.body.cancel().catch(() => {});
        }
        return { res, head, elapsed: now() - started };
      } catch (e) {
        if (timedOut || e instanceof TimeoutError) throw new TimeoutError('timeout');
        throw e;
      } finally {
        cancelTimer();
      }
    });
  }

  async function readHeadOrTimeout(res: Response, controller: AbortController): Promise<string> {
    const type = res.headers.get('content-type') ?? '';
    if (!/html|xml|text\/plain/i.test(type) && type) return '';
    return Promise.race([
      readHead(res, headBytes),
      new Promise<string>((resolve) => controller.signal.addEventListener('abort', () => resolve(''))),
    ]);
  }

  async function verdictFor(url: string): Promise<LinkVerdict> {
    const host = new URL(url).host;
    const isAttachment = ATTACHMENT_RE.test(url);
    const isImage = IMAGE_RE.test(url);
    // Attachments and images are judged from headers; pages need their title for the soft-404 check.
    let method: 'HEAD' | 'GET' = isAttachment || isImage ? 'HEAD' : 'GET';
    let retried5xx = false,
      backedOff = false;
    for (let attempt = 0; attempt < 5; attempt++) {
      let r: Awaited<ReturnType<typeof request>>;
      try {
        r = await request(url, method, host);
      } catch (e) {
        if (e instanceof TimeoutError) return { url, verdict: 'dead', reason: '超时' };
        const why = (await options.explainError?.(url, e)) ?? explainNodeError(e);
        return { url, verdict: 'dead', reason: why };
      }
      const { res, head, elapsed } = r;
      const status = res.status;
      const finalUrl = res.url || url;
      const base = { url, status, finalUrl };
      if (method === 'HEAD' && (status === 405 || status === 501 || status === 400 || status === 403)) {
        method = 'GET'; // HEAD refused or unreliable: ask again with GET
        continue;
      }
      if (status === 429 || status === 503) {
        if (!backedOff) {
          backedOff = true;
          continue;
        }
        if (status === 429) return { ...base, verdict: 'warn', reason: '429' };
      }
      if (status === 401 || status === 403 || status === 999)
        return { ...base, verdict: 'warn', reason: String(status) };
      if (status >= 500) {
        if (!retried5xx) {
          retried5xx = true;
          await sleep(1000);
          continue;
        }
        return { ...base, verdict: 'dead', reason: String(status) };
      }
      if (status >= 400) return { ...base, verdict: 'dead', reason: String(status) };
      if (res.redirected && LOGIN_URL.test(new URL(finalUrl).pathname + new URL(finalUrl).search)) {
        return { ...base, verdict: 'warn', reason: '跳转登录页' };
      }
      const type = res.headers.get('content-type') ?? '';
      if (isAttachment || isImage) {
        if (/text\/html/i.test(type)) {
          if (method === 'HEAD') {
            method = 'GET'; // confirm: some servers answer HEAD with a generic type
            continue;
          }
          return { ...base, verdict: 'dead', reason: isImage ? '图片返回网页' : '附件返回网页' };
        }
        if (res.headers.get('content-length') === '0')
          return { ...base, verdict: 'dead', reason: isImage ? '图片为空' : '附件为空' };
      } else if (head) {
        const th = titleAndHeading(head);
        if (SOFT_404.test(th)) return { ...base, verdict: 'dead', reason: '软404' };
        if (BOT_WALL.test(th)) return { ...base, verdict: 'warn', reason: '防火墙拦截' };
      }
      if (elapsed > slowMs) return { ...base, verdict: 'warn', reason: '响应慢' };
      return { ...base, verdict: 'ok', reason: String(status) };
    }
    return { url, verdict: 'warn', reason: '多次重试' };
  }

  return {
    check(raw: string): Promise<LinkVerdict> {
      if (isSkippable(raw)) return Promise.resolve({ url: raw, verdict: 'skipped', reason: '非网页链接' });
      const key = linkKey(raw);
      if (!key) return Promise.resolve({ url: raw, verdict: 'skipped', reason: '非http链接' });
      const hit = cache.get(key) ?? undefined;
      if (hit) return Promise.resolve(hit);
      const pending = inFlight.get(key);
      if (pending) return pending;
      const p = verdictFor(key).then((v) => {
        cache.set(key, v);
        inFlight.delete(key);
        return v;
      });
      inFlight.set(key, p);
      return p;
    },
    cached: (raw) => {
      const key = linkKey(raw);
      return key ? cache.get(key) : undefined;
    },
    stats: () => ({ requests, maxPerHost, maxOverall, queued, active }),
    clear: () => cache.clear(),
  };
}

function explainNodeError(e: unknown): string {
  const code = (e as { cause?: { code?: string } })?.cause?.code ?? (e as { code?: string })?.code ?? '';
  const msg = String((e as Error)?.message ?? e);
  if (/ENOTFOUND|EAI_AGAIN|NAME_NOT_RESOLVED/i.test(code + msg)) return '无法解析域名';
  if (/ECONNREFUSED|CONNECTION_REFUSED/i.test(code + msg)) return '拒绝连接';
  if (/ECONNRESET|CONNECTION_RESET/i.test(code + msg)) return '连接被重置';
  if (/CERT|SSL|TLS/i.test(code + msg)) return '证书错误';
  return '无法访问';
}
