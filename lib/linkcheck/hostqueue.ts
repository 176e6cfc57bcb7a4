// Per-host queues under two caps (per host, overall), with back-off after 429/503 — the politeness
// of domain.md §5. The clock is injected so tests run without real time.

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

export interface QueueStats {
  requests: number;
  maxPerHost: number;
  maxOverall: number;
  queued: number;
  active: number;
}

export interface HostQueue {
  /** Runs fn when the host and overall caps allow, and not before the host's back-off ends. */
  slot<T>(host: string, fn: () => Promise<T>): Promise<T>;
  /** No new request to `host` starts before `until` (ms on the clock). */
  backOff(host: string, until: number): void;
  stats(): QueueStats;
}

/**
 * `minIntervalMs` spaces the starts of requests to one host, so a page of 3,000 links to one site
 * cannot make the browser send more than 1000 / minIntervalMs requests a second there.
 */
export function createHostQueue(
  perHostCap: number,
  overallCap: number,
  clock: Clock,
  minIntervalMs = 0,
): HostQueue {
  const activeByHost = new Map<string, number>();
  const notBefore = new Map<string, number>();
  // One FIFO queue per host, so a completion looks at hosts, not at every queued request.
  const queues = new Map<string, Array<() => void>>();
  let queued = 0;
  let active = 0;
  let requests = 0;
  let maxPerHost = 0;
  let maxOverall = 0;
  let wakeAt = Infinity;
  let cancelWake: () => void = () => {};

  function pump() {
    let earliest = Infinity;
    for (const [host, q] of queues) {
      if (active >= overallCap) break;
      const wait = (notBefore.get(host) ?? 0) - clock.now();
      if (wait > 0) {
        earliest = Math.min(earliest, wait);
        continue;
      }
      let hostActive = activeByHost.get(host) ?? 0;
      while (q.length && hostActive < perHostCap && active < overallCap) {
        if (minIntervalMs > 0) {
          // One start per interval: the next waits for the host's next free moment.
          const now = clock.now();
          const free = notBefore.get(host) ?? 0;
          if (free > now) {
            earliest = Math.min(earliest, free - now);
            break;
          }
          notBefore.set(host, now + minIntervalMs);
        }
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
    // One timer, always for the soonest moment a host frees up: a long back-off on one host must
    // not delay the next paced start on another.
    if (earliest < Infinity && clock.now() + earliest < wakeAt) {
      cancelWake();
      wakeAt = clock.now() + earliest;
      cancelWake = clock.setTimer(() => {
        wakeAt = Infinity;
        cancelWake = () => {};
        pump();
      }, earliest);
    }
  }

  return {
    slot<T>(host: string, fn: () => Promise<T>): Promise<T> {
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
    },
    backOff(host, until) {
      notBefore.set(host, Math.max(notBefore.get(host) ?? 0, until));
    },
    stats: () => ({ requests, maxPerHost, maxOverall, queued, active }),
  };
}
