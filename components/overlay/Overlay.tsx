// The on-page overlay: markers over flagged elements and a collapsible summary, rendered inside
// our own shadow root. It never touches the host page's DOM or styles.
import { useEffect, useState } from 'preact/hooks';
import { flagFacts, type FlagRecord } from '../../lib/engine/records';
import { indicatorName, t, type Lang } from '../shared/text';
import { layoutBadges } from './badges';
import { RecordForm, type RecordFormProps } from './RecordForm';
import { Summary, type Corner } from './Summary';

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
  /** The summary's corner, remembered for the site. */
  corner?: Corner;
  onCorner?: (c: Corner) => void;
  /** Re-scans after the first (the page changed). */
  rescans?: number;
  /** Asked from the side panel: jump to this flag. */
  reveal?: { key: string; seq: number };
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
  return indicatorName(lang, rule);
}

/** A warning-level link (slow, 403, login page) needs a person, not the badge of a dead link. */
export function badgeLabel(f: Pick<OverlayFlag, 'rule' | 'level'>, lang: Lang): string {
  return f.rule === 'dead-link' && f.level === 'warn' ? t(lang, 'needsManualCheck') : ruleLabel(f.rule, lang);
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
  const [notice, setNotice] = useState('');
  const [flash, setFlash] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [recording, setRecording] = useState<OverlayFlag | null>(null);
  const boxes = useBoxes(flags);

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

  // Jump to the element: scrolled into view, flashed, its explanation opened; or said gone.
  const reveal = (f: OverlayFlag) => {
    if (!f.element?.isConnected) {
      setNotice(t(lang, 'elementGone'));
      return;
    }
    setNotice('');
    f.element.scrollIntoView({ block: 'center', behavior: 'smooth' });
    setOpen(f.key);
    setFlash(f.key);
  };
  useEffect(() => {
    if (!props.reveal) return;
    const f = flags.find((x) => x.key === props.reveal!.key);
    if (f) reveal(f);
    else setNotice(t(lang, 'elementGone'));
  }, [props.reveal?.seq]);
  useEffect(() => {
    if (!flash) return;
    const timer = setTimeout(() => setFlash(null), 1600);
    return () => clearTimeout(timer);
  }, [flash]);
  const placed = layoutBadges(flags, boxes, (f) => badgeLabel(f, lang));

  return (
    <div class="sp-root" lang={t(lang, 'en')}>
      {flags.map((f, i) => {
        const box = boxes[i];
        if (!box) return null;
        const expanded = open === f.key;
        return (
          <div
            key={f.key}
            class={`sp-mark sp-${f.level}${flash === f.key ? ' sp-flash' : ''}`}
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
              class={`sp-badge${placed[i]?.flip ? ' sp-badge-in' : ''}`}
              style={placed[i] ? { top: `${placed[i]!.dy - 10}px` } : undefined}
              aria-expanded={expanded}
              onClick={() => setOpen(expanded ? null : f.key)}
              data-testid="overlay-badge"
            >
              {badgeLabel(f, lang)}
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
      <Summary
        lang={lang}
        flags={flags}
        scanning={props.scanning}
        linkProgress={props.linkProgress}
        corner={props.corner ?? 'br'}
        onCorner={props.onCorner}
        rescans={props.rescans ?? 0}
        ruleLabel={(rule) => ruleLabel(rule, lang)}
        notice={notice}
        item={(f) => (
          <>
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
          </>
        )}
      />
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
