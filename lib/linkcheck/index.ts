// lib/linkcheck: the polite link checker (domain.md §5), split as a checker is read: named
// defaults, a per-host queue, one request, and a pure classify() from answer facts to a verdict.
// May import lib/engine's link helpers and types; never storage, exchange or extension APIs.
import { ATTACHMENT_RE, isSkippable, linkKey } from '../engine/links';
import type { LinkVerdict } from '../engine/types';
import { classify, explainNodeError, IMAGE_RE, refreshTarget, titleAndHeading } from './classify';
import { LINK_DEFAULTS } from './defaults';
import { createHostQueue, realClock, type Clock, type QueueStats } from './hostqueue';
import { retryAfterMs, sendProbe, sendRequest, TimeoutError, type Answer } from './request';
import { privateTarget } from './address';
import { NO_ACCESS_HOP_REASON, NO_ACCESS_REASON } from '../domain/access';

export { LINK_DEFAULTS, realClock, titleAndHeading, type Clock };

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
  /**
   * Request private and loopback addresses too: only for a page that is itself on such a network
   * (some 电子政务外网 sites are). Off by default.
   */
  allowPrivate?: boolean;
  /** Least ms between request starts to one host (0: no spacing). */
  minIntervalMs?: number;
  /** Requests to one host, and overall, in this checker's life; links beyond are skipped. */
  perHostTotal?: number;
  sessionTotal?: number;
  /**
   * Names a network failure (DNS, refused) where the platform can tell; `{ skipped }` when the
   * request failed because it was not allowed to go on (a redirect the browser stopped).
   */
  explainError?: (url: string, error: unknown) => Explained | undefined | Promise<Explained | undefined>;
  /**
   * Whether the inspector allows the checker to read this address's host. A link it says no to
   * gets only an opaque probe: dead when nothing answers, else skipped with NO_ACCESS_REASON, and
   * asked again next time (access may be granted meanwhile).
   */
  mayRequest?: (url: string) => boolean | Promise<boolean>;
}

export type Explained = string | { skipped: string; finalUrl?: string };

export interface CheckContext {
  /** The page the link is on: a page that is itself on a private network may check its own. */
  pageUrl?: string;
}

export interface LinkChecker {
  check(url: string, context?: CheckContext): Promise<LinkVerdict>;
  /** Verdicts already known for this session, without a request. */
  cached(url: string): LinkVerdict | undefined;
  stats(): QueueStats;
  clear(): void;
}

export function createLinkChecker(options: LinkCheckerOptions = {}): LinkChecker {
  const doFetch = options.fetch ?? ((...a: Parameters<typeof fetch>) => fetch(...a));
  const clock = options.clock ?? realClock;
  const sleep = (ms: number) => new Promise<void>((r) => clock.setTimer(r, ms));
  const slowMs = options.slowMs ?? LINK_DEFAULTS.slowMs;
  const maxBackoff = options.maxBackoffMs ?? LINK_DEFAULTS.maxBackoffMs;
  const limits = {
    timeoutMs: options.timeoutMs ?? LINK_DEFAULTS.timeoutMs,
    headBytes: options.headBytes ?? LINK_DEFAULTS.headBytes,
    drainBytes: LINK_DEFAULTS.drainBytes,
    drainMs: LINK_DEFAULTS.drainMs,
  };
  const queue = createHostQueue(
    options.perHost ?? LINK_DEFAULTS.perHost,
    options.overall ?? LINK_DEFAULTS.overall,
    clock,
    options.minIntervalMs ?? LINK_DEFAULTS.minIntervalMs,
  );
  const perHostTotal = options.perHostTotal ?? LINK_DEFAULTS.perHostTotal;
  const sessionTotal = options.sessionTotal ?? LINK_DEFAULTS.sessionTotal;
  const linksByHost = new Map<string, number>();
  let links = 0;
  const platform = { hidesRedirects: false };
  const cache = new Map<string, LinkVerdict>();
  const inFlight = new Map<string, Promise<LinkVerdict>>();

  const request = (
    url: string,
    method: 'HEAD' | 'GET',
    host: string,
    refuse: ((u: string) => string | undefined) | undefined,
  ): Promise<Answer> =>
    queue.slot(host, async () => {
      const answer = await sendRequest(doFetch, url, method, clock, limits, refuse, platform);
      const { res } = answer;
      if (res.status === 429 || res.status === 503) {
        // Set before the slot is released, so no queued request to this host slips through.
        const wait = retryAfterMs(res, clock.now()) ?? LINK_DEFAULTS.defaultBackoffMs;
        queue.backOff(host, clock.now() + Math.min(wait, maxBackoff));
      }
      return answer;
    });

  async function verdictFor(url: string, refuse?: (u: string) => string | undefined): Promise<LinkVerdict> {
    const host = new URL(url).host;
    const kind = ATTACHMENT_RE.test(url) ? 'attachment' : IMAGE_RE.test(url) ? 'image' : 'page';
    // Attachments and images are judged from headers; pages need their title for the soft-404 check.
    let method: 'HEAD' | 'GET' = kind === 'page' ? 'GET' : 'HEAD';
    let retried5xx = false;
    let backedOff = false;
    for (let attempt = 0; attempt < 5; attempt++) {
      let answer: Answer;
      try {
        answer = await request(url, method, host, refuse);
      } catch (e) {
        return failed(url, e);
      }
      const { res, head, elapsed } = answer;
      // A redirect hop into the office network is not requested, and the link is not judged.
      const hop = answer.blockedHop ?? (refuse && res.redirected && refuse(res.url) ? res.url : undefined);
      if (hop)
        return { url, verdict: 'skipped', reason: `跳转到${privateTarget(hop)}，未检查`, finalUrl: hop };
      const step = classify(
        {
          url,
          method,
          status: res.status,
          finalUrl: res.url || url,
          redirected: res.redirected,
          contentType: res.headers.get('content-type') ?? '',
          contentLength: res.headers.get('content-length'),
          titleText: head ? titleAndHeading(head) : '',
          refreshTo: head ? refreshTarget(head) : undefined,
          elapsedMs: elapsed,
          kind,
          backedOff,
          retried5xx,
        },
        slowMs,
      );
      if ('verdict' in step) return step.verdict;
      if (step.retry === 'get') method = 'GET';
      else if (step.retry === 'backoff') backedOff = true;
      else {
        retried5xx = true;
        await sleep(LINK_DEFAULTS.retry5xxMs);
      }
    }
    return { url, verdict: 'warn', reason: '多次重试' };
  }

  return {
    check(raw: string, context?: CheckContext): Promise<LinkVerdict> {
      if (isSkippable(raw)) return Promise.resolve({ url: raw, verdict: 'skipped', reason: '非网页链接' });
      const key = linkKey(raw);
      if (!key) return Promise.resolve({ url: raw, verdict: 'skipped', reason: '非http链接' });
      // RFC 6761: a .invalid name never resolves, so it is not looked up (and needs no host access).
      if (/\.invalid\.?$/i.test(new URL(key).hostname))
        return Promise.resolve({ url: key, verdict: 'dead', reason: '无法解析域名' });
      // A public page never makes the inspector's browser probe the office network.
      const allowed = options.allowPrivate || !!(context?.pageUrl && privateTarget(context.pageUrl));
      const inside = allowed ? undefined : privateTarget(key);
      if (inside) return Promise.resolve({ url: key, verdict: 'skipped', reason: `${inside}，未检查` });
      const hit = cache.get(key);
      if (hit) return Promise.resolve(hit);
      const pending = inFlight.get(key);
      if (pending) return pending;
      if (options.mayRequest) return allowedThen(key, inside === undefined && !allowed);
      return start(key, inside === undefined && !allowed);
    },
    cached: (raw) => {
      const key = linkKey(raw);
      return key ? cache.get(key) : undefined;
    },
    stats: () => queue.stats(),
    clear: () => cache.clear(),
  };

  async function allowedThen(key: string, guardHops: boolean): Promise<LinkVerdict> {
    const full = await options.mayRequest!(key);
    return inFlight.get(key) ?? cache.get(key) ?? start(key, guardHops, !full);
  }

  /** Only whether anything answers, for a host the checker may not read. */
  async function probeFor(url: string): Promise<LinkVerdict> {
    try {
      await queue.slot(new URL(url).host, () => sendProbe(doFetch, url, clock, limits.timeoutMs));
      return { url, verdict: 'skipped', reason: NO_ACCESS_REASON };
    } catch (e) {
      return failed(url, e);
    }
  }

  /** A request that failed: dead for its reason, or skipped when it was not allowed to go on. */
  async function failed(url: string, e: unknown): Promise<LinkVerdict> {
    if (e instanceof TimeoutError) return { url, verdict: 'dead', reason: '超时' };
    const why = (await options.explainError?.(url, e)) ?? explainNodeError(e);
    if (typeof why === 'object')
      return { url, verdict: 'skipped', reason: why.skipped, finalUrl: why.finalUrl };
    return { url, verdict: 'dead', reason: why };
  }

  function start(key: string, guardHops: boolean, probeOnly = false): Promise<LinkVerdict> {
    // Totals held here, whatever a content script sends: one page cannot flood one site.
    const host = new URL(key).host;
    const used = linksByHost.get(host) ?? 0;
    if (used >= perHostTotal || links >= sessionTotal)
      return Promise.resolve({ url: key, verdict: 'skipped', reason: '检查次数已达上限，未检查' });
    linksByHost.set(host, used + 1);
    links++;
    const work = probeOnly ? probeFor(key) : verdictFor(key, guardHops ? privateTarget : undefined);
    const p = work.then((v) => {
      // A host the inspector has not allowed yet may be allowed in a minute: not kept.
      if (v.reason !== NO_ACCESS_HOP_REASON && v.reason !== NO_ACCESS_REASON) cache.set(key, v);
      inFlight.delete(key);
      return v;
    });
    inFlight.set(key, p);
    return p;
  }
}
