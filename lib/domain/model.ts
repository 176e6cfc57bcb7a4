// Rounds, units and findings (domain.md §6). Plain data: stored in IndexedDB, exported as JSON.
import { prefixProblem } from './addresses';

/** Rectification states (整改), '' for not yet followed up. */
export const RECTIFICATIONS = ['', '未整改', '整改不彻底', '已整改'] as const;
export type Rectification = (typeof RECTIFICATIONS)[number];

/** The circular's 检查结果 for a unit. */
export const VERDICTS = ['不合格', '合格', '无问题'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface Round {
  id: string;
  name: string;
  /** Inspection date (监测时间点), YYYY-MM-DD: every freshness window counts back from it. */
  asOf: string;
  notes: string;
  /** The circular lists units in this order. */
  unitIds: string[];
  /** 检查结果 chosen by the supervisor, overriding the computed one. */
  verdicts?: Record<string, Verdict>;
  /** Last round, whose findings are re-checked for rectification. */
  previousRoundId?: string;
  createdAt: string;
  updatedAt: string;
}

export interface Unit {
  id: string;
  name: string;
  siteName: string;
  siteIdCode: string;
  /** URL prefixes of the unit's sites; the longest match names a page's unit. */
  prefixes: string[];
  createdAt: string;
  updatedAt: string;
}

export interface Finding {
  id: string;
  roundId: string;
  unitId: string;
  /** Engine rule id or checklist indicator id. */
  rule: string;
  level: 'flag' | 'warn';
  column: string;
  item: string;
  pageUrl: string;
  pageTitle: string;
  selector: string;
  snippet: string;
  linkUrl: string;
  evidence: Record<string, string | number | boolean | string[] | null>;
  description: string;
  inspector: string;
  points: number | null;
  rectification: Rectification;
  note: string;
  screenshotId: string;
  createdAt: string;
  updatedAt: string;
}

/** What a surface sends to record a finding; the background fills ids and times. */
export type FindingInput = Omit<Finding, 'id' | 'createdAt' | 'updatedAt' | 'screenshotId'> & {
  id?: string;
  screenshotId?: string;
};

export function newId(prefix: string): string {
  const rnd =
    typeof crypto !== 'undefined' && 'randomUUID' in crypto
      ? crypto.randomUUID()
      : `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
  return `${prefix}_${rnd}`;
}

/** Same unit + rule + column/item/link + page in a round is one finding, recorded once. */
export function dedupeKey(
  f: Pick<Finding, 'roundId' | 'unitId' | 'rule' | 'column' | 'item' | 'linkUrl' | 'pageUrl'>,
): string {
  const page = f.pageUrl.replace(/#.*$/, '');
  return [f.roundId, f.unitId, f.rule, f.column, f.item, f.linkUrl, page].join('\u001f');
}

interface UrlParts {
  host: string;
  port: string;
  rest: string;
}

function urlParts(u: string): UrlParts {
  const s = u
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .toLowerCase();
  const m = /^([^/?#:]*)(:\d+)?(.*)$/.exec(s)!;
  return { host: m[1], port: m[2] ?? '', rest: m[3] };
}

/**
 * The unit whose URL prefix matches the page longest. Scheme and www. are ignored; a prefix
 * without a port matches any port; paths match at a boundary only.
 */
export function matchUnit<U extends Pick<Unit, 'prefixes'>>(units: U[], url: string): U | undefined {
  const t = urlParts(url);
  let best: U | undefined;
  let bestLen = -1;
  for (const u of units) {
    for (const raw of u.prefixes) {
      const p = urlParts(raw);
      if (!p.host || p.host !== t.host || (p.port && p.port !== t.port)) continue;
      const rest = p.rest.replace(/\/$/, '');
      if (!t.rest.startsWith(rest)) continue;
      const next = t.rest[rest.length];
      if (next !== undefined && !/[/?#]/.test(next)) continue;
      const score = p.host.length + p.port.length + rest.length;
      if (score > bestLen) {
        best = u;
        bestLen = score;
      }
    }
  }
  return best;
}

export function defaultRoundName(d: Date): string {
  return `${d.getFullYear()}年第${['一', '二', '三', '四'][Math.floor(d.getMonth() / 3)]}季度`;
}

/**
 * A URL prefix as a match pattern for dynamic content scripts (scheme-less prefixes match both);
 * undefined for a prefix that is not one host's address (see addresses.ts).
 */
export function toMatchPattern(prefix: string): string | undefined {
  if (prefixProblem(prefix)) return undefined;
  const m = /^(?:(https?):\/\/)?([^/?#]+)(\/[^?#]*)?/i.exec(prefix.trim());
  if (!m) return undefined;
  // Match patterns take the ASCII (punycode) form of an IDN host: 县政府.中国 → xn--….xn--fiqs8s.
  const host = new URL(`http://${m[2]}`).hostname;
  const path = (m[3] ?? '/').replace(/\*/g, '') + '*';
  return `${m[1] ? m[1].toLowerCase() : '*'}://${host}${path}`;
}
