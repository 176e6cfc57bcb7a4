// Wording and privacy flags from the page's text (domain.md §8): dictionary wrong forms
// (wrong-wording), names of bodies renamed before the page's date (outdated-name), and unmasked
// personal numbers (personal-info). Matching is one pass over the text; the dictionary comes in.
import { formatDate } from '../dates';
import { phrase } from '../phrasing';
import type { Flag } from '../types';
import { createMatcher, type Matcher } from './matcher';
import { candidateRuns, findPersonalInfo } from './personal';
import { contextOf, locate, nodesIn, pageText, type PageText } from './text';
import type { Rename, WordingEntry, WordingOptions } from './types';

type Pattern = { kind: 'wording'; entry: WordingEntry } | { kind: 'rename'; rename: Rename };

export interface CompiledDictionary {
  matcher: Matcher;
  patterns: Pattern[];
}

const compiled = new WeakMap<WordingEntry[], WeakMap<Rename[], CompiledDictionary>>();
const NO_ENTRIES: WordingEntry[] = [];
const NO_RENAMES: Rename[] = [];

/** Entries and renames compiled once per pair of lists (whoever passes them keeps them). */
export function compileDictionary(
  entries: WordingEntry[] = NO_ENTRIES,
  renames: Rename[] = NO_RENAMES,
): CompiledDictionary {
  let byRenames = compiled.get(entries);
  if (!byRenames) compiled.set(entries, (byRenames = new WeakMap()));
  let c = byRenames.get(renames);
  if (!c) byRenames.set(renames, (c = build(entries, renames)));
  return c;
}

function build(entries: WordingEntry[], renames: Rename[]): CompiledDictionary {
  const patterns: Pattern[] = [
    // The first entry of a wrong form wins: an office's entries come before the seed.
    // A wrong form inside its own right form would mark every correct occurrence: never matched.
    ...entries
      .filter((e) => e.wrong && !(e.right && e.right.includes(e.wrong)))
      .map((entry): Pattern => ({ kind: 'wording', entry })),
    ...renames.map((rename): Pattern => ({ kind: 'rename', rename })),
  ];
  const texts = patterns.map((p) => (p.kind === 'wording' ? p.entry.wrong : p.rename.old));
  return { matcher: createMatcher(texts), patterns };
}

export interface WordingContext {
  /** The date of the item an element belongs to (a list row's date), if any. */
  dateOf(el: Element): Date | undefined;
  /** The page's own date (an article's 发布时间), if any; asked for only when needed. */
  pageDate?: () => Date | undefined;
  asOf: Date;
}

interface Hit {
  start: number;
  end: number;
  pattern: Pattern;
}

/** Hits that lie inside a longer hit are the longer one's parts (攻府 inside 人民攻府). */
function outermost(hits: Hit[]): Hit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Hit[] = [];
  let reach = -1;
  for (const h of sorted) {
    if (h.end <= reach) continue;
    out.push(h);
    reach = Math.max(reach, h.end);
  }
  return out;
}

export function wordingFlags(
  page: PageText,
  dictionary: CompiledDictionary | undefined,
  options: WordingOptions | undefined,
  ctx: WordingContext,
): Flag[] {
  const flags: Flag[] = [];
  if (dictionary) {
    const except = new Set(options?.exceptions ?? []);
    const hits = dictionary.matcher
      .search(page.text)
      .map((m) => ({ start: m.start, end: m.end, pattern: dictionary.patterns[m.pattern] }));
    const seen = new Set<string>();
    const kept = outermost(hits);
    const where = locate(page, kept);
    for (let i = 0; i < kept.length; i++) {
      const h = kept[i];
      const el = where[i]?.element;
      if (!el) continue;
      const found = page.text.slice(h.start, h.end);
      const context = contextOf(page.text, h.start, h.end);
      if (h.pattern.kind === 'wording') {
        const e = h.pattern.entry;
        if (except.has(e.wrong) || seen.has(`w:${e.wrong}`)) continue;
        seen.add(`w:${e.wrong}`);
        const level = e.level === 'flag' ? 'flag' : 'warn';
        flags.push({
          rule: 'wrong-wording',
          level,
          item: found,
          element: el,
          message: phrase.wording(found, e.right, level),
          evidence: { right: e.right ?? null, category: e.category ?? null, context, note: e.note ?? null },
        });
      } else {
        const r = h.pattern.rename;
        if (r.notFollowedBy && r.notFollowedBy.includes(page.text[h.end] ?? '')) continue;
        if (except.has(r.old) || seen.has(`r:${r.old}`)) continue;
        // History pages legitimately use old names: only a page or item dated after the change.
        const date = ctx.dateOf(el) ?? ctx.pageDate?.();
        if (!date || date < parseDay(r.since)) continue;
        seen.add(`r:${r.old}`);
        flags.push({
          rule: 'outdated-name',
          level: 'flag',
          item: found,
          element: el,
          message: phrase.outdatedName(found, r.now),
          evidence: { now: r.now, since: r.since, source: r.source, date: formatDate(date), context },
        });
      }
    }
  }
  flags.push(...personalFlags(page, ctx.asOf));
  return flags;
}

/**
 * Personal numbers, read in the text node that shows them: cells side by side run together in the
 * page's text (王五320102…13812345678), so candidates found there are checked in their own node,
 * with the text just before the node for its label.
 */
function personalFlags(page: PageText, asOf: Date): Flag[] {
  const flags: Flag[] = [];
  const seen = new Set<string>();
  for (const at of nodesIn(page, candidateRuns(page.text))) {
    const nodeStart = at.start;
    const own = at.node.data;
    const before = page.text.slice(Math.max(0, nodeStart - 12), nodeStart);
    for (const h of findPersonalInfo(own, asOf, before)) {
      if (seen.has(h.masked)) continue;
      seen.add(h.masked);
      // The context shows the number masked too: a stored finding never holds it in full.
      const context = contextOf(page.text, nodeStart + h.start, nodeStart + h.end);
      flags.push({
        rule: 'personal-info',
        level: 'flag',
        item: h.kind,
        element: at.node.parentElement!,
        message: phrase.personalInfo(h.kind),
        evidence: { kind: h.kind, masked: h.masked, context },
      });
    }
  }
  return flags;
}

function parseDay(s: string): Date {
  const [y, m, d] = s.split('-').map(Number);
  return new Date(y, m - 1, d);
}

export { pageText };
