// The popup: the target tab's unit and flags, recorded in one click; manual indicators too.
// Its target tab comes from ?tabId=N when given (tests, the side panel), else the active tab.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Indicator } from '../../lib/domain/checklist';
import { dedupeKey, matchUnit, type FindingInput, type Round, type Unit } from '../../lib/domain/model';
import { findingFromFlag, type FlagRecord, type ScanSummary } from '../../lib/engine/records';
import { t, type Lang } from '../shared/i18n';
import { FlagRow } from './FlagRow';
import { ManualFinding } from './ManualFinding';
import { QuickUnit, type UnitDraft } from './QuickUnit';
import { groupFlags, hostPrefix } from './groups';
import { AccessNotice } from '../shared/AccessNotice';
import { patternsToRequest } from '../../lib/domain/access';

export interface PopupApi {
  targetTab(): Promise<{ id: number; url: string; title: string; windowId?: number }>;
  state(): Promise<{ round: Round; units: Unit[]; settings: { inspector: string; lang: Lang } }>;
  scan(tabId: number): Promise<ScanSummary | null>;
  /** Dedupe keys of this round's findings on the page: those flags show as recorded. */
  recorded(pageUrl: string): Promise<string[]>;
  ensureScanner(tabId: number): Promise<void>;
  save(f: FindingInput): Promise<{ finding: { id: string }; updated: boolean }>;
  saveUnit(u: Omit<Unit, 'id' | 'createdAt' | 'updatedAt'>): Promise<Unit>;
  setInspector(name: string): Promise<void>;
  screenshot(findingId: string, windowId?: number): Promise<{ dataUrl: string } | void>;
  checkLinks(tabId: number): Promise<void>;
  /** Host patterns this tab's links needed and the inspector has not allowed. */
  linkAccess(tabId: number): Promise<string[]>;
  /** Asks the browser for access to these hosts (from a click); true when allowed. */
  requestAccess(patterns: string[]): Promise<boolean>;
  openSidePanel(windowId?: number): Promise<void>;
}

type Tab = Awaited<ReturnType<PopupApi['targetTab']>>;
type PopupState = Awaited<ReturnType<PopupApi['state']>>;

export function Popup({ api }: { api: PopupApi }) {
  const [tab, setTab] = useState<Tab | null>(null);
  const [st, setSt] = useState<PopupState | null>(null);
  const [scan, setScan] = useState<ScanSummary | null | undefined>(undefined);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [descriptions, setDescriptions] = useState<Record<string, string>>({});
  const [note, setNote] = useState('');
  const [inspector, setInspector] = useState('');
  const [shot, setShot] = useState(false);
  const [thumb, setThumb] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [recorded, setRecorded] = useState<Set<string>>(new Set());
  const [linkAccess, setLinkAccess] = useState<string[]>([]);
  const [unitAccess, setUnitAccess] = useState<string[]>([]);
  const lang: Lang = st?.settings.lang === 'en' ? 'en' : 'zh';

  useEffect(() => {
    (async () => {
      try {
        const [tb, s] = await Promise.all([api.targetTab(), api.state()]);
        setTab(tb);
        setSt(s);
        setInspector(s.settings.inspector);
        setScan(await api.scan(tb.id).catch(() => null));
        setRecorded(new Set(await api.recorded(tb.url).catch(() => [])));
        setLinkAccess(await api.linkAccess(tb.id).catch(() => []));
      } catch (e) {
        setError((e as Error).message);
      }
    })();
  }, []);

  const unit = useMemo(() => (st && tab ? matchUnit(st.units, tab.url) : undefined), [st, tab]);

  const scanNow = async () => {
    if (!tab) return;
    setError('');
    try {
      await api.ensureScanner(tab.id);
      for (let i = 0; i < 40; i++) {
        const s = await api.scan(tab.id).catch(() => null);
        if (s) return setScan(s);
        await new Promise((r) => setTimeout(r, 250));
      }
      setError(t(lang, 'cannotScan'));
    } catch {
      setError(t(lang, 'cannotScan'));
    }
  };

  const context = () => ({
    roundId: st!.round.id,
    unitId: unit?.id ?? '',
    pageUrl: tab!.url,
    pageTitle: tab!.title,
    inspector,
  });

  const afterSave = async (results: Array<{ finding: { id: string }; updated: boolean }>) => {
    if (inspector !== st!.settings.inspector) await api.setInspector(inspector);
    if (shot && results[0]) {
      const taken = await api.screenshot(results[0].finding.id, tab!.windowId);
      if (taken) setThumb(taken.dataUrl);
    }
    setRecorded(new Set(await api.recorded(tab!.url).catch(() => [...recorded])));
    setSelected(new Set());
    const updated = results.filter((r) => r.updated).length;
    setStatus(
      `${t(lang, 'recorded')} ${results.length}${updated ? `（${t(lang, 'updated')} ${updated}）` : ''}`,
    );
  };

  const recordSelected = async () => {
    if (!scan || !st || !tab) return;
    setError('');
    try {
      const chosen = scan.flags.filter((f) => selected.has(f.key));
      const results = [];
      for (const f of chosen)
        results.push(await api.save(findingFromFlag(f, context(), descriptions[f.key] ?? f.message, note)));
      await afterSave(results);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const recordManual = async (ind: Indicator, column: string, description: string) => {
    if (!st || !tab) return;
    setError('');
    try {
      const r = await api.save({
        ...context(),
        rule: ind.id,
        level: 'flag',
        column,
        item: '',
        selector: '',
        snippet: '',
        linkUrl: '',
        evidence: { indicatorLevel: ind.level },
        description,
        points: ind.points,
        rectification: '',
        note,
      });
      await afterSave([r]);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const addUnit = async (d: UnitDraft): Promise<boolean> => {
    const prefixes = d.prefixes.split(/\s*\n\s*/).filter(Boolean);
    // Asked inside the click that saves; the unit is saved whatever the answer.
    const patterns = patternsToRequest(prefixes);
    if (patterns.length)
      void api.requestAccess(patterns).then(
        (ok) => setUnitAccess(ok ? [] : patterns),
        () => setUnitAccess(patterns),
      );
    try {
      const u = await api.saveUnit({
        name: d.name.trim(),
        siteName: d.siteName.trim(),
        siteIdCode: d.siteIdCode.trim(),
        prefixes,
      });
      setSt({
        ...st!,
        units: [...st!.units, u],
        round: { ...st!.round, unitIds: [...st!.round.unitIds, u.id] },
      });
      return true;
    } catch (e) {
      setError((e as Error).message);
      return false;
    }
  };

  if (error && !st)
    return (
      <main class="popup">
        <p role="alert">{error}</p>
      </main>
    );
  if (!st || !tab)
    return (
      <main class="popup">
        <p>…</p>
      </main>
    );
  const isRecorded = (f: FlagRecord) => recorded.has(dedupeKey(findingFromFlag(f, context())));
  // 全选 picks what this round does not hold yet; pressed again, it clears.
  const selectAll = () => {
    const fresh = (scan?.flags ?? []).filter((f) => !isRecorded(f)).map((f) => f.key);
    setSelected(fresh.length && fresh.some((k) => !selected.has(k)) ? new Set(fresh) : new Set());
  };
  const linksRunning = !!scan?.linkProgress?.running;
  const refresh = async () => {
    for (let i = 0; i < 240; i++) {
      const s = await api.scan(tab.id).catch(() => null);
      if (s) setScan(s);
      if (i > 0 && !s?.linkProgress?.running)
        return setLinkAccess(await api.linkAccess(tab.id).catch(() => []));
      await new Promise((r) => setTimeout(r, 500));
    }
  };
  const toggle = (key: string) => {
    const next = new Set(selected);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setSelected(next);
  };

  return (
    <main class="popup" lang={t(lang, 'en')}>
      <header>
        <h1>
          {t(lang, 'appName')} · {t(lang, 'popupTitle')}
        </h1>
        <p class="muted">
          {t(lang, 'round')}：{st.round.name}（{t(lang, 'asOf')} {st.round.asOf}）
        </p>
      </header>
      <section aria-label={t(lang, 'unit')}>
        <p data-testid="popup-unit">
          <strong>{t(lang, 'unit')}：</strong>
          {unit ? unit.name : t(lang, 'unknownUnit')}
        </p>
        {!unit && (
          <QuickUnit
            lang={lang}
            suggested={{
              name: scan?.site.name ?? '',
              siteName: scan?.site.name ?? '',
              siteIdCode: scan?.site.idCode ?? '',
              prefixes: hostPrefix(tab.url),
            }}
            onAdd={addUnit}
          />
        )}
        <AccessNotice
          lang={lang}
          kind="unit"
          patterns={unitAccess}
          request={api.requestAccess}
          onGranted={() => setUnitAccess([])}
        />
      </section>
      <section aria-label={t(lang, 'flags')}>
        {scan === undefined && <p>{t(lang, 'scanning')}</p>}
        {scan === null && (
          <>
            <p>{t(lang, 'notScanned')}</p>
            <button type="button" onClick={scanNow} data-testid="scan-page">
              {t(lang, 'scanThisPage')}
            </button>
          </>
        )}
        {scan && (
          <>
            {scan.blocked && (
              <p role="alert" data-testid="page-blocked">
                {t(lang, 'pageBlockedOverlay')}
              </p>
            )}
            <p class="muted" data-testid="popup-counts">
              {scan.flags.filter((f) => f.level === 'flag').length} {t(lang, 'flags')} ·{' '}
              {scan.flags.filter((f) => f.level === 'warn').length} {t(lang, 'warns')}
            </p>
            {scan.flags.length === 0 && <p>{t(lang, 'noFlags')}</p>}
            {groupFlags(scan.flags).map((g) => (
              <section
                key={g.id}
                class="flag-group"
                aria-label={t(lang, g.label)}
                data-testid={`flag-group-${g.id}`}
              >
                <h2>
                  {t(lang, g.label)}（{g.flags.length}）
                </h2>
                <ul class="flags">
                  {g.flags.map((f) => (
                    <FlagRow
                      key={f.key}
                      flag={f}
                      checked={selected.has(f.key)}
                      recorded={isRecorded(f)}
                      onToggle={() => toggle(f.key)}
                      description={descriptions[f.key] ?? f.message}
                      onDescription={(v) => setDescriptions({ ...descriptions, [f.key]: v })}
                      lang={lang}
                    />
                  ))}
                </ul>
              </section>
            ))}
            <div class="row">
              <button
                type="button"
                class="secondary"
                disabled={linksRunning}
                onClick={() => void api.checkLinks(tab.id).then(() => void refresh())}
                data-testid="check-links"
              >
                {t(lang, 'checkLinks')}
              </button>
              {scan.linkProgress && (
                <span class="muted small" data-testid="popup-link-progress">
                  {t(lang, 'linksRunningP0P1', { p0: scan.linkProgress.done, p1: scan.linkProgress.total })}
                </span>
              )}
            </div>
            <AccessNotice
              lang={lang}
              kind="links"
              patterns={linkAccess}
              request={api.requestAccess}
              onGranted={() => void api.checkLinks(tab.id).then(() => void refresh())}
            />
          </>
        )}
      </section>
      <ManualFinding lang={lang} onRecord={recordManual} />
      <section class="stack" aria-label={t(lang, 'inspector')}>
        <label>
          {t(lang, 'inspector')}
          <input
            value={inspector}
            onInput={(e) => setInspector((e.target as HTMLInputElement).value)}
            data-testid="inspector"
          />
        </label>
        <details data-testid="popup-more">
          <summary>{t(lang, 'moreFields')}</summary>
          <div class="stack">
            <label>
              {t(lang, 'note')}
              <input value={note} onInput={(e) => setNote((e.target as HTMLInputElement).value)} />
            </label>
            <label class="check">
              <input
                type="checkbox"
                checked={shot}
                onChange={(e) => setShot((e.target as HTMLInputElement).checked)}
              />
              {t(lang, 'screenshot')}
            </label>
          </div>
        </details>
        {thumb && (
          <img src={thumb} alt={t(lang, 'evidenceScreenshot')} width={160} data-testid="screenshot-thumb" />
        )}
        <button type="button" class="secondary" onClick={() => void api.openSidePanel(tab.windowId)}>
          {t(lang, 'openSidePanel')}
        </button>
      </section>
      {/* Always in view at 400×600: the bar sticks to the popup's bottom edge. */}
      <div class="popup-bar" data-testid="popup-bar">
        <button
          type="button"
          class="secondary"
          disabled={!scan?.flags.length}
          onClick={selectAll}
          data-testid="select-all-flags"
        >
          {t(lang, 'selectAll')}
        </button>
        <button type="button" disabled={!selected.size} onClick={recordSelected} data-testid="save-finding">
          {t(lang, 'recordSelected')}（{selected.size}）
        </button>
        <p role="status" data-testid="popup-status">
          {status}
        </p>
        {error && (
          <p role="alert" class="error">
            {error}
          </p>
        )}
      </div>
    </main>
  );
}
