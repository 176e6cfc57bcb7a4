// lib/storage: the IndexedDB store (store.ts), its schema and migrations (db.ts) and the chunks
// findings are kept in. May import lib/domain; nothing in lib/domain or lib/engine imports it.
export { Store, QuotaError, applyImport, snapshot, readFindings, openPatrolDB } from './store';
