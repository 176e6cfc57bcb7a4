// Rounds (检查轮次) and units (单位): the set-up an inspector does once per quarter.
import { useState } from 'preact/hooks';
import { formatDate } from '../lib/dates';
import { defaultRoundName, type Round, type Unit } from '../lib/model';
import { importUnits, type UnitDraft } from '../lib/unitimport';
import type { Lang } from './i18n';

export interface RoundsUnitsApi {
  saveRound(r: Omit<Round, 'id' | 'createdAt' | 'updatedAt'> & { id?: string }, select: boolean): Promise<Round>;
  selectRound(id: string): Promise<void>;
  saveUnit(u: Omit<Unit, 'id' | 'createdAt' | 'updatedAt'> & { id?: string }): Promise<Unit>;
  deleteUnit(id: string): Promise<void>;
  importUnits(units: UnitDraft[]): Promise<{ added: number; updated: number }>;
}

interface Props { api: RoundsUnitsApi; lang: Lang; round: Round; rounds: Round[]; units: Unit[]; onChange: () => void }

const L = (lang: Lang, zh: string, en: string) => (lang === 'zh' ? zh : en);
const emptyUnit = { name: '', siteName: '', siteIdCode: '', prefixes: '' };

export function RoundsUnits({ api, lang, round, rounds, units, onChange }: Props) {
  const [draft, setDraft] = useState({ name: round.name, asOf: round.asOf, notes: round.notes });
  const [unitForm, setUnitForm] = useState<(typeof emptyUnit & { id?: string }) | null>(null);
  const [pending, setPending] = useState<{ units: UnitDraft[]; problems: string[]; file: string } | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const run = async (work: () => Promise<unknown>, done: string) => {
    setError('');
    try {
      await work();
      setStatus(done);
      onChange();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const ordered = [...round.unitIds.map((id) => units.find((u) => u.id === id)).filter((u): u is Unit => !!u), ...units.filter((u) => !round.unitIds.includes(u.id))];

  const readFile = async (file: File) => {
    const r = importUnits(new Uint8Array(await file.arrayBuffer()));
    setPending({ ...r, file: file.name });
  };

  return (
    <div class="stack">
      <section aria-labelledby="round-h">
        <h2 id="round-h">{L(lang, '检查轮次', 'Inspection round')}</h2>
        <div class="row">
          <label>{L(lang, '当前轮次', 'Current round')}
            <select value={round.id} onChange={(e) => void run(() => api.selectRound((e.target as HTMLSelectElement).value), L(lang, '已切换', 'Switched'))} data-testid="round-select">
              {rounds.map((r) => <option key={r.id} value={r.id}>{r.name}（{r.asOf}）</option>)}
            </select>
          </label>
          <button type="button" class="secondary" data-testid="new-round"
            onClick={() => void run(() => api.saveRound({ name: defaultRoundName(new Date()) + (rounds.some((r) => r.name === defaultRoundName(new Date())) ? `（${rounds.length + 1}）` : ''), asOf: formatDate(new Date()), notes: '', unitIds: round.unitIds }, true), L(lang, '已新建轮次', 'Round created'))}>
            {L(lang, '新建轮次', 'New round')}
          </button>
        </div>
        <form class="stack" style={{ maxWidth: '480px' }} onSubmit={(e) => { e.preventDefault(); void run(() => api.saveRound({ id: round.id, unitIds: round.unitIds, ...draft }, true), L(lang, '已保存', 'Saved')); }}>
          <label>{L(lang, '轮次名称', 'Round name')}<input required value={draft.name} onInput={(e) => setDraft({ ...draft, name: (e.target as HTMLInputElement).value })} data-testid="round-name" /></label>
          <label>{L(lang, '监测时间点（各项期限由此倒推）', 'Inspection date (windows count back from it)')}<input type="date" required value={draft.asOf} onInput={(e) => setDraft({ ...draft, asOf: (e.target as HTMLInputElement).value })} data-testid="round-asof" /></label>
          <label>{L(lang, '备注', 'Notes')}<textarea rows={2} value={draft.notes} onInput={(e) => setDraft({ ...draft, notes: (e.target as HTMLTextAreaElement).value })} /></label>
          <div><button type="submit" data-testid="save-round">{L(lang, '保存轮次', 'Save round')}</button></div>
        </form>
      </section>

      <section aria-labelledby="units-h">
        <h2 id="units-h">{L(lang, '单位', 'Units')}（{units.length}）</h2>
        <div class="row">
          <button type="button" onClick={() => setUnitForm({ ...emptyUnit })} data-testid="add-unit">{L(lang, '添加单位', 'Add unit')}</button>
          <label>{L(lang, '从表格导入（CSV/TSV，UTF-8 或 GBK）', 'Import from a spreadsheet (CSV/TSV, UTF-8 or GBK)')}
            <input type="file" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values" onChange={(e) => { const f = (e.target as HTMLInputElement).files?.[0]; if (f) void readFile(f); }} data-testid="import-units" />
          </label>
        </div>
        {pending && (
          <div role="dialog" aria-label={L(lang, '导入单位', 'Import units')} class="stack" data-testid="import-units-preview">
            <p>{L(lang, `“${pending.file}”中有 ${pending.units.length} 个单位。`, `${pending.units.length} units in "${pending.file}".`)}</p>
            {pending.problems.length > 0 && <ul>{pending.problems.map((p) => <li key={p}>{p}</li>)}</ul>}
            <div class="row">
              <button type="button" disabled={!pending.units.length} data-testid="confirm-import-units"
                onClick={() => void run(async () => {
                  const r = await api.importUnits(pending.units);
                  setPending(null);
                  setStatus(L(lang, `已导入：新增 ${r.added}，更新 ${r.updated}`, `Imported: ${r.added} added, ${r.updated} updated`));
                }, '')}>{L(lang, '导入', 'Import')}</button>
              <button type="button" class="secondary" onClick={() => setPending(null)}>{L(lang, '取消', 'Cancel')}</button>
            </div>
          </div>
        )}
        {unitForm && (
          <form class="stack" style={{ maxWidth: '480px' }} onSubmit={(e) => {
            e.preventDefault();
            const u = unitForm;
            void run(async () => {
              await api.saveUnit({ id: u.id, name: u.name.trim(), siteName: u.siteName.trim(), siteIdCode: u.siteIdCode.trim(), prefixes: u.prefixes.split(/\s+/).filter(Boolean) });
              setUnitForm(null);
            }, L(lang, '已保存单位', 'Unit saved'));
          }}>
            <label>{L(lang, '单位名称', 'Unit name')}<input required value={unitForm.name} onInput={(e) => setUnitForm({ ...unitForm, name: (e.target as HTMLInputElement).value })} /></label>
            <label>{L(lang, '网站名称', 'Site name')}<input value={unitForm.siteName} onInput={(e) => setUnitForm({ ...unitForm, siteName: (e.target as HTMLInputElement).value })} /></label>
            <label>{L(lang, '网站标识码', 'Site ID code')}<input value={unitForm.siteIdCode} pattern="[0-9A-Za-z]{10}" onInput={(e) => setUnitForm({ ...unitForm, siteIdCode: (e.target as HTMLInputElement).value })} /></label>
            <label>{L(lang, '网址前缀（每行一个）', 'URL prefixes (one per line)')}<textarea rows={2} value={unitForm.prefixes} onInput={(e) => setUnitForm({ ...unitForm, prefixes: (e.target as HTMLTextAreaElement).value })} /></label>
            <div class="row"><button type="submit">{L(lang, '保存', 'Save')}</button><button type="button" class="secondary" onClick={() => setUnitForm(null)}>{L(lang, '取消', 'Cancel')}</button></div>
          </form>
        )}
        <table>
          <thead><tr><th>{L(lang, '序号', 'No.')}</th><th>{L(lang, '单位名称', 'Unit')}</th><th>{L(lang, '网站名称', 'Site')}</th><th>{L(lang, '网站标识码', 'ID code')}</th><th>{L(lang, '网址前缀', 'Prefixes')}</th><th /></tr></thead>
          <tbody>
            {ordered.map((u, i) => (
              <tr key={u.id} data-testid="unit-row">
                <td>{i + 1}</td><td>{u.name}</td><td>{u.siteName}</td><td>{u.siteIdCode}</td><td>{u.prefixes.join(' ')}</td>
                <td class="row">
                  <button type="button" class="secondary" onClick={() => setUnitForm({ id: u.id, name: u.name, siteName: u.siteName, siteIdCode: u.siteIdCode, prefixes: u.prefixes.join('\n') })}>{L(lang, '编辑', 'Edit')}</button>
                  <button type="button" class="secondary" aria-label={`${L(lang, '删除', 'Delete')} ${u.name}`} onClick={() => { if (confirm(L(lang, `删除“${u.name}”？`, `Delete "${u.name}"?`))) void run(() => api.deleteUnit(u.id), L(lang, '已删除', 'Deleted')); }}>{L(lang, '删除', 'Delete')}</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <p role="status" data-testid="setup-status">{status}</p>
      {error && <p role="alert" class="error">{error}</p>}
    </div>
  );
}
