// Trainee practice on the bundled demo site: what the trainee recorded, scored against an
// answer key as found, missed and wrongly recorded problems.
import type { Finding } from './model';

export interface AnswerItem {
  /** Page path on the demo site. */
  path: string;
  rule: string;
  /** Column name, material name, or link path. */
  target: string;
  /** A warning: recording it is right, missing it is no fault. */
  optional?: boolean;
}

function pathOf(url: string): string {
  try {
    const u = new URL(url);
    return u.pathname + u.search;
  } catch {
    return url;
  }
}

/** What a finding is about, in the answer key's terms. */
export function targetOf(f: Pick<Finding, 'rule' | 'column' | 'item' | 'linkUrl' | 'pageUrl'>): string {
  if (f.rule === 'dead-link' || f.rule === 'broken-image') {
    // Links off the demo site keep their host; links on it are compared by path.
    const page = (() => {
      try {
        return new URL(f.pageUrl).host;
      } catch {
        return '';
      }
    })();
    try {
      const u = new URL(f.linkUrl, f.pageUrl);
      return u.host === page ? u.pathname + u.search : u.href;
    } catch {
      return f.linkUrl;
    }
  }
  return f.item || f.column;
}

export interface PracticeScore {
  found: AnswerItem[];
  missed: AnswerItem[];
  wrong: Finding[];
  /** Problems of the key a trainee must find (warnings are optional). */
  required: number;
  score: number;
}

export function scorePractice(findings: Finding[], key: AnswerItem[]): PracticeScore {
  const matched = new Set<AnswerItem>();
  const wrong: Finding[] = [];
  for (const f of findings) {
    const path = pathOf(f.pageUrl);
    const hit = key.find(
      (k) =>
        k.rule === f.rule &&
        k.target === targetOf(f) &&
        (k.path === path || (k.path === '/' && path === '/index.html')),
    );
    if (hit) matched.add(hit);
    else wrong.push(f);
  }
  const found = key.filter((k) => matched.has(k));
  const missed = key.filter((k) => !k.optional && !matched.has(k));
  const required = key.filter((k) => !k.optional).length;
  const foundRequired = found.filter((k) => !k.optional).length;
  // Score = (found − wrongly recorded) ÷ required × 100, never below 0: the panel shows this sum.
  // Wrong records cost as much as misses: a circular must not name problems that are not there.
  const score = Math.max(0, Math.round((100 * (foundRequired - wrong.length)) / Math.max(1, required)));
  return { found, missed, wrong, required, score };
}
