// Badges laid out so they do not overlap each other: each sits just right of the top of the
// element it marks, and moves down below any badge already placed there. One that would leave the
// page on the right goes inside its element's box instead.
interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

const BADGE_H = 22;
/** Badge width from its label: 12 px per character at 12 px type, plus padding. */
const widthOf = (label: string) => 18 + 12 * [...label].length;

export function layoutBadges<F>(
  flags: F[],
  boxes: Array<Box | undefined>,
  label: (f: F) => string,
  pageWidth = typeof document !== 'undefined' ? document.documentElement.scrollWidth : Infinity,
): Array<{ dy: number; flip: boolean } | undefined> {
  const placed: Box[] = [];
  const order = boxes
    .map((b, i) => ({ b, i }))
    // Boxes trail the flags by a frame: a box without its flag (the list just shrank) is skipped.
    .filter((x): x is { b: Box; i: number } => !!x.b && x.i < flags.length)
    .sort((a, z) => a.b.top - z.b.top || a.b.left - z.b.left);
  const out: Array<{ dy: number; flip: boolean } | undefined> = flags.map(() => undefined);
  for (const { b, i } of order) {
    const w = widthOf(label(flags[i]));
    const flip = b.left + b.width + 4 + w > pageWidth;
    const left = flip ? b.left + b.width - w : b.left + b.width + 4;
    let top = b.top - 10;
    const hits = (r: Box) =>
      left < r.left + r.width && left + w > r.left && top < r.top + r.height && top + BADGE_H > r.top;
    for (let guard = 0; guard < 50 && placed.some(hits); guard++) top += BADGE_H + 2;
    placed.push({ top, left, width: w, height: BADGE_H });
    out[i] = { dy: top - (b.top - 10), flip };
  }
  return out;
}
