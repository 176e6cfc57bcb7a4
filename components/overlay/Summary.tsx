// The overlay's summary, docked as a small pill in a corner of the window so it never covers the
// page by default. A click opens the list; dragging the pill (or Alt+arrow keys on it) moves it
// to another corner, remembered for the site. It says when the page changed and was checked
// again, and it is not "done" while links are still being checked.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type Lang } from '../shared/text';

export const CORNERS = ['br', 'bl', 'tr', 'tl'] as const;
export type Corner = (typeof CORNERS)[number];

/** What the summary needs of a flag. */
export interface SummaryFlag {
  key: string;
  rule: string;
  level: 'flag' | 'warn';
}

export interface SummaryProps<F extends SummaryFlag> {
  lang: Lang;
  flags: F[];
  scanning: boolean;
  linkProgress?: { done: number; total: number; partial: boolean; running?: boolean };
  corner: Corner;
  onCorner?: (c: Corner) => void;
  /** Bumped by each re-scan after the first: the cue shows for a few seconds. */
  rescans: number;
  /** A line of the summary: the message with its actions. */
  item: (f: F) => preact.ComponentChildren;
  ruleLabel: (rule: string) => string;
  /** Said when a flag's element is gone from the page. */
  notice?: string;
}

/** The corner nearest a point of the window. */
export function cornerAt(x: number, y: number, w: number, h: number): Corner {
  return `${y < h / 2 ? 't' : 'b'}${x < w / 2 ? 'l' : 'r'}` as Corner;
}

export function Summary<F extends SummaryFlag>(p: SummaryProps<F>) {
  const { lang, flags } = p;
  const [expanded, setExpanded] = useState(false);
  const [corner, setCorner] = useState<Corner>(p.corner);
  const [cue, setCue] = useState(false);
  const [drag, setDrag] = useState<{ x: number; y: number } | null>(null);
  const start = useRef<{ x: number; y: number; moved: boolean } | null>(null);
  const nFlag = flags.filter((f) => f.level === 'flag').length;
  const nWarn = flags.length - nFlag;
  const counts = new Map<string, number>();
  for (const f of flags) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);

  useEffect(() => setCorner(p.corner), [p.corner]);
  // After the page in tab order; Alt+Shift+O jumps here from anywhere on the page.
  const pill = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && e.shiftKey && e.code === 'KeyO' && e.isTrusted) pill.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => {
    if (!p.rescans) return;
    setCue(true);
    const timer = setTimeout(() => setCue(false), 4000);
    return () => clearTimeout(timer);
  }, [p.rescans]);

  const place = (c: Corner) => {
    setCorner(c);
    p.onCorner?.(c);
  };
  const onPointerDown = (e: PointerEvent) => {
    start.current = { x: e.clientX, y: e.clientY, moved: false };
    const move = (m: PointerEvent) => {
      const s = start.current;
      if (!s) return;
      if (!s.moved && Math.hypot(m.clientX - s.x, m.clientY - s.y) < 6) return;
      s.moved = true;
      setDrag({ x: m.clientX, y: m.clientY });
    };
    const up = (u: PointerEvent) => {
      window.removeEventListener('pointermove', move, true);
      window.removeEventListener('pointerup', up, true);
      if (start.current?.moved) place(cornerAt(u.clientX, u.clientY, innerWidth, innerHeight));
      setDrag(null);
    };
    window.addEventListener('pointermove', move, true);
    window.addEventListener('pointerup', up, true);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.altKey) return;
    const [v, h] = corner.split('') as ['t' | 'b', 'l' | 'r'];
    const next =
      e.key === 'ArrowLeft'
        ? `${v}l`
        : e.key === 'ArrowRight'
          ? `${v}r`
          : e.key === 'ArrowUp'
            ? `t${h}`
            : e.key === 'ArrowDown'
              ? `b${h}`
              : '';
    if (!next) return;
    e.preventDefault();
    place(next as Corner);
  };

  const status = p.scanning
    ? t(lang, 'scanning')
    : `${nFlag} ${t(lang, 'flags')} · ${nWarn} ${t(lang, 'warns')}${
        p.linkProgress?.running
          ? ` · ${t(lang, 'linksRunningP0P1', { p0: p.linkProgress.done, p1: p.linkProgress.total })}`
          : ''
      }`;
  return (
    <section
      class={`sp-summary sp-${corner}${expanded ? '' : ' sp-collapsed'}${drag ? ' sp-dragging' : ''}`}
      style={
        drag
          ? { left: `${drag.x - 20}px`, top: `${drag.y - 14}px`, right: 'auto', bottom: 'auto' }
          : undefined
      }
      aria-label={t(lang, 'summaryTitle')}
      data-testid="overlay-summary"
    >
      <header>
        <button
          ref={pill}
          type="button"
          class="sp-pill"
          aria-expanded={expanded}
          title={t(lang, 'pillHelp')}
          onClick={() => {
            if (start.current?.moved) return;
            setExpanded(!expanded);
          }}
          onPointerDown={onPointerDown}
          onKeyDown={onKeyDown}
          data-testid="overlay-pill"
        >
          <strong>{t(lang, 'appName')}</strong>{' '}
          <span class="sp-counts" data-testid="overlay-counts">
            {status}
          </span>
        </button>
      </header>
      {(cue || p.notice) && (
        <p class="sp-cue" role="status" data-testid={cue ? 'rescan-cue' : 'overlay-notice'}>
          {cue ? t(lang, 'pageChangedRescanned') : p.notice}
        </p>
      )}
      {/* The list stays in the DOM while folded: hidden, not rebuilt. */}
      <div class="sp-body" hidden={!expanded}>
        {p.linkProgress && p.linkProgress.total > 0 && (
          <p class="sp-progress" data-testid="link-progress">
            {t(lang, 'linksCheckedP0P1', { p0: p.linkProgress.done, p1: p.linkProgress.total })}
            {p.linkProgress.partial ? t(lang, 'overTheCapPartial') : ''}
          </p>
        )}
        {flags.length === 0 && !p.scanning && <p>{t(lang, 'noFlags')}</p>}
        <ul class="sp-rulecounts">
          {[...counts].map(([rule, n]) => (
            <li key={rule}>
              {p.ruleLabel(rule)}：{n}
            </li>
          ))}
        </ul>
        <ol class="sp-list">
          {flags.map((f) => (
            <li key={f.key} class={`sp-${f.level}`}>
              {p.item(f)}
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
