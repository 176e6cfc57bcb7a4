// The engine as the bench page runs it: scanPage against a bare TreeWalker pass, interleaved so
// both see the same machine state, medians reported.
import { scanPage } from '../lib';
import { withSeed } from '../lib/engine/public-scan';
import { compileDictionary, pageText, wordingFlags } from '../lib/engine/wording/flags';
import type { WordingEntry } from '../lib/engine/wording/types';

const asOf = new Date(2023, 6, 31);

function walk(): number {
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_ALL);
  let n = 0;
  for (let x = w.nextNode(); x; x = w.nextNode()) n += x.nodeType;
  return n;
}

function med(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
}

function measure(runs: number, guard = false) {
  const scans: number[] = [];
  const walks: number[] = [];
  const links: number[] = [];
  let flags = 0;
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    walk();
    walks.push(performance.now() - t);
    t = performance.now();
    const scan = scanPage(document, { asOf, url: location.href, guard });
    flags = scan.flags.length;
    scans.push(performance.now() - t);
    t = performance.now();
    void scan.links.length;
    links.push(performance.now() - t);
  }
  return { scan: med(scans), walk: med(walks), links: med(links), flags };
}

/**
 * The wording guard alone on this page: the page text, one matching pass with a dictionary of
 * `size` entries (compiled once, as the content script keeps it) and the hits mapped back to
 * elements, against a bare walk over the text nodes.
 */
function measureWording(runs: number, size: number) {
  const entries: WordingEntry[] = Array.from({ length: size }, (_, i) => ({
    wrong: `${String.fromCharCode(0x4e00 + ((i * 7) % 20000))}${String.fromCharCode(0x4e00 + ((i * 13) % 20000))}${i % 10}错`,
  }));
  const wording = withSeed({ entries });
  const dictionary = compileDictionary(wording.entries, wording.renames);
  const textWalk = () => {
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let n = 0;
    for (let x = w.nextNode(); x; x = w.nextNode()) n += (x as Text).length;
    return n;
  };
  const guards: number[] = [];
  const walks: number[] = [];
  let flags = 0;
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    textWalk();
    walks.push(performance.now() - t);
    t = performance.now();
    flags = wordingFlags(pageText(document), dictionary, wording, { asOf, dateOf: () => undefined }).length;
    guards.push(performance.now() - t);
  }
  return { guard: med(guards), walk: med(walks), flags, chars: document.body.textContent!.length };
}

(window as unknown as { __bench: object }).__bench = { measure, measureWording };
