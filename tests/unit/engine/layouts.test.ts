// The generated-layout suite: the engine's specification (tests/fixtures/layouts). Pages are
// composed from independent dimensions; every column's name, newest date and verdict must match.
import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import { scanPage } from '../../../lib';
import { columnPage, homePage, type GeneratedPage } from '../../fixtures/layouts/generate';
import { judge, type Miss } from '../../fixtures/layouts/judge';

const PAGES = 1200;
const CHUNK = 200;

function run(pages: GeneratedPage[]): Array<{ page: GeneratedPage; misses: Miss[] }> {
  // A window per chunk: happy-dom keeps every live collection of a document it made.
  const win = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableCSSFileLoading: true,
      disableJavaScriptFileLoading: true,
    },
  });
  const out = pages.map((page) => {
    const doc = win.document.implementation.createHTMLDocument();
    doc.documentElement.innerHTML = page.html
      .replace(/^[\s\S]*?<html[^>]*>/i, '')
      .replace(/<\/html>\s*$/i, '');
    const scan = scanPage(doc as unknown as Document, { asOf: page.asOf, url: page.url });
    return { page, misses: judge(page, scan) };
  });
  void win.happyDOM.close();
  return out;
}

/** The smallest failing pages first, each with the layout of every column it got wrong. */
function report(failed: Array<{ page: GeneratedPage; misses: Miss[] }>): string {
  return failed
    .sort((a, b) => a.page.html.length - b.page.html.length)
    .slice(0, 3)
    .map(
      ({ page, misses }) =>
        `seed ${page.seed} (${page.kind}, ${page.html.length} chars):\n` +
        misses.map((m) => `  ${m.column}: ${m.problem}\n    ${JSON.stringify(m.layout)}`).join('\n') +
        `\n${page.html}`,
    )
    .join('\n\n');
}

describe(`generated layouts (${PAGES} pages)`, () => {
  for (let from = 1; from <= PAGES; from += CHUNK) {
    test(`seeds ${from}–${from + CHUNK - 1}: every column's name, newest date and verdict`, () => {
      const pages = Array.from({ length: CHUNK }, (_, i) => {
        const seed = from + i;
        return seed % 3 === 0 ? columnPage(seed) : homePage(seed);
      });
      const results = run(pages);
      const columns = pages.reduce((s, p) => s + p.columns.length, 0);
      expect(columns).toBeGreaterThan(CHUNK * 2);
      // Wrong forms split across inline elements are written into some titles of every chunk.
      expect(pages.reduce((s, p) => s + p.wording.length, 0)).toBeGreaterThan(CHUNK / 10);
      const failed = results.filter((r) => r.misses.length);
      expect(failed.length, report(failed)).toBe(0);
    });
  }
});
