// Importing inspectors' exports (validated, previewed, merged) and re-checking last round's
// problems for rectification.
import { isWebUrl } from '../../lib/domain/addresses';
import { useState } from 'preact/hooks';
import type { MergeSummary } from '../../lib/exchange/importer';
import type { Finding, Rectification, Round, Unit } from '../../lib/domain/model';
import { t, translator, type Lang } from '../shared/i18n';
import type { ImportResult, SidePanelApi } from './api';
import { afterPaint } from '../shared/paint';

interface Props {
  api: SidePanelApi;
  lang: Lang;
  round: Round;
  rounds: Round[];
  units: Unit[];
  previous: Finding[];
  onChange: () => void;
}

function describe(s: MergeSummary, lang: Lang): string {
  return t(lang, 'p0FilesP1RecordsP2', {
    p0: s.files,
    p1: s.incoming,
    p2: s.added,
    p3: s.updated,
    p4: s.duplicates,
    p5: s.conflicts,
    p6: s.unitsAdded,
    p7: s.roundsAdded,
  });
}

/**
 * Why a preview or an import did not finish. A background stopped mid-way (the browser restarts
 * idle service workers) is not a bad file: say so, and that nothing was changed.
 */
function failure(e: unknown): string {
  const m = (e as Error)?.message ?? String(e);
  return /Receiving end does not exist|message port closed|Extension context invalidated|Could not establish/i.test(
    m,
  )
    ? '扩展后台中途停止，没有导入任何内容，请重新选择文件 / the extension stopped mid-way; nothing was imported, choose the files again'
    : m;
}

export function ImportFollowUp({ api, lang, round, rounds, units, previous, onChange }: Props) {
  const L = translator(lang);
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [result, setResult] = useState<string>('');
  const [target, setTarget] = useState<{ id: string; name: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = async (list: FileList | null) => {
    setResult('');
    setPreview(null);
    if (!list?.length) return;
    setBusy(true);
    try {
      setPreview(await api.importPreview([...list]));
    } catch (e) {
      setPreview({ problems: [{ file: '', message: failure(e) }], summary: null });
    } finally {
      setBusy(false);
    }
  };

  const apply = async () => {
    setBusy(true);
    try {
      const r = await api.importApply(preview!.token!);
      setPreview(null);
      setTarget(r.target ?? null);
      setResult(
        r.summary
          ? `${L('imported')}${describe(r.summary, lang)}`
          : r.problems.map((p) => `${p.file}：${p.message}`).join('\n'),
      );
      // The result shows before the panel re-reads every finding.
      void afterPaint().then(onChange);
    } catch (e) {
      setResult(`${L('importFailedNothingWasChanged')}${failure(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const byUnit = new Map<string, Finding[]>();
  for (const f of previous) {
    const list = byUnit.get(f.unitId);
    if (list)
      list.push(f); // not a copy per finding: last round can hold 100,000
    else byUnit.set(f.unitId, [f]);
  }

  return (
    <div class="stack">
      <section aria-labelledby="imp-h">
        <h2 id="imp-h">{L('importAndMergeInspectorsExports')}</h2>
        <label>
          {L('chooseOneOrMoreJson')}
          <input
            type="file"
            multiple
            accept=".json,application/json"
            onChange={(e) => void choose((e.target as HTMLInputElement).files)}
            data-testid="import-file"
          />
        </label>
        {busy && <p role="status">{L('validating')}</p>}
        {preview && (
          <div role="dialog" aria-label={L('importPreview')} class="stack" data-testid="import-preview">
            {preview.summary ? (
              <>
                <p>
                  {L('allFilesAreValidAbout')}
                  {describe(preview.summary, lang)}
                </p>
                <div class="row">
                  <button
                    type="button"
                    onClick={() => void apply()}
                    disabled={busy}
                    data-testid="confirm-import"
                  >
                    {L('mergeAndImport')}
                  </button>
                  <button type="button" class="secondary" onClick={() => setPreview(null)}>
                    {L('cancel')}
                  </button>
                </div>
              </>
            ) : (
              <>
                <p role="alert">{L('theFilesHaveProblemsNothing')}</p>
                <ul data-testid="import-problems">
                  {preview.problems.map((p, i) => (
                    <li key={i}>
                      {p.file ? `${p.file}：` : ''}
                      {p.message}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
        {result && (
          <p role="status" data-testid="import-result">
            {result}
          </p>
        )}
        {result && target && target.id !== round.id && (
          <button
            type="button"
            onClick={() => void api.selectRound(target.id).then(() => (setTarget(null), onChange()))}
            data-testid="switch-imported-round"
          >
            {L('switchToImportedRound', { p0: target.name })}
          </button>
        )}
      </section>

      <section aria-labelledby="prev-h">
        <h2 id="prev-h">{L('followUpLastRound')}</h2>
        <label>
          {L('lastRound')}
          <select
            value={round.previousRoundId ?? ''}
            onChange={(e) => void api.setPrevious((e.target as HTMLSelectElement).value).then(onChange)}
            data-testid="previous-round"
          >
            <option value="">{L('none')}</option>
            {rounds
              .filter((r) => r.id !== round.id)
              .map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}（{r.asOf}）
                </option>
              ))}
          </select>
        </label>
        {[...byUnit].map(([unitId, fs]) => (
          <div key={unitId} class="unit-group">
            <h3>{units.find((u) => u.id === unitId)?.name ?? L('unregisteredUnit')}</h3>
            <ul class="flags">
              {fs.map((f) => (
                <li key={f.id} class="row" data-testid="recheck-row">
                  <span>{f.description}</span>
                  <select
                    aria-label={`${L('rectification')}：${f.description}`}
                    value={f.rectification}
                    onChange={(e) =>
                      void api
                        .setRectification(f.id, (e.target as HTMLSelectElement).value as Rectification)
                        .then(onChange)
                    }
                    data-testid="rect-status"
                  >
                    <option value="">{L('toCheck')}</option>
                    <option value="已整改">{L('rectDone')}</option>
                    <option value="整改不彻底">{L('rectIncomplete')}</option>
                    <option value="未整改">{L('rectNot')}</option>
                  </select>
                  <button
                    type="button"
                    class="secondary small"
                    disabled={!isWebUrl(f.pageUrl)}
                    onClick={() => api.reveal(f)}
                  >
                    {L('openPage')}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
    </div>
  );
}
