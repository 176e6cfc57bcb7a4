// The session's verdicts, bounded: at most `max` links, oldest first out, and no verdict of an
// address too long to be a real link. What the background keeps across a worker restart.
import type { LinkVerdict } from '../engine/types';

export interface VerdictCache {
  get(key: string): LinkVerdict | undefined;
  /** False when the verdict is not kept (skipped links, overlong addresses). */
  set(key: string, v: LinkVerdict): boolean;
  /** Drops the oldest share (0–1) of the entries; for a store that ran out of room. */
  shrink(share: number): void;
  entries(): Array<[string, LinkVerdict]>;
  readonly size: number;
}

export function createVerdictCache(
  saved: Array<[string, LinkVerdict]> = [],
  max = 3_000,
  maxUrl = 2_048,
): VerdictCache {
  const map = new Map<string, LinkVerdict>();
  const keep = (key: string, v: LinkVerdict) => {
    if (v.verdict === 'skipped' || key.length > maxUrl || v.url.length > maxUrl) return false;
    if ((v.finalUrl?.length ?? 0) > maxUrl) return false;
    map.delete(key);
    map.set(key, { ...v, reason: v.reason.slice(0, 200) });
    while (map.size > max) map.delete(map.keys().next().value!);
    return true;
  };
  for (const [k, v] of Array.isArray(saved) ? saved : []) if (v && typeof v.url === 'string') keep(k, v);
  return {
    get: (key) => map.get(key),
    set: keep,
    shrink(share) {
      let n = Math.ceil(map.size * share);
      for (const k of map.keys()) {
        if (n-- <= 0) break;
        map.delete(k);
      }
    },
    entries: () => [...map],
    get size() {
      return map.size;
    },
  };
}
