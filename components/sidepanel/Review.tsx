// The review tab: exports, filters and the list of the round's findings grouped by unit.
import { useMemo, useState } from 'preact/hooks';
import { totals, type UnitResult } from '../../lib/domain/circular';
import type { Finding, Round, Unit } from '../../lib/domain/model';
import type { CircularTemplates } from '../../lib/domain/templates';
import { t, translator, type Lang } from '../shared/i18n';
import { VirtualList } from '../shared/VirtualList';
import { FindingCard } from './FindingCard';
import { Toolbar, type Filter, type Sort } from './Toolbar';
import type { SidePanelApi } from './api';
import { EditFinding } from './EditFinding';
import { Exports } from './Exports';
import { UnitHeader } from './UnitHeader';

type Row = { kind: 'unit'; r: UnitResult; shown: number } | { kind: 'finding'; f: Finding };

export interface ReviewProps {
  api: SidePanelApi;
  lang: Lang;
  round: Round;
  units: Unit[];
  findings: Finding[];
  results: UnitResult[];
  /** 通报 templates from settings. */
  templates: Partial<CircularTemplates>;
  error: string;
  setError(message: string): void;
  onRemoved(f: Finding): void;
  reload(): Promise<void>;
}

export function Review(p: ReviewProps) {
  const { api, lang, findings, results, error, setError, onRemoved, reload } = p;
  const L = translator(lang);
  const [filter, setFilter] = useState<Filter>({ text: '', rule: '', level: '', rect: '', inspector: '' });
  const [sort, setSort] = useState<Sort>('time');
  const [undo, setUndo] = useState<Finding | null>(null);
  const [editing, setEditing] = useState<Finding | null>(null);

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
    onRemoved(f);
  };

  const tot = totals(results);
  return (
    <>
      <p data-testid="findings-count">
        {t(lang, 'findingsCount', { n: findings.length })} ·{' '}
        {L('p0UnitsP1PassedP2', { p0: tot.checked, p1: tot.passed, p2: tot.rate })}
      </p>
      <Exports
        api={api}
        lang={lang}
        round={p.round}
        units={p.units}
        findings={findings}
        results={results}
        templates={p.templates}
        setError={setError}
      />
      <Toolbar
        lang={lang}
        filter={filter}
        setFilter={setFilter}
        sort={sort}
        setSort={setSort}
        inspectors={inspectors}
      />
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
        keyOf={(row) => (row.kind === 'unit' ? `u:${row.r.unit.id}` : row.f.id)}
        estimate={(row) => (row.kind === 'unit' ? 92 : 78)}
        height={Math.max(240, (typeof window !== 'undefined' ? window.innerHeight : 800) - 200)}
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
            <FindingCard
              f={row.f}
              lang={lang}
              onReveal={() => api.reveal(row.f)}
              onEdit={() => setEditing(row.f)}
              onRemove={() => void remove(row.f)}
              onScreenshot={
                row.f.screenshotId
                  ? async () => {
                      const shot = await api.screenshot(row.f.screenshotId);
                      if (shot)
                        api.download(
                          `截图_${row.f.column || row.f.rule}_${row.f.id.slice(-6)}.jpg`,
                          shot.dataUrl,
                          'image/jpeg',
                        );
                    }
                  : undefined
              }
            />
          )
        }
      />
    </>
  );
}
