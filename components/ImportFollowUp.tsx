// Importing inspectors' exports (validated, previewed, merged) and re-checking last round's
// problems for rectification.
import { useState } from 'preact/hooks';
import type { MergeSummary } from '../lib/importer';
import type { Finding, Rectification, Round, Unit } from '../lib/model';
import type { Lang } from './i18n';
import type { ImportResult, SidePanelApi } from './SidePanel';

interface Props { api: SidePanelApi; lang: Lang; round: Round; rounds: Round[]; units: Unit[]; previous: Finding[]; onChange: () => void }

function describe(s: MergeSummary, lang: Lang): string {
  return lang === 'zh'
    ? `${s.files} 个文件，${s.incoming} 条记录：新增 ${s.added} 条，更新 ${s.updated} 条，重复 ${s.duplicates} 条（其中 ${s.conflicts} 条本地修改较新，保留本地），新单位 ${s.unitsAdded} 个，新轮次 ${s.roundsAdded} 个。`
    : `${s.files} files, ${s.incoming} records: ${s.added} added, ${s.updated} updated, ${s.duplicates} duplicates (${s.conflicts} kept the newer local edit), ${s.unitsAdded} new units, ${s.roundsAdded} new rounds.`;
}

export function ImportFollowUp({ api, lang, round, rounds, units, previous, onChange }: Props) {
  const L = (zh: string, en: string) => (lang === 'zh' ? zh : en);
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [result, setResult] = useState<string>('');
  const [busy, setBusy] = useState(false);

  const choose = async (list: FileList | null) => {
    setResult('');
    setPreview(null);
    if (!list?.length) return;
    setBusy(true);
    try {
      const read = await Promise.all([...list].map(async (f) => ({ name: f.name, text: await f.text() })));
      setPreview(await api.importPreview(read));
    } catch (e) {
      setPreview({ problems: [{ file: '', message: (e as Error).message }], summary: null });
    } finally {
      setBusy(false);
    }
  };

  const apply = async () => {
    setBusy(true);
    try {
      const r = await api.importApply(preview!.token!);
      setPreview(null);
      setResult(r.summary ? `${L('已导入：', 'Imported: ')}${describe(r.summary, lang)}` : r.problems.map((p) => `${p.file}：${p.message}`).join('\n'));
      onChange();
    } catch (e) {
      setResult(`${L('导入失败，未作任何修改：', 'Import failed; nothing was changed: ')}${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  const byUnit = new Map<string, Finding[]>();
  for (const f of previous) byUnit.set(f.unitId, [...(byUnit.get(f.unitId) ?? []), f]);

  return (
    <div class="stack">
      <section aria-labelledby="imp-h">
        <h2 id="imp-h">{L('导入并合并巡查人员的导出文件', 'Import and merge inspectors\' exports')}</h2>
        <label>{L('选择一个或多个 JSON 文件', 'Choose one or more JSON files')}
          <input type="file" multiple accept=".json,application/json" onChange={(e) => void choose((e.target as HTMLInputElement).files)} data-testid="import-file" />
        </label>
        {busy && <p role="status">{L('正在校验…', 'Validating…')}</p>}
        {preview && (
          <div role="dialog" aria-label={L('导入预览', 'Import preview')} class="stack" data-testid="import-preview">
            {preview.summary ? (
              <>
                <p>{L('校验通过。将要导入：', 'All files are valid. About to import: ')}{describe(preview.summary, lang)}</p>
                <div class="row">
                  <button type="button" onClick={() => void apply()} disabled={busy} data-testid="confirm-import">{L('合并导入', 'Merge and import')}</button>
                  <button type="button" class="secondary" onClick={() => setPreview(null)}>{L('取消', 'Cancel')}</button>
                </div>
              </>
            ) : (
              <>
                <p role="alert">{L('文件有问题，未导入任何内容：', 'The files have problems; nothing was imported:')}</p>
                <ul data-testid="import-problems">{preview.problems.map((p, i) => <li key={i}>{p.file ? `${p.file}：` : ''}{p.message}</li>)}</ul>
              </>
            )}
          </div>
        )}
        {result && <p role="status" data-testid="import-result">{result}</p>}
      </section>

      <section aria-labelledby="prev-h">
        <h2 id="prev-h">{L('上一轮问题整改复查', 'Follow up last round')}</h2>
        <label>{L('上一轮', 'Last round')}
          <select value={round.previousRoundId ?? ''} onChange={(e) => void api.setPrevious((e.target as HTMLSelectElement).value).then(onChange)} data-testid="previous-round">
            <option value="">{L('（未选择）', '(none)')}</option>
            {rounds.filter((r) => r.id !== round.id).map((r) => <option key={r.id} value={r.id}>{r.name}（{r.asOf}）</option>)}
          </select>
        </label>
        {[...byUnit].map(([unitId, fs]) => (
          <div key={unitId} class="unit-group">
            <h3>{units.find((u) => u.id === unitId)?.name ?? L('未登记的单位', 'Unregistered unit')}</h3>
            <ul class="flags">
              {fs.map((f) => (
                <li key={f.id} class="row" data-testid="recheck-row">
                  <span>{f.description}</span>
                  <select aria-label={`${L('整改状态', 'Rectification')}：${f.description}`} value={f.rectification} onChange={(e) => void api.setRectification(f.id, (e.target as HTMLSelectElement).value as Rectification).then(onChange)} data-testid="rect-status">
                    <option value="">{L('待复查', 'To check')}</option><option value="已整改">已整改</option><option value="整改不彻底">整改不彻底</option><option value="未整改">未整改</option>
                  </select>
                  <button type="button" class="secondary small" onClick={() => api.reveal(f)}>{L('打开页面', 'Open page')}</button>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
    </div>
  );
}
