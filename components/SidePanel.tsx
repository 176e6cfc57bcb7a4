// The side panel: the current round's findings grouped by unit in the round's order, with
// text filtering, delete with undo, and exports.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { indicator } from '../lib/checklist';
import { exportFileName, findingsCsv, type Envelope } from '../lib/export';
import type { Finding, Round, Unit } from '../lib/model';
import { t, type Lang } from './i18n';
import { RoundsUnits, type RoundsUnitsApi } from './RoundsUnits';

export interface SidePanelApi extends RoundsUnitsApi {
  state(): Promise<{ round: Round; rounds: Round[]; units: Unit[]; settings: { lang: Lang } }>;
  findings(): Promise<Finding[]>;
  remove(id: string): Promise<void>;
  restore(f: Finding): Promise<void>;
  exportJson(): Promise<Envelope>;
  download(name: string, content: string, type: string): void;
  reveal(f: Finding): void;
}

export function SidePanel({ api }: { api: SidePanelApi }) {
  const [st, setSt] = useState<Awaited<ReturnType<SidePanelApi['state']>> | null>(null);
  const [findings, setFindings] = useState<Finding[]>([]);
  const [filter, setFilter] = useState('');
  const [undo, setUndo] = useState<Finding | null>(null);
  const [error, setError] = useState('');
  const [tab, setTab] = useState<'review' | 'setup'>('review');
  const lang: Lang = st?.settings.lang === 'en' ? 'en' : 'zh';

  const reload = async () => {
    try {
      const [s, f] = await Promise.all([api.state(), api.findings()]);
      setSt(s);
      setFindings(f);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  useEffect(() => {
    void reload();
    const onFocus = () => void reload();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, []);

  const groups = useMemo(() => {
    if (!st) return [];
    const q = filter.trim().toLowerCase();
    const shown = q ? findings.filter((f) => `${f.description} ${f.column} ${f.note} ${f.inspector} ${f.pageUrl}`.toLowerCase().includes(q)) : findings;
    const byUnit = new Map<string, Finding[]>();
    for (const f of [...shown].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
      const list = byUnit.get(f.unitId);
      if (list) list.push(f);
      else byUnit.set(f.unitId, [f]);
    }
    const order = [...st.round.unitIds, ...[...byUnit.keys()].filter((id) => !st.round.unitIds.includes(id))];
    return order.map((id) => ({ id, unit: st.units.find((u) => u.id === id), items: byUnit.get(id) ?? [] })).filter((g) => g.items.length);
  }, [st, findings, filter]);

  const remove = async (f: Finding) => {
    await api.remove(f.id);
    setUndo(f);
    setFindings(findings.filter((x) => x.id !== f.id));
  };

  const exportJson = async () => {
    try {
      const env = await api.exportJson();
      api.download(exportFileName('巡检结果', env.round, 'json'), JSON.stringify(env, null, 2), 'application/json');
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const exportCsv = () => {
    if (!st) return;
    api.download(exportFileName('巡检结果', st.round, 'csv'), findingsCsv(st.round, st.units, findings), 'text/csv;charset=utf-8');
  };

  if (!st) return <main class="panel">{error ? <p role="alert">{error}</p> : <p>…</p>}</main>;
  return (
    <main class="panel" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <h1>{t(lang, 'sideTitle')}</h1>
      <p class="muted" data-testid="panel-round">{t(lang, 'round')}：{st.round.name} · {t(lang, 'asOf')} {st.round.asOf}</p>
      <div role="tablist" class="row" aria-label={t(lang, 'sideTitle')}>
        <button type="button" role="tab" aria-selected={tab === 'review'} class={tab === 'review' ? '' : 'secondary'} onClick={() => setTab('review')} data-testid="tab-review">{lang === 'zh' ? '巡检结果' : 'Findings'}</button>
        <button type="button" role="tab" aria-selected={tab === 'setup'} class={tab === 'setup' ? '' : 'secondary'} onClick={() => setTab('setup')} data-testid="tab-setup">{lang === 'zh' ? '轮次与单位' : 'Rounds & units'}</button>
      </div>
      {tab === 'setup' && <RoundsUnits key={st.round.id + st.round.updatedAt} api={api} lang={lang} round={st.round} rounds={st.rounds} units={st.units} onChange={() => void reload()} />}
      {tab === 'review' && <>
      <p data-testid="findings-count">{t(lang, 'findingsCount', { n: findings.length })}</p>
      <div class="row">
        <button type="button" onClick={exportJson} data-testid="export-findings-json">{t(lang, 'exportJson')}</button>
        <button type="button" onClick={exportCsv} data-testid="export-findings-csv">{t(lang, 'exportCsv')}</button>
        <input type="search" aria-label={t(lang, 'filterText')} placeholder={t(lang, 'filterText')} value={filter} onInput={(e) => setFilter((e.target as HTMLInputElement).value)} />
      </div>
      {undo && (
        <p role="status">
          {lang === 'zh' ? '已删除一条记录。' : 'One finding deleted.'}
          <button type="button" class="secondary" onClick={async () => { await api.restore(undo); setUndo(null); await reload(); }}>{t(lang, 'undo')}</button>
        </p>
      )}
      {error && <p role="alert" class="error">{error}</p>}
      {findings.length === 0 && <p>{t(lang, 'noFindings')}</p>}
      {groups.map((g) => (
        <section class="unit-group" key={g.id} aria-label={g.unit?.name ?? t(lang, 'unknownUnit')}>
          <h2>{g.unit?.name ?? t(lang, 'unknownUnit')} <span class="badge">{g.items.length}</span></h2>
          <table>
            <thead><tr><th>{t(lang, 'column')}</th><th>{t(lang, 'rule')}</th><th>{t(lang, 'description')}</th><th>{t(lang, 'inspector')}</th><th /></tr></thead>
            <tbody>
              {g.items.map((f) => (
                <tr key={f.id} data-testid="finding-row">
                  <td>{f.column}</td>
                  <td>{(lang === 'zh' ? indicator(f.rule)?.zh.name : indicator(f.rule)?.en.name) ?? f.rule}</td>
                  <td><button type="button" class="secondary" onClick={() => api.reveal(f)} title={f.pageUrl}>{f.description}</button></td>
                  <td>{f.inspector}</td>
                  <td><button type="button" class="secondary" aria-label={`${t(lang, 'delete')}：${f.description}`} onClick={() => void remove(f)}>{t(lang, 'delete')}</button></td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      </>}
    </main>
  );
}
