// Findings are stored in chunks, not one record each: IndexedDB pays ~0.1 ms of per-request
// overhead on every put, so 100,000 single puts take 10-13 s while 128 chunk puts of the same data
// take under a second (measured in the extension's worker, see docs/decisions.md). A finding's
// chunk is fixed by its id's hash and its round, so it is found without any index.
import type { Finding } from '../domain/model';

/** Buckets per round: a 100,000-finding round makes ~780-finding chunks, an edit rewrites one. */
export const BUCKETS = 128;

export interface FindingChunk {
  bucket: number;
  roundId: string;
  items: Finding[];
}
export type ChunkKey = [number, string];

/** FNV-1a over the id's UTF-16 units: stable across versions, so stored chunks stay findable. */
export function bucketOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % BUCKETS;
}

/**
 * Replaces or adds `incoming` findings in the chunks that hold their buckets. A finding whose id
 * already sits in another round's chunk moves. Returns the chunks to write (empty ones to delete).
 */
export function mergeIntoChunks(existing: FindingChunk[], incoming: Finding[]): FindingChunk[] {
  const ids = new Set(incoming.map((f) => f.id));
  const byKey = new Map<string, FindingChunk>();
  const changed = new Set<FindingChunk>();
  const keyOf = (bucket: number, roundId: string) => `${bucket}\u0000${roundId}`;
  for (const c of existing) {
    const kept = c.items.filter((f) => !ids.has(f.id));
    const chunk = { ...c, items: kept };
    if (kept.length !== c.items.length) changed.add(chunk);
    byKey.set(keyOf(c.bucket, c.roundId), chunk);
  }
  for (const f of incoming) {
    const bucket = bucketOf(f.id);
    const k = keyOf(bucket, f.roundId);
    let chunk = byKey.get(k);
    if (!chunk) byKey.set(k, (chunk = { bucket, roundId: f.roundId, items: [] }));
    chunk.items.push(f);
    changed.add(chunk);
  }
  return [...changed];
}

export function flatten(chunks: FindingChunk[]): Finding[] {
  const out: Finding[] = [];
  for (const c of chunks) for (const f of c.items) out.push(f);
  return out;
}
