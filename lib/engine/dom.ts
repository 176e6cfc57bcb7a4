// Small DOM helpers shared by the engine. They only use standard DOM so they run in a page,
// in happy-dom under Node, and in the bench alike.

export function norm(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

export function textOf(el: Element | null | undefined): string {
  return norm(el?.textContent);
}

export function meta(doc: Document, name: string): string | undefined {
  // Metadata lives in <head>: looking there keeps an absent tag from costing a whole-page search.
  const el = (doc.head ?? doc).querySelector(`meta[name="${name}" i]`);
  const v = norm(el?.getAttribute('content'));
  return v || undefined;
}

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** Hidden by markup (tab panes): works without layout, so it also runs in tests. */
export function isHiddenByMarkup(el: Element): boolean {
  for (let x: Element | null = el; x; x = x.parentElement) {
    if (x.hasAttribute('hidden') || x.getAttribute('aria-hidden') === 'true') return true;
    const style = x.getAttribute('style');
    if (style && HIDDEN_STYLE.test(style)) return true;
  }
  return false;
}

/**
 * A CSS path that finds the element again on a later visit (used as a finding's element locator):
 * ids where the page has them, otherwise tag and nth-of-type steps.
 */
export function stableSelector(el: Element): string {
  const parts: string[] = [];
  for (let x: Element | null = el; x && x.nodeType === 1; x = x.parentElement) {
    const tag = x.tagName.toLowerCase();
    if (tag === 'html') break;
    if (x.id && /^[A-Za-z][\w-]*$/.test(x.id)) {
      parts.unshift(`#${x.id}`);
      break;
    }
    let n = 1;
    for (let s = x.previousElementSibling; s; s = s.previousElementSibling) if (s.tagName === x.tagName) n++;
    let more = false;
    for (let s = x.nextElementSibling; s && !more; s = s.nextElementSibling) more = s.tagName === x.tagName;
    parts.unshift(n > 1 || more ? `${tag}:nth-of-type(${n})` : tag);
  }
  return parts.join(' > ');
}

export function snippet(el: Element, max = 80): string {
  const t = textOf(el);
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
