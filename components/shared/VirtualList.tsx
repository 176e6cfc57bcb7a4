// A virtual list whose rows wrap to whatever height they need: only the rows in view (plus a
// margin) are in the DOM, each is measured once drawn, and rows not yet drawn count at an
// estimate. A round of 100,000 findings scrolls like one of ten, and no description is clipped
// to fit a fixed row height in a 320 px side panel.
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';

export function VirtualList<T>(p: {
  items: T[];
  /** Stable identity of an item: its measured height follows it through filtering and sorting. */
  keyOf: (item: T) => string;
  /** Height assumed before a row is drawn. */
  estimate: (item: T) => number;
  height: number;
  render: (item: T, index: number) => ComponentChildren;
  label: string;
  testId?: string;
}) {
  const [top, setTop] = useState(0);
  const [measured, setMeasured] = useState(0); // bumps when a height changes
  const heights = useRef(new Map<string, number>());
  const rowsRef = useRef(new Map<string, HTMLElement>());

  // Offsets of every row: O(n) per change of the list or of a height, never per scroll.
  const offsets = useMemo(() => {
    const out = new Float64Array(p.items.length + 1);
    for (let i = 0; i < p.items.length; i++) {
      const it = p.items[i];
      out[i + 1] = out[i] + (heights.current.get(p.keyOf(it)) ?? p.estimate(it));
    }
    return out;
  }, [p.items, measured]);

  const total = offsets[p.items.length];
  const overscan = 400;
  let first = 0;
  for (let lo = 0, hi = p.items.length; lo < hi;) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid + 1] < top - overscan) lo = first = mid + 1;
    else hi = mid;
  }
  const rows: ComponentChildren[] = [];
  for (let i = first; i < p.items.length && offsets[i] < top + p.height + overscan; i++) {
    const key = p.keyOf(p.items[i]);
    rows.push(
      <div
        key={key}
        role="listitem"
        ref={(el) => {
          if (el) rowsRef.current.set(key, el);
          else rowsRef.current.delete(key);
        }}
        style={{ position: 'absolute', top: `${offsets[i]}px`, left: 0, right: 0 }}
      >
        {p.render(p.items[i], i)}
      </div>,
    );
  }

  // Drawn rows are measured after layout; a changed height moves the rows below it.
  const measure = () => {
    let changed = false;
    for (const [key, el] of rowsRef.current) {
      const h = el.offsetHeight;
      if (h && heights.current.get(key) !== h) {
        heights.current.set(key, h);
        changed = true;
      }
    }
    if (changed) setMeasured((n) => n + 1);
  };
  useLayoutEffect(measure);
  // The panel's width changes (resized, zoomed): rows rewrap, so they are measured again.
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!box.current || typeof ResizeObserver === 'undefined') return;
    let width = box.current.clientWidth;
    const ro = new ResizeObserver(() => {
      const w = box.current?.clientWidth ?? width;
      if (w === width) return;
      width = w;
      heights.current.clear();
      setMeasured((n) => n + 1);
    });
    ro.observe(box.current);
    return () => ro.disconnect();
  }, []);

  return (
    <div
      ref={box}
      role="list"
      aria-label={p.label}
      data-testid={p.testId}
      tabIndex={0}
      class="vlist"
      style={{ height: `${p.height}px`, overflowY: 'auto', overflowX: 'hidden', position: 'relative' }}
      onScroll={(e) => setTop((e.target as HTMLElement).scrollTop)}
    >
      <div style={{ height: `${total}px`, position: 'relative' }}>{rows}</div>
    </div>
  );
}
