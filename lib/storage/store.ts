// The findings store: IndexedDB through idb, a versioned schema with one migration per version.
// Only the background opens it for writing; tests run it on fake-indexeddb.
import { unwrap, type IDBPDatabase } from 'idb';
import {
  DB_NAME,
  DB_VERSION,
  MIGRATIONS,
  openPatrolDB,
  type PatrolDB,
  type Screenshot,
  type Setting,
} from './db';
import { bucketOf, flatten, mergeIntoChunks, type FindingChunk } from './chunks';
import { formatDate } from '../engine/dates';
import type { MergePlan, StoreSnapshot } from '../domain/merge';
import {
  dedupeKey,
  defaultRoundName,
  newId,
  type Finding,
  type FindingInput,
  type Round,
  type Unit,
} from '../domain/model';

export { DB_NAME, DB_VERSION, MIGRATIONS, openPatrolDB, type PatrolDB, type Screenshot, type Setting };

/** Every chunk of a bucket, whatever its round: IDB orders [b] < [b, any string] < [b, []]. */
const bucketRange = (bucket: number) => IDBKeyRange.bound([bucket], [bucket, []]);

interface ChunkReader {
  objectStore(name: 'chunks'): { getAll(range: IDBKeyRange): Promise<FindingChunk[]> };
}

/** The chunks of `id`'s bucket (one per round), read inside `tx`. */
function bucketChunks(tx: ChunkReader, id: string): Promise<FindingChunk[]> {
  return tx.objectStore('chunks').getAll(bucketRange(bucketOf(id)));
}

/** The chunk among `chunks` holding finding `id`, and the finding. */
function findIn(chunks: FindingChunk[], id: string): { chunk: FindingChunk; finding: Finding } | undefined {
  for (const chunk of chunks) {
    const finding = chunk.items.find((f) => f.id === id);
    if (finding) return { chunk, finding };
  }
  return undefined;
}

/** The chunk holding finding `id`, and the finding, read inside `tx`. */
async function locate(
  tx: ChunkReader,
  id: string,
): Promise<{ chunk: FindingChunk; finding: Finding } | undefined> {
  return findIn(await bucketChunks(tx, id), id);
}

/** Writes changed chunks; an emptied chunk is deleted. Requests are issued, not awaited one by one. */
function writeChunks(store: IDBObjectStore, chunks: FindingChunk[]) {
  for (const c of chunks) {
    if (c.items.length) store.put(c);
    else store.delete([c.bucket, c.roundId]);
  }
}

export class QuotaError extends Error {
  constructor(cause: unknown) {
    super(
      '存储空间已满，记录未保存。请清理浏览器存储或导出后删除旧轮次。Storage is full; nothing was saved.',
    );
    this.name = 'QuotaError';
    this.cause = cause;
  }
}

function now(): string {
  return new Date().toISOString();
}

async function guard<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (e) {
    const name = (e as { name?: string })?.name;
    if (name === 'QuotaExceededError') throw new QuotaError(e);
    throw e;
  }
}

export class Store {
  /**
   * Bumped by every write that commits, so a merge planned at an import's preview is reused at
   * its confirmation only when nothing was written in between.
   */
  generation = 0;

  constructor(readonly db: IDBPDatabase<PatrolDB>) {}

  private async guard<T>(work: Promise<T>): Promise<T> {
    const result = await guard(work);
    this.generation++;
    return result;
  }

  static async open(name?: string): Promise<Store> {
    return new Store(await openPatrolDB(name));
  }

  async setting<T>(key: string, fallback: T): Promise<T> {
    const s = await this.db.get('settings', key);
    return s === undefined ? fallback : (s.value as T);
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    await this.guard(this.db.put('settings', { key, value }));
  }

  /** The round being inspected; one is created for today's quarter on first use. */
  async currentRound(today = new Date()): Promise<Round> {
    const id = await this.setting<string | null>('currentRoundId', null);
    const found = id ? await this.db.get('rounds', id) : undefined;
    if (found) return found;
    const rounds = await this.db.getAll('rounds');
    if (rounds.length) {
      const latest = rounds.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
      await this.setSetting('currentRoundId', latest.id);
      return latest;
    }
    return this.saveRound(
      { name: defaultRoundName(today), asOf: formatDate(today), notes: '', unitIds: [] },
      true,
    );
  }

  async saveRound(
    input: Omit<Round, 'id' | 'createdAt' | 'updatedAt'> & { id?: string },
    select = false,
  ): Promise<Round> {
    const old = input.id ? await this.db.get('rounds', input.id) : undefined;
    const round: Round = {
      ...input,
      id: input.id ?? newId('round'),
      createdAt: old?.createdAt ?? now(),
      updatedAt: now(),
    };
    await this.guard(this.db.put('rounds', round));
    if (select) await this.setSetting('currentRoundId', round.id);
    return round;
  }

  rounds(): Promise<Round[]> {
    return this.db.getAll('rounds');
  }

  units(): Promise<Unit[]> {
    return this.db.getAll('units');
  }

  /** Saves a unit and adds it to the current round's order. */
  async saveUnit(input: Omit<Unit, 'id' | 'createdAt' | 'updatedAt'> & { id?: string }): Promise<Unit> {
    const tx = this.db.transaction(['units', 'rounds', 'settings'], 'readwrite');
    const old = input.id ? await tx.objectStore('units').get(input.id) : undefined;
    const unit: Unit = {
      ...input,
      id: input.id ?? newId('unit'),
      createdAt: old?.createdAt ?? now(),
      updatedAt: now(),
    };
    await tx.objectStore('units').put(unit);
    const roundId = (await tx.objectStore('settings').get('currentRoundId'))?.value as string | undefined;
    const round = roundId ? await tx.objectStore('rounds').get(roundId) : undefined;
    if (round && !round.unitIds.includes(unit.id)) {
      await tx
        .objectStore('rounds')
        .put({ ...round, unitIds: [...round.unitIds, unit.id], updatedAt: now() });
    }
    await this.guard(tx.done);
    return unit;
  }

  /** Imports a unit list in one transaction: a unit of the same name is updated, not doubled. */
  async saveUnits(
    drafts: Array<Omit<Unit, 'id' | 'createdAt' | 'updatedAt'>>,
  ): Promise<{ added: number; updated: number }> {
    const tx = this.db.transaction(['units', 'rounds', 'settings'], 'readwrite');
    const units = tx.objectStore('units');
    const byName = new Map((await units.getAll()).map((u) => [u.name, u]));
    const roundId = (await tx.objectStore('settings').get('currentRoundId'))?.value as string | undefined;
    const round = roundId ? await tx.objectStore('rounds').get(roundId) : undefined;
    const order = [...(round?.unitIds ?? [])];
    let added = 0,
      updated = 0;
    const stamp = now();
    for (const d of drafts) {
      const old = byName.get(d.name);
      const unit: Unit = old
        ? {
            ...old,
            siteName: d.siteName || old.siteName,
            siteIdCode: d.siteIdCode || old.siteIdCode,
            prefixes: [...new Set([...old.prefixes, ...d.prefixes])],
            updatedAt: stamp,
          }
        : { ...d, id: newId('unit'), createdAt: stamp, updatedAt: stamp };
      if (old) updated++;
      else added++;
      byName.set(unit.name, unit);
      await units.put(unit);
      if (!order.includes(unit.id)) order.push(unit.id);
    }
    if (round) await tx.objectStore('rounds').put({ ...round, unitIds: order, updatedAt: stamp });
    await this.guard(tx.done);
    return { added, updated };
  }

  async deleteUnit(id: string): Promise<void> {
    const tx = this.db.transaction(['units', 'rounds'], 'readwrite');
    await tx.objectStore('units').delete(id);
    for (const r of await tx.objectStore('rounds').getAll()) {
      if (r.unitIds.includes(id))
        await tx.objectStore('rounds').put({ ...r, unitIds: r.unitIds.filter((u) => u !== id) });
    }
    await this.guard(tx.done);
  }

  findings(roundId: string): Promise<Finding[]> {
    return readFindings(this.db, roundId);
  }

  async finding(id: string): Promise<Finding | undefined> {
    const tx = this.db.transaction('chunks');
    const found = await locate(tx, id);
    await tx.done;
    return found?.finding;
  }

  /** Records a finding; the same unit + rule + target + page in a round updates the existing one. */
  async saveFinding(input: FindingInput): Promise<{ finding: Finding; updated: boolean }> {
    const dedupe = dedupeKey(input);
    const tx = this.db.transaction('chunks', 'readwrite');
    const chunks = tx.objectStore('chunks');
    const ownBucket = input.id ? await bucketChunks(tx, input.id) : undefined;
    const byId = ownBucket && findIn(ownBucket, input.id!)?.finding;
    const existing =
      byId ??
      flatten(await chunks.index('byRound').getAll(input.roundId)).find((f) => dedupeKey(f) === dedupe);
    const stamp = now();
    const finding: Finding = {
      ...input,
      screenshotId: input.screenshotId ?? existing?.screenshotId ?? '',
      id: existing?.id ?? input.id ?? newId('f'),
      createdAt: existing?.createdAt ?? stamp,
      updatedAt: stamp,
    };
    // The bucket already read for the id is the one the finding is written to, unless the dedupe
    // match gave it another id.
    const neighbours = ownBucket && finding.id === input.id ? ownBucket : await bucketChunks(tx, finding.id);
    writeChunks(unwrap(chunks) as IDBObjectStore, mergeIntoChunks(neighbours, [finding]));
    await this.guard(tx.done);
    return { finding, updated: !!existing };
  }

  async deleteFinding(id: string): Promise<Finding | undefined> {
    const tx = this.db.transaction('chunks', 'readwrite');
    const found = await locate(tx, id);
    if (found)
      writeChunks(unwrap(tx.objectStore('chunks')) as IDBObjectStore, [
        { ...found.chunk, items: found.chunk.items.filter((f) => f.id !== id) },
      ]);
    await this.guard(tx.done);
    return found?.finding;
  }

  async saveScreenshot(findingId: string, dataUrl: string): Promise<Screenshot> {
    const shot: Screenshot = { id: newId('shot'), findingId, dataUrl, createdAt: now() };
    const tx = this.db.transaction(['chunks', 'screenshots'], 'readwrite');
    await tx.objectStore('screenshots').put(shot);
    const found = await locate(tx, findingId);
    if (found) {
      const items = found.chunk.items.map((f) => (f.id === findingId ? { ...f, screenshotId: shot.id } : f));
      await tx.objectStore('chunks').put({ ...found.chunk, items });
    }
    await this.guard(tx.done);
    return shot;
  }

  screenshot(id: string): Promise<Screenshot | undefined> {
    return this.db.get('screenshots', id);
  }
}

/** Everything an import is merged against. */
export async function snapshot(store: Store): Promise<StoreSnapshot> {
  const tx = store.db.transaction(['rounds', 'units', 'chunks']);
  const [rounds, units, chunks] = await Promise.all([
    tx.objectStore('rounds').getAll(),
    tx.objectStore('units').getAll(),
    tx.objectStore('chunks').getAll(),
  ]);
  await tx.done;
  return { rounds, units, findings: flatten(chunks) };
}

/** Writes a validated merge plan in one transaction: all of it, or (on any error) none of it. */
export async function applyImport(store: Store, plan: MergePlan): Promise<void> {
  const tx = store.db.transaction(['rounds', 'units', 'chunks'], 'readwrite');
  const raw = (name: 'rounds' | 'units' | 'chunks') => unwrap(tx.objectStore(name)) as IDBObjectStore;
  try {
    for (const r of plan.rounds) raw('rounds').put(r);
    for (const u of plan.units) raw('units').put(u);
    // Only the buckets the plan touches are read and rewritten, whole.
    const buckets = [...new Set(plan.findings.map((f) => bucketOf(f.id)))];
    const existing = (
      await Promise.all(buckets.map((b) => tx.objectStore('chunks').getAll(bucketRange(b))))
    ).flat();
    writeChunks(raw('chunks'), mergeIntoChunks(existing, plan.findings));
    await tx.done;
    store.generation++;
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // already finished
    }
    throw (e as { name?: string })?.name === 'QuotaExceededError' ? new QuotaError(e) : e;
  }
}

/**
 * Findings of a round read directly, for surfaces that only read (the background stays the only
 * writer). With `limit`, the first chunks by cursor until there are enough, so a huge round shows at once.
 */
export async function readFindings(
  db: IDBPDatabase<PatrolDB>,
  roundId: string,
  limit?: number,
): Promise<Finding[]> {
  if (limit === undefined) return flatten(await db.getAllFromIndex('chunks', 'byRound', roundId));
  const out: Finding[] = [];
  let cursor = await db.transaction('chunks').store.index('byRound').openCursor(roundId);
  while (cursor && out.length < limit) {
    out.push(...cursor.value.items);
    cursor = await cursor.continue();
  }
  return out.slice(0, limit);
}
