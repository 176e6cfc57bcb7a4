// The engine as the bench page runs it: scanPage against a bare TreeWalker pass, interleaved so
// both see the same machine state, medians reported.
import { scanPage } from '../lib/engine/scan';

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

function measure(runs: number) {
  const scans: number[] = [];
  const walks: number[] = [];
  const links: number[] = [];
  let flags = 0;
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    walk();
    walks.push(performance.now() - t);
    t = performance.now();
    const scan = scanPage(document, { asOf, url: location.href });
    flags = scan.flags.length;
    scans.push(performance.now() - t);
    t = performance.now();
    void scan.links.length;
    links.push(performance.now() - t);
  }
  return { scan: med(scans), walk: med(walks), links: med(links), flags };
}

(window as unknown as { __bench: object }).__bench = { measure };
