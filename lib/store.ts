// The findings store: IndexedDB through idb, a versioned schema with one migration per version.
// Only the background opens it for writing; tests run it on fake-indexeddb.
import { openDB, unwrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { formatDate } from './dates';
import type { MergePlan, StoreSnapshot } from './importer';
import { dedupeKey, defaultRoundName, newId, type Finding, type FindingInput, type Round, type Unit } from './model';

export const DB_NAME = 'site-patrol';
export const DB_VERSION = 1;

export interface Screenshot { id: string; findingId: string; dataUrl: string; createdAt: string }
export interface Setting { key: string; value: unknown }
export type StoredFinding = Finding & { dedupe: string };

export interface PatrolDB extends DBSchema {
  rounds: { key: string; value: Round };
  units: { key: string; value: Unit };
  findings: { key: string; value: StoredFinding; indexes: { byRound: string; byDedupe: string } };
  screenshots: { key: string; value: Screenshot; indexes: { byFinding: string } };
  settings: { key: string; value: Setting };
}

type UpgradeTx = IDBPTransaction<PatrolDB, StoreNames<PatrolDB>[], 'versionchange'>;

/** MIGRATIONS[n] brings a database from version n to n + 1. Never edit a shipped step: add one. */
export const MIGRATIONS: Array<(db: IDBPDatabase<PatrolDB>, tx: UpgradeTx) => void> = [
  (db) => {
    db.createObjectStore('rounds', { keyPath: 'id' });
    db.createObjectStore('units', { keyPath: 'id' });
    const findings = db.createObjectStore('findings', { keyPath: 'id' });
    findings.createIndex('byRound', 'roundId');
    findings.createIndex('byDedupe', 'dedupe');
    const shots = db.createObjectStore('screenshots', { keyPath: 'id' });
    shots.createIndex('byFinding', 'findingId');
    db.createObjectStore('settings', { keyPath: 'key' });
  },
];

export async function openPatrolDB(name = DB_NAME, version = DB_VERSION): Promise<IDBPDatabase<PatrolDB>> {
  return openDB<PatrolDB>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? version); v++) MIGRATIONS[v](db, tx);
    },
  });
}

export class QuotaError extends Error {
  constructor(cause: unknown) {
    super('存储空间已满，记录未保存。请清理浏览器存储或导出后删除旧轮次。Storage is full; nothing was saved.');
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
  constructor(readonly db: IDBPDatabase<PatrolDB>) {}

  static async open(name?: string): Promise<Store> {
    return new Store(await openPatrolDB(name));
  }

  async setting<T>(key: string, fallback: T): Promise<T> {
    const s = await this.db.get('settings', key);
    return s === undefined ? fallback : (s.value as T);
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    await guard(this.db.put('settings', { key, value }));
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
    return this.saveRound({ name: defaultRoundName(today), asOf: formatDate(today), notes: '', unitIds: [] }, true);
  }

  async saveRound(input: Omit<Round, 'id' | 'createdAt' | 'updatedAt'> & { id?: string }, select = false): Promise<Round> {
    const old = input.id ? await this.db.get('rounds', input.id) : undefined;
    const round: Round = { ...input, id: input.id ?? newId('round'), createdAt: old?.createdAt ?? now(), updatedAt: now() };
    await guard(this.db.put('rounds', round));
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
    const unit: Unit = { ...input, id: input.id ?? newId('unit'), createdAt: old?.createdAt ?? now(), updatedAt: now() };
    await tx.objectStore('units').put(unit);
    const roundId = (await tx.objectStore('settings').get('currentRoundId'))?.value as string | undefined;
    const round = roundId ? await tx.objectStore('rounds').get(roundId) : undefined;
    if (round && !round.unitIds.includes(unit.id)) {
      await tx.objectStore('rounds').put({ ...round, unitIds: [...round.unitIds, unit.id], updatedAt: now() });
    }
    await guard(tx.done);
    return unit;
  }

  /** Imports a unit list in one transaction: a unit of the same name is updated, not doubled. */
  async saveUnits(drafts: Array<Omit<Unit, 'id' | 'createdAt' | 'updatedAt'>>): Promise<{ added: number; updated: number }> {
    const tx = this.db.transaction(['units', 'rounds', 'settings'], 'readwrite');
    const units = tx.objectStore('units');
    const byName = new Map((await units.getAll()).map((u) => [u.name, u]));
    const roundId = (await tx.objectStore('settings').get('currentRoundId'))?.value as string | undefined;
    const round = roundId ? await tx.objectStore('rounds').get(roundId) : undefined;
    const order = [...(round?.unitIds ?? [])];
    let added = 0, updated = 0;
    const stamp = now();
    for (const d of drafts) {
      const old = byName.get(d.name);
      const unit: Unit = old
        ? { ...old, siteName: d.siteName || old.siteName, siteIdCode: d.siteIdCode || old.siteIdCode, prefixes: [...new Set([...old.prefixes, ...d.prefixes])], updatedAt: stamp }
        : { ...d, id: newId('unit'), createdAt: stamp, updatedAt: stamp };
      if (old) updated++;
      else added++;
      byName.set(unit.name, unit);
      await units.put(unit);
      if (!order.includes(unit.id)) order.push(unit.id);
    }
    if (round) await tx.objectStore('rounds').put({ ...round, unitIds: order, updatedAt: stamp });
    await guard(tx.done);
    return { added, updated };
  }

  async deleteUnit(id: string): Promise<void> {
    const tx = this.db.transaction(['units', 'rounds'], 'readwrite');
    await tx.objectStore('units').delete(id);
    for (const r of await tx.objectStore('rounds').getAll()) {
      if (r.unitIds.includes(id)) await tx.objectStore('rounds').put({ ...r, unitIds: r.unitIds.filter((u) => u !== id) });
    }
    await guard(tx.done);
  }

  findings(roundId: string): Promise<StoredFinding[]> {
    return this.db.getAllFromIndex('findings', 'byRound', roundId);
  }

  /** Records a finding; the same unit + rule + target + page in a round updates the existing one. */
  async saveFinding(input: FindingInput): Promise<{ finding: Finding; updated: boolean }> {
    const dedupe = dedupeKey(input);
    const tx = this.db.transaction('findings', 'readwrite');
    const byId = input.id ? await tx.store.get(input.id) : undefined;
    const existing = byId ?? (await tx.store.index('byDedupe').get(dedupe));
    const stamp = now();
    const finding: StoredFinding = {
      ...input,
      screenshotId: input.screenshotId ?? existing?.screenshotId ?? '',
      id: existing?.id ?? input.id ?? newId('f'),
      createdAt: existing?.createdAt ?? stamp,
      updatedAt: stamp,
      dedupe,
    };
    await tx.store.put(finding);
    await guard(tx.done);
    const { dedupe: _d, ...plain } = finding;
    return { finding: plain, updated: !!existing };
  }

  async deleteFinding(id: string): Promise<StoredFinding | undefined> {
    const tx = this.db.transaction('findings', 'readwrite');
    const old = await tx.store.get(id);
    await tx.store.delete(id);
    await guard(tx.done);
    return old;
  }

  async saveScreenshot(findingId: string, dataUrl: string): Promise<Screenshot> {
    const shot: Screenshot = { id: newId('shot'), findingId, dataUrl, createdAt: now() };
    const tx = this.db.transaction(['screenshots', 'findings'], 'readwrite');
    await tx.objectStore('screenshots').put(shot);
    const f = await tx.objectStore('findings').get(findingId);
    if (f) await tx.objectStore('findings').put({ ...f, screenshotId: shot.id });
    await guard(tx.done);
    return shot;
  }

  screenshot(id: string): Promise<Screenshot | undefined> {
    return this.db.get('screenshots', id);
  }
}

/** Everything an import is merged against. */
export async function snapshot(store: Store): Promise<StoreSnapshot> {
  const tx = store.db.transaction(['rounds', 'units', 'findings']);
  const [rounds, units, findings] = await Promise.all([tx.objectStore('rounds').getAll(), tx.objectStore('units').getAll(), tx.objectStore('findings').getAll()]);
  await tx.done;
  return { rounds, units, findings: findings.map(plainFinding) };
}

/** Writes a validated merge plan in one transaction: all of it, or (on any error) none of it. */
export async function applyImport(store: Store, plan: MergePlan): Promise<void> {
  const tx = store.db.transaction(['rounds', 'units', 'findings'], 'readwrite');
  // Raw requests: one promise per record would cost more than the writes themselves at 100,000.
  const raw = (name: 'rounds' | 'units' | 'findings') => unwrap(tx.objectStore(name)) as IDBObjectStore;
  const rounds = raw('rounds'), units = raw('units'), findings = raw('findings');
  try {
    for (const r of plan.rounds) rounds.put(r);
    for (const u of plan.units) units.put(u);
    for (const f of plan.findings) findings.put({ ...f, dedupe: dedupeKey(f) });
    await tx.done;
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
 * writer). With `limit`, the first records by cursor, so a huge round shows at once.
 */
export async function readFindings(db: IDBPDatabase<PatrolDB>, roundId: string, limit?: number): Promise<Finding[]> {
  if (limit === undefined) return (await db.getAllFromIndex('findings', 'byRound', roundId)).map(plainFinding);
  return (await db.getAllFromIndex('findings', 'byRound', roundId, limit)).map(plainFinding);
}

/** Strips store-only fields before a finding leaves the store. */
export function plainFinding(f: StoredFinding): Finding {
  const { dedupe: _d, ...plain } = f;
  return plain;
}
