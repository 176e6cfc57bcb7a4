// The popup: the target tab's unit and flags, recorded in one click; manual indicators too.
// Its target tab comes from ?tabId=N when given (tests, the side panel), else the active tab.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Indicator } from '../../lib/domain/checklist';
import { matchUnit, type FindingInput, type Round, type Unit } from '../../lib/domain/model';
import { findingFromFlag, type ScanSummary } from '../../lib/engine/records';
import { t, type Lang } from '../shared/i18n';
import { FlagRow } from './FlagRow';
import { ManualFinding } from './ManualFinding';
import { QuickUnit, type UnitDraft } from './QuickUnit';

export interface PopupApi {
  targetTab(): Promise<{ id: number; url: string; title: string; windowId?: number }>;
  state(): Promise<{ round: Round; units: Unit[]; settings: { inspector: string; lang: Lang } }>;
  scan(tabId: number): Promise<ScanSummary | null>;
  ensureScanner(tabId: number): Promise<void>;
  save(f: FindingInput): Promise<{ finding: { id: string }; updated: boolean }>;
  saveUnit(u: Omit<Unit, 'id' | 'createdAt' | 'updatedAt'>): Promise<Unit>;
  setInspector(name: string): Promise<void>;
  screenshot(findingId: string, windowId?: number): Promise<{ dataUrl: string } | void>;
  checkLinks(tabId: number): Promise<void>;
  openSidePanel(windowId?: number): Promise<void>;
}

type Tab = Awaited<ReturnType<PopupApi['targetTab']>>;
type PopupState = Awaited<ReturnType<PopupApi['state']>>;

function hostPrefix(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}/`;
  } catch {
    return url;
  }
}

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
  const lang: Lang = st?.settings.lang === 'en' ? 'en' : 'zh';

  useEffect(() => {
    (async () => {
      try {
        const [tb, s] = await Promise.all([api.targetTab(), api.state()]);
        setTab(tb);
        setSt(s);
        setInspector(s.settings.inspector);
        setScan(await api.scan(tb.id).catch(() => null));
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
    try {
      const u = await api.saveUnit({
        name: d.name.trim(),
        siteName: d.siteName.trim(),
        siteIdCode: d.siteIdCode.trim(),
        prefixes: d.prefixes.split(/\s*\n\s*/).filter(Boolean),
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
            <ul class="flags">
              {scan.flags.map((f) => (
                <FlagRow
                  key={f.key}
                  flag={f}
                  checked={selected.has(f.key)}
                  onToggle={() => toggle(f.key)}
                  description={descriptions[f.key] ?? f.message}
                  onDescription={(v) => setDescriptions({ ...descriptions, [f.key]: v })}
                  lang={lang}
                />
              ))}
            </ul>
            <div class="row">
              <button
                type="button"
                class="secondary"
                onClick={() =>
                  setSelected(
                    selected.size === scan.flags.length ? new Set() : new Set(scan.flags.map((f) => f.key)),
                  )
                }
              >
                {t(lang, 'selectAll')}
              </button>
              <button
                type="button"
                class="secondary"
                onClick={() => void api.checkLinks(tab.id)}
                data-testid="check-links"
              >
                {t(lang, 'checkLinks')}
              </button>
            </div>
          </>
        )}
      </section>
      <ManualFinding lang={lang} onRecord={recordManual} />
      <section class="stack" aria-label={t(lang, 'note')}>
        <label>
          {t(lang, 'note')}
          <input value={note} onInput={(e) => setNote((e.target as HTMLInputElement).value)} />
        </label>
        <label>
          {t(lang, 'inspector')}
          <input
            value={inspector}
            onInput={(e) => setInspector((e.target as HTMLInputElement).value)}
            data-testid="inspector"
          />
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={shot}
            onChange={(e) => setShot((e.target as HTMLInputElement).checked)}
          />
          {t(lang, 'screenshot')}
        </label>
        <div class="row">
          <button type="button" disabled={!selected.size} onClick={recordSelected} data-testid="save-finding">
            {t(lang, 'recordSelected')}（{selected.size}）
          </button>
          <button type="button" class="secondary" onClick={() => void api.openSidePanel(tab.windowId)}>
            {t(lang, 'openSidePanel')}
          </button>
        </div>
        <p role="status" data-testid="popup-status">
          {status}
        </p>
        {thumb && (
          <img src={thumb} alt={t(lang, 'evidenceScreenshot')} width={160} data-testid="screenshot-thumb" />
        )}
        {error && (
          <p role="alert" class="error">
            {error}
          </p>
        )}
      </section>
    </main>
  );
}
