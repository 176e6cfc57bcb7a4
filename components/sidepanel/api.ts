// What the side panel needs from the extension: the entrypoint implements it with messages to
// the background, component tests with plain functions.
import type { Finding, Rectification, Round, Unit } from '../../lib/domain/model';
import type { Verdict } from '../../lib/domain/circular';
import type { CircularTemplates } from '../../lib/domain/templates';
import type { Envelope } from '../../lib/exchange/export';
import type { ImportResult } from '../../lib/messages';
import type { Lang } from '../shared/i18n';
import type { RoundsUnitsApi } from './RoundsUnits';

export type { ImportResult };

export interface SidePanelApi extends RoundsUnitsApi {
  state(): Promise<{
    round: Round;
    rounds: Round[];
    units: Unit[];
    settings: { lang: Lang; trainee?: boolean } & Partial<CircularTemplates>;
  }>;
  findings(roundId: string, limit?: number): Promise<Finding[]>;
  previousFindings(): Promise<Finding[]>;
  remove(id: string): Promise<void>;
  restore(f: Finding): Promise<void>;
  save(f: Finding): Promise<void>;
  exportJson(): Promise<Envelope>;
  /** Text, or the bytes of an office file. */
  download(name: string, content: string | Uint8Array<ArrayBuffer>, type: string): void;
  reveal(f: Finding): void;
  screenshot(id: string): Promise<{ dataUrl: string } | undefined>;
  setVerdict(unitId: string, verdict: Verdict | ''): Promise<void>;
  setPrevious(roundId: string): Promise<void>;
  setRectification(id: string, status: Rectification): Promise<void>;
  importPreview(files: File[]): Promise<ImportResult>;
  importApply(token: string): Promise<ImportResult>;
}
