// The side panel: the current round's findings grouped by unit in the round's order, each unit's
// result against the veto thresholds, exports, import and merge, and last round's follow-up.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { CHECKLIST, indicator } from '../../lib/domain/checklist';
import { circularCsv, totals, unitResults, type UnitResult, type Verdict } from '../../lib/domain/circular';
import { exportFileName, findingsCsv, type Envelope } from '../../lib/exchange/export';
import type { MergeSummary } from '../../lib/exchange/importer';
import type { Finding, Rectification, Round, Unit } from '../../lib/domain/model';
import { t, translator, type Lang } from '../shared/i18n';
import { ImportFollowUp } from './ImportFollowUp';
import { Practice } from './Practice';
import ANSWER_KEY from '../../demo/answer-key.json';
import { formatDate } from '../../lib/engine/dates';
import { RoundsUnits, type RoundsUnitsApi } from './RoundsUnits';
import { VirtualList } from '../shared/VirtualList';
import { afterPaint } from '../shared/paint';

export interface ImportResult {
  problems: Array<{ file: string; message: string }>;
  summary: MergeSummary | null;
  token?: string;
}

export interface SidePanelApi extends RoundsUnitsApi {
  state(): Promise<{
    round: Round;
    rounds: Round[];
    units: Unit[];
    settings: { lang: Lang; trainee?: boolean };
  }>;
  findings(roundId: string, limit?: number): Promise<Finding[]>;
  previousFindings(): Promise<Finding[]>;
  remove(id: string): Promise<void>;
  restore(f: Finding): Promise<void>;
  save(f: Finding): Promise<void>;
  exportJson(): Promise<Envelope>;
  download(name: string, content: string, type: string): void;
  reveal(f: Finding): void;
  screenshot(id: string): Promise<{ dataUrl: string } | undefined>;
  setVerdict(unitId: string, verdict: Verdict | ''): Promise<void>;
  setPrevious(roundId: string): Promise<void>;
  setRectification(id: string, status: Rectification): Promise<void>;
  importPreview(files: File[]): Promise<ImportResult>;
  importApply(token: string): Promise<ImportResult>;
}

type Row = { kind: 'unit'; r: UnitResult; shown: number } | { kind: 'finding'; f: Finding };

const ROW = 40;
const VERDICT_CLASS: Record<Verdict, string> = { 不合格: 'fail', 合格: 'pass', 无问题: 'none' };
const RECT: Rectification[] = ['', '未整改', '整改不彻底', '已整改'];
const RECT_KEY = { 未整改: 'rectNot', 整改不彻底: 'rectIncomplete', 已整改: 'rectDone' } as const;
const VERDICT_KEY = { 不合格: 'verdictFail', 合格: 'verdictPass', 无问题: 'verdictNone' } as const;

export function SidePanel({ api }: { api: SidePanelApi }) {
  const [st, setSt] = useState<Awaited<ReturnType<SidePanelApi['state']>> | null>(null);
  const [findings, setFindings] = useState<Finding[]>([]);
  const [previous, setPrevious] = useState<Finding[]>([]);
  const [filter, setFilter] = useState({ text: '', rule: '', level: '', rect: '', inspector: '' });
  const [sort, setSort] = useState<'time' | 'column' | 'rule'>('time');
  const [undo, setUndo] = useState<Finding | null>(null);
  const [editing, setEditing] = useState<Finding | null>(null);
  const [error, setError] = useState('');
  const [tab, setTab] = useState<'review' | 'setup' | 'import' | 'practice'>('review');
  const lang: Lang = st?.settings.lang === 'en' ? 'en' : 'zh';
  const L = translator(lang);

  const reload = async (first = false) => {
    try {
      const s = await api.state();
      if (first) {
        // A huge round shows its first rows at once; the rest follows.
        const head = await api.findings(s.round.id, 200);
        setSt(s);
        setFindings(head);
        if (head.length < 200) {
          setPrevious(await api.previousFindings());
          return;
        }
        // Let those rows paint before the full read, whose decoding holds the main thread.
        await afterPaint();
      }
      const [f, p] = await Promise.all([api.findings(s.round.id), api.previousFindings()]);
      setSt(s);
      setFindings(f);
      setPrevious(p);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  useEffect(() => {
    void reload(true);
    const onFocus = () => void reload();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, []);

  const results = useMemo(
    () => (st ? unitResults(st.round, st.units, findings, previous, st.round.verdicts ?? {}) : []),
    [st, findings, previous],
  );

  const rows = useMemo(() => {
    const q = filter.text.trim().toLowerCase();
    const keep = (f: Finding) =>
      (!filter.rule || f.rule === filter.rule) &&
      (!filter.level || f.level === filter.level) &&
      (!filter.rect || f.rectification === (filter.rect === '-' ? '' : filter.rect)) &&
      (!filter.inspector || f.inspector === filter.inspector) &&
      (!q ||
        f.description.toLowerCase().includes(q) ||
        f.column.toLowerCase().includes(q) ||
        f.note.toLowerCase().includes(q) ||
        f.pageUrl.toLowerCase().includes(q));
    // Ties fall back to time, then id: the store keeps no order, the list must not shuffle.
    const byTime = (a: Finding, b: Finding) =>
      a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    const cmp =
      sort === 'column'
        ? (a: Finding, b: Finding) => a.column.localeCompare(b.column, 'zh') || byTime(a, b)
        : sort === 'rule'
          ? (a: Finding, b: Finding) => a.rule.localeCompare(b.rule) || byTime(a, b)
          : byTime;
    const out: Row[] = [];
    for (const r of results) {
      const shown = r.findings.filter(keep).sort(cmp);
      // Every unit of the round shows with its result (无问题 included, and overridable) unless a filter hides it.
      if (!shown.length && (q || filter.rule || filter.level || filter.rect || filter.inspector)) continue;
      out.push({ kind: 'unit', r, shown: shown.length });
      for (const f of shown) out.push({ kind: 'finding', f });
    }
    return out;
  }, [results, filter, sort]);

  const inspectors = useMemo(
    () => [...new Set(findings.map((f) => f.inspector).filter(Boolean))].sort(),
    [findings],
  );

  const remove = async (f: Finding) => {
    await api.remove(f.id);
    setUndo(f);
    setFindings(findings.filter((x) => x.id !== f.id));
  };

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

  if (!st) return <main class="panel">{error ? <p role="alert">{error}</p> : <p>…</p>}</main>;
  const tot = totals(results);
  return (
    <main class="panel" lang={t(lang, 'en')}>
      <h1>{t(lang, 'sideTitle')}</h1>
      <p class="muted" data-testid="panel-round">
        {t(lang, 'round')}：{st.round.name} · {t(lang, 'asOf')} {st.round.asOf}
      </p>
      <div role="tablist" class="row" aria-label={t(lang, 'sideTitle')}>
        {(
          [
            ['review', 'tabFindings'],
            ['setup', 'tabSetup'],
            ['import', 'tabImport'],
            ...(st.settings.trainee ? [['practice', 'tabPractice'] as const] : []),
          ] as const
        ).map(([id, key]) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={tab === id}
            class={tab === id ? '' : 'secondary'}
            onClick={() => setTab(id)}
            data-testid={`tab-${id}`}
          >
            {L(key)}
          </button>
        ))}
      </div>
      {tab === 'setup' && (
        <RoundsUnits
          key={st.round.id + st.round.updatedAt}
          api={api}
          lang={lang}
          round={st.round}
          rounds={st.rounds}
          units={st.units}
          onChange={() => void reload()}
        />
      )}
      {tab === 'practice' && (
        <Practice
          lang={lang}
          findings={findings}
          answerKey={ANSWER_KEY}
          practising={st.round.name.startsWith('练习')}
          onStart={() =>
            void api
              .saveRound(
                {
                  name: `练习：演示县网站 ${formatDate(new Date())}`,
                  asOf: formatDate(new Date()),
                  notes: '',
                  unitIds: [],
                },
                true,
              )
              .then(() => reload())
          }
        />
      )}
      {tab === 'import' && (
        <ImportFollowUp
          api={api}
          lang={lang}
          round={st.round}
          rounds={st.rounds}
          units={st.units}
          previous={previous}
          onChange={() => void reload()}
        />
      )}
      {tab === 'review' && (
        <>
          <p data-testid="findings-count">
            {t(lang, 'findingsCount', { n: findings.length })} ·{' '}
            {L('p0UnitsP1PassedP2', { p0: tot.checked, p1: tot.passed, p2: tot.rate })}
          </p>
          <div class="row">
            <button type="button" onClick={() => void exportJson()} data-testid="export-findings-json">
              {t(lang, 'exportJson')}
            </button>
            <button
              type="button"
              onClick={() =>
                api.download(
                  exportFileName('巡检结果', st.round, 'csv'),
                  findingsCsv(st.round, st.units, findings),
                  'text/csv;charset=utf-8',
                )
              }
              data-testid="export-findings-csv"
            >
              {t(lang, 'exportCsv')}
            </button>
            <button
              type="button"
              onClick={() =>
                api.download(
                  exportFileName('通报表', st.round, 'csv'),
                  circularCsv(results),
                  'text/csv;charset=utf-8',
                )
              }
              data-testid="export-circular-csv"
            >
              {L('exportCircularCsv')}
            </button>
          </div>
          <div class="row" role="search">
            <input
              type="search"
              aria-label={t(lang, 'filterText')}
              placeholder={t(lang, 'filterText')}
              value={filter.text}
              onInput={(e) => setFilter({ ...filter, text: (e.target as HTMLInputElement).value })}
              data-testid="filter-text"
            />
            <select
              aria-label={t(lang, 'rule')}
              value={filter.rule}
              onChange={(e) => setFilter({ ...filter, rule: (e.target as HTMLSelectElement).value })}
              data-testid="filter-rule"
            >
              <option value="">{L('allIndicators')}</option>
              {CHECKLIST.map((x) => (
                <option key={x.id} value={x.id}>
                  {lang === 'zh' ? x.zh.name : x.en.name}
                </option>
              ))}
            </select>
            <select
              aria-label={t(lang, 'level')}
              value={filter.level}
              onChange={(e) => setFilter({ ...filter, level: (e.target as HTMLSelectElement).value })}
            >
              <option value="">{L('allLevels')}</option>
              <option value="flag">{L('problem')}</option>
              <option value="warn">{L('warning')}</option>
            </select>
            <select
              aria-label={L('rectification')}
              value={filter.rect}
              onChange={(e) => setFilter({ ...filter, rect: (e.target as HTMLSelectElement).value })}
            >
              <option value="">{L('anyRectification')}</option>
              <option value="-">{L('notSet')}</option>
              {RECT.filter(Boolean).map((r) => (
                <option key={r} value={r}>
                  {L(RECT_KEY[r as keyof typeof RECT_KEY])}
                </option>
              ))}
            </select>
            <select
              aria-label={t(lang, 'inspector')}
              value={filter.inspector}
              onChange={(e) => setFilter({ ...filter, inspector: (e.target as HTMLSelectElement).value })}
            >
              <option value="">{L('allInspectors')}</option>
              {inspectors.map((i) => (
                <option key={i} value={i}>
                  {i}
                </option>
              ))}
            </select>
            <select
              aria-label={L('sort')}
              value={sort}
              onChange={(e) => setSort((e.target as HTMLSelectElement).value as typeof sort)}
            >
              <option value="time">{L('byTime')}</option>
              <option value="column">{L('byColumn')}</option>
              <option value="rule">{L('byIndicator')}</option>
            </select>
          </div>
          {undo && (
            <p role="status">
              {L('oneFindingDeleted')}
              <button
                type="button"
                class="secondary"
                onClick={async () => {
                  await api.restore(undo);
                  setUndo(null);
                  await reload();
                }}
              >
                {t(lang, 'undo')}
              </button>
            </p>
          )}
          {error && (
            <p role="alert" class="error">
              {error}
            </p>
          )}
          {findings.length === 0 && <p>{t(lang, 'noFindings')}</p>}
          {editing && (
            <EditFinding
              lang={lang}
              f={editing}
              onCancel={() => setEditing(null)}
              onSave={async (f) => {
                await api.save(f);
                setEditing(null);
                await reload();
              }}
            />
          )}
          <VirtualList
            items={rows}
            rowHeight={ROW}
            height={Math.max(240, (typeof window !== 'undefined' ? window.innerHeight : 800) - 260)}
            label={t(lang, 'sideTitle')}
            testId="findings-list"
            render={(row) =>
              row.kind === 'unit' ? (
                <UnitHeader
                  r={row.r}
                  shown={row.shown}
                  lang={lang}
                  onVerdict={async (v) => {
                    await api.setVerdict(row.r.unit.id, v);
                    await reload();
                  }}
                />
              ) : (
                <div class={`frow ${row.f.level}`} data-testid="finding-row">
                  <span class="fcol" title={row.f.column}>
                    {row.f.column}
                  </span>
                  <span class="frule">
                    {(lang === 'zh' ? indicator(row.f.rule)?.zh.name : indicator(row.f.rule)?.en.name) ??
                      row.f.rule}
                  </span>
                  <button
                    type="button"
                    class="link fdesc"
                    onClick={() => api.reveal(row.f)}
                    title={`${row.f.description}\n${row.f.pageUrl}`}
                  >
                    {row.f.description}
                  </button>
                  <span class="fwho">{row.f.inspector}</span>
                  <span class="fwho">{row.f.rectification && L(RECT_KEY[row.f.rectification])}</span>
                  {row.f.screenshotId ? (
                    <button
                      type="button"
                      class="secondary small"
                      data-testid="download-screenshot"
                      aria-label={`${L('downloadScreenshot')}：${row.f.description}`}
                      onClick={async () => {
                        const shot = await api.screenshot(row.f.screenshotId);
                        if (shot)
                          api.download(
                            `截图_${row.f.column || row.f.rule}_${row.f.id.slice(-6)}.jpg`,
                            shot.dataUrl,
                            'image/jpeg',
                          );
                      }}
                    >
                      {L('shot')}
                    </button>
                  ) : (
                    <span />
                  )}
                  <button
                    type="button"
                    class="secondary small"
                    onClick={() => setEditing(row.f)}
                    aria-label={`${L('edit')}：${row.f.description}`}
                  >
                    {L('edit')}
                  </button>
                  <button
                    type="button"
                    class="secondary small"
                    aria-label={`${t(lang, 'delete')}：${row.f.description}`}
                    onClick={() => void remove(row.f)}
                  >
                    {t(lang, 'delete')}
                  </button>
                </div>
              )
            }
          />
        </>
      )}
    </main>
  );
}

function UnitHeader(p: { r: UnitResult; shown: number; lang: Lang; onVerdict: (v: Verdict | '') => void }) {
  const { r, lang } = p;
  const L = translator(lang);
  const overridden = r.verdict !== r.computed;
  return (
    <div class="uhead" data-testid="unit-header">
      <strong class="uname">{r.unit.name}</strong>
      <span class="badge">{p.shown}</span>
      <span class={`badge ${VERDICT_CLASS[r.verdict]}`} data-testid="unit-verdict">
        {L(VERDICT_KEY[r.verdict])}
        {overridden ? L('set') : ''}
      </span>
      <span class="muted small" title={r.vetoes.join('；')} data-testid="unit-distance">
        {L('toVetoNewsNoticeP0', {
          p0: r.distance.staleNewsNotice,
          p1: r.distance.staleAny,
          p2: r.distance.blank,
        })}
      </span>
      <select
        aria-label={`${r.unit.name} ${L('result')}`}
        value={overridden ? r.verdict : ''}
        onChange={(e) => p.onVerdict((e.target as HTMLSelectElement).value as Verdict | '')}
      >
        <option value="">{L('computedP0', { p0: L(VERDICT_KEY[r.computed]) })}</option>
        <option value="不合格">{L('verdictFail')}</option>
        <option value="合格">{L('verdictPass')}</option>
        <option value="无问题">{L('verdictNone')}</option>
      </select>
    </div>
  );
}

function EditFinding(p: { lang: Lang; f: Finding; onSave: (f: Finding) => void; onCancel: () => void }) {
  const [f, setF] = useState(p.f);
  const L = translator(p.lang);
  return (
    <form
      class="stack edit"
      role="dialog"
      aria-label={L('editFinding')}
      onSubmit={(e) => {
        e.preventDefault();
        p.onSave(f);
      }}
    >
      <label>
        {t(p.lang, 'description')}
        <textarea
          rows={2}
          value={f.description}
          onInput={(e) => setF({ ...f, description: (e.target as HTMLTextAreaElement).value })}
          data-testid="edit-description"
        />
      </label>
      <label>
        {t(p.lang, 'note')}
        <input value={f.note} onInput={(e) => setF({ ...f, note: (e.target as HTMLInputElement).value })} />
      </label>
      <label>
        {L('rectification')}
        <select
          value={f.rectification}
          onChange={(e) =>
            setF({ ...f, rectification: (e.target as HTMLSelectElement).value as Rectification })
          }
        >
          {RECT.map((r) => (
            <option key={r} value={r}>
              {r ? L(RECT_KEY[r]) : L('notSet')}
            </option>
          ))}
        </select>
      </label>
      <div class="row">
        <button type="submit" data-testid="save-edit">
          {t(p.lang, 'save')}
        </button>
        <button type="button" class="secondary" onClick={p.onCancel}>
          {t(p.lang, 'cancel')}
        </button>
      </div>
    </form>
  );
}
