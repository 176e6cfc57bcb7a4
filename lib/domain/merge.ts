// What an import plans to write: the store applies it, the importer computes it, the side panel
// shows its summary. Plain types, so storage needs nothing from exchange.
import type { Finding, Round, Unit } from './model';

export interface StoreSnapshot {
  rounds: Round[];
  units: Unit[];
  findings: Finding[];
}

export interface MergeSummary {
  files: number;
  incoming: number;
  added: number;
  updated: number;
  /** Records already present (same id, or the same problem recorded twice). */
  duplicates: number;
  /** Duplicates whose stored copy was edited more recently and therefore kept. */
  conflicts: number;
  unitsAdded: number;
  roundsAdded: number;
}

export interface MergePlan {
  /** The rounds the files' findings go to, in the store's ids. */
  targets: string[];
  rounds: Round[];
  units: Unit[];
  findings: Finding[];
  summary: MergeSummary;
}
