// One HEAD or GET without credentials, with a deadline, reading at most the first bytes of an
// HTML body (for the soft-404 check) and releasing the connection of a body it does not need.
import type { Clock } from './hostqueue';

export class TimeoutError extends Error {}

export interface RequestLimits {
  timeoutMs: number;
  headBytes: number;
  drainBytes: number;
  /** Longest a small unread body is drained after the verdict before its request is aborted. */
  drainMs: number;
}

export interface Answer {
  res: Response;
  /** The first hop into a private network, when a redirect pointed there (it was not requested). */
  blockedHop?: string;
  /** The first bytes of an HTML body, decoded; '' when not read. */
  head: string;
  elapsed: number;
}

export function retryAfterMs(res: Response, now: number): number | undefined {
  const h = res.headers.get('retry-after');
  if (!h) return undefined;
  if (/^\d+$/.test(h.trim())) return +h * 1000;
  const t = Date.parse(h);
  return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}

/** One request without cookies, cache or referrer, that rejects with TimeoutError when aborted. */
function politeFetch(doFetch: typeof fetch, url: string, init: RequestInit, signal: AbortSignal) {
  return Promise.race([
    doFetch(url, { ...init, credentials: 'omit', cache: 'no-store', signal, referrerPolicy: 'no-referrer' }),
    new Promise<never>((_, reject) =>
      signal.addEventListener('abort', () => reject(new TimeoutError('timeout'))),
    ),
  ]);
}

export async function sendRequest(
  doFetch: typeof fetch,
  url: string,
  method: 'HEAD' | 'GET',
  clock: Clock,
  limits: RequestLimits,
  /** Why a redirect hop must not be requested (a private address), if it must not. */
  refuse?: (url: string) => string | undefined,
  /** Shared by a checker's requests: set once the platform is seen to hide redirect targets. */
  platform: { hidesRedirects: boolean } = { hidesRedirects: false },
): Promise<Answer> {
  const controller = new AbortController();
  const started = clock.now();
  let timedOut = false;
  const cancelTimer = clock.setTimer(() => {
    timedOut = true;
    controller.abort();
  }, limits.timeoutMs);
  try {
    const once = (target: string, redirect: RequestRedirect) =>
      politeFetch(doFetch, target, { method, redirect }, controller.signal);
    // Redirects are followed here, hop by hop, so a hop into the office network is never requested.
    // Where the platform hides a redirect's target (an opaque redirect in a browser), the browser
    // follows it and only the final address is checked; after the first such answer every request
    // of the checker lets the browser follow, so no link is asked for twice.
    let res: Response;
    let target = url;
    let hops = 0;
    for (;;) {
      res = await once(target, refuse && !platform.hidesRedirects ? 'manual' : 'follow');
      if (res.type === 'opaqueredirect') {
        platform.hidesRedirects = true;
        res = await once(target, 'follow');
        break;
      }
      const location = res.status >= 300 && res.status < 400 ? res.headers.get('location') : null;
      if (!location || hops >= 5) break;
      const next = new URL(location, target).href;
      const why = refuse?.(next);
      res.body?.cancel().catch(() => {});
      if (why) return { res, blockedHop: next, head: '', elapsed: clock.now() - started };
      target = next;
      hops++;
    }
    if (hops && !res.redirected) Object.defineProperty(res, 'redirected', { value: true });
    const head = method === 'GET' && res.ok ? await readHeadOrAbort(res, controller, limits.headBytes) : '';
    // An unread body holds its connection. A small one is drained, without holding the slot,
    // so the keep-alive connection is reused; cancelling would cost a new handshake per link.
    if (!head && res.body) {
      const size = Number(res.headers.get('content-length') ?? NaN);
      if (size <= limits.drainBytes) {
        // With its own deadline: a body that trickles in a byte a second loses its socket.
        const stop = clock.setTimer(() => controller.abort(), limits.drainMs);
        void res
          .arrayBuffer()
          .catch(() => {})
          .finally(stop);
      } else res.body.cancel().catch(() => {});
    }
    return { res, head, elapsed: clock.now() - started };
  } catch (e) {
    if (timedOut || e instanceof TimeoutError) throw new TimeoutError('timeout');
    throw e;
  } finally {
    cancelTimer();
  }
}

async function readHeadOrAbort(res: Response, controller: AbortController, limit: number): Promise<string> {
  const type = res.headers.get('content-type') ?? '';
  if (!/html|xml|text\/plain/i.test(type) && type) return '';
  return Promise.race([
    readHead(res, limit),
    new Promise<string>((resolve) => controller.signal.addEventListener('abort', () => resolve(''))),
  ]);
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

/**
 * Whether a host the checker may not read answers at all: an opaque HEAD without credentials,
 * as any web page may send. It cannot tell a 404 from a 200, only that nothing answered.
 */
export async function sendProbe(doFetch: typeof fetch, url: string, clock: Clock, timeoutMs: number) {
  const controller = new AbortController();
  const cancelTimer = clock.setTimer(() => controller.abort(), timeoutMs);
  try {
    const res = await politeFetch(doFetch, url, { method: 'HEAD', mode: 'no-cors' }, controller.signal);
    res.body?.cancel().catch(() => {});
  } catch (e) {
    if (controller.signal.aborted || e instanceof TimeoutError) throw new TimeoutError('timeout');
    throw e;
  } finally {
    cancelTimer();
  }
}
