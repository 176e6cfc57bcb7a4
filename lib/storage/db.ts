// The database's shape and its migrations: one step per version, never edited once shipped.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { mergeIntoChunks, type ChunkKey, type FindingChunk } from './chunks';
import type { Finding, Round, Unit } from '../domain/model';

export const DB_NAME = 'site-patrol';
export const DB_VERSION = 2;

export interface Screenshot {
  id: string;
  findingId: string;
  dataUrl: string;
  createdAt: string;
}
export interface Setting {
  key: string;
  value: unknown;
}

export interface PatrolDB extends DBSchema {
  rounds: { key: string; value: Round };
  units: { key: string; value: Unit };
  /** Findings, chunked by [hash bucket of id, round] (lib/chunks.ts). */
  chunks: { key: ChunkKey; value: FindingChunk; indexes: { byRound: string } };
  screenshots: { key: string; value: Screenshot; indexes: { byFinding: string } };
  settings: { key: string; value: Setting };
}

// Steps see the database as it was at their version, not as PatrolDB describes it today.
type AnyDB = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

/** MIGRATIONS[n] brings a database from version n to n + 1. Never edit a shipped step: add one. */
export const MIGRATIONS: Array<(db: AnyDB, tx: UpgradeTx) => void | Promise<void>> = [
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
  // v2: one record per finding becomes chunks of findings (imports of 100,000 in seconds).
  async (db, tx) => {
    const chunks = db.createObjectStore('chunks', { keyPath: ['bucket', 'roundId'] });
    chunks.createIndex('byRound', 'roundId');
    const old = (await tx.objectStore('findings').getAll()) as Array<Finding & { dedupe?: string }>;
    const plain = old.map(({ dedupe: _d, ...f }) => f as Finding);
    for (const c of mergeIntoChunks([], plain)) await chunks.put(c);
    db.deleteObjectStore('findings');
  },
];

export async function openPatrolDB(name = DB_NAME, version = DB_VERSION): Promise<IDBPDatabase<PatrolDB>> {
  return openDB<PatrolDB>(name, version, {
    async upgrade(db, oldVersion, newVersion, tx) {
      // Steps run in order inside the one versionchange transaction; a failing step aborts it,
      // so the database stays at its old version with its data.
      try {
        for (let v = oldVersion; v < (newVersion ?? version); v++)
          await MIGRATIONS[v](db as unknown as AnyDB, tx as unknown as UpgradeTx);
      } catch (e) {
        tx.abort();
        throw e;
      }
    },
  });
}
