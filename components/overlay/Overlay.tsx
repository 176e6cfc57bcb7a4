// The on-page overlay: markers over flagged elements and a collapsible summary, rendered inside
// our own shadow root. It never touches the host page's DOM or styles.
import { INDICATOR_NAMES, type IndicatorId } from '../../lib/domain/checklist/table';
import { useEffect, useState } from 'preact/hooks';
import { flagFacts, type FlagRecord } from '../../lib/engine/records';
import { t, type Lang } from '../shared/text';
import { RecordForm, type RecordFormProps } from './RecordForm';

export type OverlayFlag = FlagRecord & { element?: Element };

export interface OverlayProps {
  flags: OverlayFlag[];
  lang: Lang;
  scanning: boolean;
  openExplanations: boolean;
  linkProgress?: { done: number; total: number; partial: boolean; running?: boolean };
  checklistUrl: (rule: string) => string;
  /** Categories an inspector can put a column in, remembered for this site. */
  categories?: Array<{ id: string; name: string }>;
  onCategory?: (column: string, category: string) => void;
  /** "Not a problem here" for a wording hit, remembered for the site. */
  onExcept?: (wrong: string) => void;
  /** Act on the inspector's own input only (the content script sets it): see RecordForm. */
  trustedOnly?: boolean;
  recorder: Omit<RecordFormProps, 'flag' | 'onClose' | 'lang'>;
}

interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

function boxOf(el: Element | undefined): Box | undefined {
  if (!el || !el.isConnected) return undefined;
  const r = el.getBoundingClientRect();
  if (!r.width && !r.height) return undefined; // hidden tab pane or collapsed element
  return { top: r.top + window.scrollY, left: r.left + window.scrollX, width: r.width, height: r.height };
}

export function ruleLabel(rule: string, lang: Lang): string {
  return INDICATOR_NAMES[rule as IndicatorId]?.[lang] ?? rule;
}

/** Marker positions follow layout changes, scrolling containers and resizes, batched per frame. */
function useBoxes(flags: OverlayFlag[]): Array<Box | undefined> {
  const [boxes, setBoxes] = useState<Array<Box | undefined>>(() => flags.map((f) => boxOf(f.element)));
  useEffect(() => {
    let frame = 0;
    const update = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setBoxes(flags.map((f) => boxOf(f.element)));
      });
    };
    update();
    window.addEventListener('resize', update, { passive: true });
    window.addEventListener('scroll', update, { passive: true, capture: true });
    const ro = new ResizeObserver(update);
    ro.observe(document.documentElement);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('resize', update);
      window.removeEventListener('scroll', update, { capture: true });
      ro.disconnect();
    };
  }, [flags]);
  return boxes;
}

export function Overlay(props: OverlayProps) {
  const { flags, lang } = props;
  const [collapsed, setCollapsed] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const [recording, setRecording] = useState<OverlayFlag | null>(null);
  const boxes = useBoxes(flags);
  const nFlag = flags.filter((f) => f.level === 'flag').length;
  const nWarn = flags.length - nFlag;
  const counts = new Map<string, number>();
  for (const f of flags) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(null);
        setRecording(null);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const reveal = (f: OverlayFlag) => {
    f.element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    setOpen(f.key);
  };

  return (
    <div class="sp-root" lang={t(lang, 'en')}>
      {flags.map((f, i) => {
        const box = boxes[i];
        if (!box) return null;
        const expanded = open === f.key;
        return (
          <div
            key={f.key}
            class={`sp-mark sp-${f.level}`}
            style={{
              top: `${box.top}px`,
              left: `${box.left}px`,
              width: `${box.width}px`,
              height: `${box.height}px`,
            }}
            data-rule={f.rule}
          >
            <button
              type="button"
              class="sp-badge"
              aria-expanded={expanded}
              onClick={() => setOpen(expanded ? null : f.key)}
              data-testid="overlay-badge"
            >
              {ruleLabel(f.rule, lang)}
            </button>
            {expanded && (
              <Explanation
                flag={f}
                lang={lang}
                checklistUrl={props.checklistUrl}
                onRecord={() => setRecording(f)}
                onClose={() => setOpen(null)}
                categories={props.categories}
                onCategory={props.onCategory}
                onExcept={props.onExcept}
                trustedOnly={props.trustedOnly}
              />
            )}
          </div>
        );
      })}
      <section
        class={`sp-summary${collapsed ? ' sp-collapsed' : ''}`}
        aria-label={t(lang, 'summaryTitle')}
        data-testid="overlay-summary"
      >
        <header>
          <strong>{t(lang, 'appName')}</strong>
          <span class="sp-counts" data-testid="overlay-counts">
            {props.scanning
              ? t(lang, 'scanning')
              : `${nFlag} ${t(lang, 'flags')} · ${nWarn} ${t(lang, 'warns')}`}
            {/* Not done while links are still being checked. */}
            {!props.scanning && props.linkProgress?.running
              ? ` · ${t(lang, 'linksRunningP0P1', { p0: props.linkProgress.done, p1: props.linkProgress.total })}`
              : ''}
          </span>
          <button
            type="button"
            class="sp-toggle"
            aria-expanded={!collapsed}
            onClick={() => setCollapsed(!collapsed)}
          >
            {collapsed ? t(lang, 'expand') : t(lang, 'collapse')}
          </button>
        </header>
        {!collapsed && (
          <div class="sp-body">
            {props.linkProgress && props.linkProgress.total > 0 && (
              <p class="sp-progress" data-testid="link-progress">
                {t(lang, 'linksCheckedP0P1', { p0: props.linkProgress.done, p1: props.linkProgress.total })}
                {props.linkProgress.partial ? t(lang, 'overTheCapPartial') : ''}
              </p>
            )}
            {flags.length === 0 && !props.scanning && <p>{t(lang, 'noFlags')}</p>}
            <ul class="sp-rulecounts">
              {[...counts].map(([rule, n]) => (
                <li key={rule}>
                  {ruleLabel(rule, lang)}：{n}
                </li>
              ))}
            </ul>
            <ol class="sp-list">
              {flags.map((f) => (
                <li key={f.key} class={`sp-${f.level}`}>
                  <button type="button" class="sp-link" onClick={() => reveal(f)} data-testid="overlay-flag">
                    {f.message}
                  </button>
                  <button
                    type="button"
                    class="sp-rec"
                    onClick={() => setRecording(f)}
                    aria-label={`${t(lang, 'record')}：${f.message}`}
                    data-testid="overlay-record"
                  >
                    {t(lang, 'record')}
                  </button>
                  {props.openExplanations && (
                    <p class="sp-why" data-testid="overlay-why">
                      {ruleLabel(f.rule, lang)}
                      {whyText(f, lang)}{' '}
                      <a href={props.checklistUrl(f.rule)} target="_blank" rel="noopener">
                        {t(lang, 'checklistEntry')}
                      </a>
                    </p>
                  )}
                </li>
              ))}
            </ol>
          </div>
        )}
      </section>
      {recording && (
        <RecordForm
          {...props.recorder}
          lang={lang}
          flag={recording}
          onClose={() => setRecording(null)}
          trustedOnly={props.trustedOnly}
        />
      )}
    </div>
  );
}

/** The evidence in one line, for trainees reading the summary. */
function whyText(f: OverlayFlag, lang: Lang): string {
  const e = flagFacts(f);
  const parts = [
    e.categoryName && t(lang, 'whyCategory', { p0: String(lang === 'zh' ? e.categoryName : e.category) }),
    e.window && t(lang, 'whyWindow', { p0: String(e.window) }),
    e.newestDate && t(lang, 'whyNewest', { p0: String(e.newestDate) }),
    e.daysOverdue ? t(lang, 'whyOverdue', { p0: Number(e.daysOverdue) }) : '',
    e.reason && t(lang, 'whyReason', { p0: String(e.reason) }),
  ];
  const s = parts.filter(Boolean).join(t(lang, 'listSep'));
  return s ? `${t(lang, 'parenOpen')}${s}${t(lang, 'parenClose')}` : '';
}

function Explanation(p: {
  flag: OverlayFlag;
  lang: Lang;
  checklistUrl: (r: string) => string;
  onRecord: () => void;
  onClose: () => void;
  categories?: Array<{ id: string; name: string }>;
  onCategory?: (column: string, category: string) => void;
  /** "Not a problem here" for a wording hit, remembered for the site. */
  onExcept?: (wrong: string) => void;
  trustedOnly?: boolean;
}) {
  const e = flagFacts(p.flag);
  const rows: Array<[string, unknown]> = [
    [t(p.lang, 'category'), e.categoryName ?? e.category],
    [t(p.lang, 'window'), e.window],
    [
      t(p.lang, 'columnLevel'),
      e.columnLevel ? t(p.lang, e.columnLevel === 2 ? 'levelSub' : 'levelFirst') : undefined,
    ],
    [t(p.lang, 'newestDate'), e.newestDate],
    [t(p.lang, 'daysOverdue'), e.daysOverdue || undefined],
    [t(p.lang, 'daysLeft'), e.daysLeft],
    [t(p.lang, 'material'), e.material],
    [t(p.lang, 'link'), e.url],
    [t(p.lang, 'reason'), e.reason],
  ];
  return (
    <div class="sp-pop" role="dialog" aria-label={p.flag.message}>
      <p class="sp-msg">{p.flag.message}</p>
      <dl>
        {rows
          .filter(([, v]) => v !== undefined && v !== null && v !== '')
          .map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{Array.isArray(v) ? v.join('、') : String(v)}</dd>
            </div>
          ))}
      </dl>
      {p.flag.column && p.categories && p.onCategory && typeof e.category === 'string' && (
        <label class="sp-cat">
          {t(p.lang, 'categoryOfThisColumnOn')}
          <select
            value={String(e.category)}
            onChange={(ev) => {
              // The inspector's own choice only: a page script cannot re-classify a column.
              if (ev.isTrusted || !p.trustedOnly)
                p.onCategory!(p.flag.column!, (ev.target as HTMLSelectElement).value);
            }}
            data-testid="column-category"
          >
            {p.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <div class="sp-actions">
        <button type="button" onClick={p.onRecord} data-testid="overlay-record">
          {t(p.lang, 'record')}
        </button>
        {p.onExcept &&
          p.flag.item &&
          (p.flag.rule === 'wrong-wording' || p.flag.rule === 'outdated-name') && (
            <button
              type="button"
              data-testid="wording-except"
              onClick={(ev) => {
                // Only the inspector's own click: a page script cannot switch a check off.
                if (ev.isTrusted) p.onExcept!(p.flag.item!);
              }}
            >
              {t(p.lang, 'notAProblemHere')}
            </button>
          )}
        <a href={p.checklistUrl(p.flag.rule)} target="_blank" rel="noopener">
          {t(p.lang, 'checklistEntry')}
        </a>
        <button type="button" onClick={p.onClose}>
          {t(p.lang, 'close')}
        </button>
      </div>
    </div>
  );
}
