// The review tab's exports: JSON, the findings and circular CSVs, the Word 通报 and the Excel
// workbook. The office writers (docx, exceljs) load only when their button is pressed, so the
// panel's first chunk does not carry them.
import { useState } from 'preact/hooks';
import type { UnitResult } from '../../lib/domain/circular';
import type { CircularTemplates } from '../../lib/domain/templates';
import type { Finding, Round, Unit } from '../../lib/domain/model';
import { circularCsv, exportFileName, findingsCsv } from '../../lib/exchange/export';
import { t, translator, type Lang } from '../shared/i18n';
import type { SidePanelApi } from './api';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface ExportsProps {
  api: SidePanelApi;
  lang: Lang;
  round: Round;
  units: Unit[];
  findings: Finding[];
  results: UnitResult[];
  templates: Partial<CircularTemplates>;
  setError(message: string): void;
}

export function Exports(p: ExportsProps) {
  const { api, lang, round, units, findings, results, setError } = p;
  const L = translator(lang);
  const [warnings, setWarnings] = useState(false);
  const [busy, setBusy] = useState<'' | 'docx' | 'xlsx'>('');

  const exportJson = async () => {
    try {
      const env = await api.exportJson();
      // Large rounds export compactly: a 100,000-finding file stays a fraction of its indented size.
      api.download(
        exportFileName('巡检结果', env.round, 'json'),
        JSON.stringify(env, null, env.findings.length > 5000 ? 0 : 2),
        'application/json',
      );
    } catch (e) {
      setError((e as Error).message);
    }
  };

  // Timed with performance marks so the bench reads the panel's own figure.
  const office = async (kind: 'docx' | 'xlsx') => {
    setBusy(kind);
    const at = new Date();
    const mark = `site-patrol:${kind}`;
    performance.mark(`${mark}:start`);
    try {
      if (kind === 'docx') {
        const [{ circularDoc }, { circularDocx }] = await Promise.all([
          import('../../lib/domain/circular-text'),
          import('../../lib/exchange/circular-docx'),
        ]);
        const bytes = await circularDocx(circularDoc(round, results, p.templates, at, { warnings }), at);
        api.download(exportFileName('通报', round, 'docx', at), bytes, DOCX);
      } else {
        const { findingsWorkbook } = await import('../../lib/exchange/workbook');
        const bytes = await findingsWorkbook({ round, units, findings, results }, at, { warnings });
        api.download(exportFileName('巡检结果', round, 'xlsx', at), bytes, XLSX);
      }
      performance.measure(mark, `${mark}:start`);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy('');
    }
  };

  return (
    <>
      <div class="row">
        <button
          type="button"
          class="small"
          onClick={() => void exportJson()}
          data-testid="export-findings-json"
        >
          {t(lang, 'exportJson')}
        </button>
        <button
          type="button"
          class="small"
          onClick={() =>
            api.download(
              exportFileName('巡检结果', round, 'csv'),
              findingsCsv(round, units, findings),
              'text/csv;charset=utf-8',
            )
          }
          data-testid="export-findings-csv"
        >
          {t(lang, 'exportCsv')}
        </button>
        <button
          type="button"
          class="small"
          onClick={() =>
            api.download(
              exportFileName('通报表', round, 'csv'),
              circularCsv(results, { warnings }),
              'text/csv;charset=utf-8',
            )
          }
          data-testid="export-circular-csv"
        >
          {L('exportCircularCsv')}
        </button>
      </div>
      <div class="row">
        <button
          type="button"
          class="small"
          disabled={busy !== ''}
          aria-busy={busy === 'docx'}
          onClick={() => void office('docx')}
          data-testid="export-circular-docx"
        >
          {busy === 'docx' ? L('generating') : L('exportCircularDocx')}
        </button>
        <button
          type="button"
          class="small"
          disabled={busy !== ''}
          aria-busy={busy === 'xlsx'}
          onClick={() => void office('xlsx')}
          data-testid="export-findings-xlsx"
        >
          {busy === 'xlsx' ? L('generating') : L('exportWorkbook')}
        </button>
        <label class="inline">
          <input
            type="checkbox"
            checked={warnings}
            onChange={(e) => setWarnings((e.target as HTMLInputElement).checked)}
            data-testid="circular-include-warnings"
          />{' '}
          {L('circularWithWarnings')}
        </label>
      </div>
    </>
  );
}
