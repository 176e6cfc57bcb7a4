// Link verdicts turned into on-page flags, and the order links are checked in.
import { phrase } from './phrasing';
import type { Flag, LinkTarget, LinkVerdict } from './types';

export function linkFlag(target: LinkTarget, v: LinkVerdict): Flag | undefined {
  if (v.verdict !== 'dead' && v.verdict !== 'warn') return undefined;
  const evidence = {
    url: target.url,
    status: v.status ?? null,
    finalUrl: v.finalUrl ?? null,
    reason: v.reason,
    kind: target.kind,
  };
  if (v.verdict === 'dead') {
    return {
      rule: 'dead-link',
      level: 'flag',
      message: phrase.deadLink(v.reason, target.url),
      href: target.href,
      element: target.element,
      evidence,
    };
  }
  return {
    rule: 'dead-link',
    level: 'warn',
    message: phrase.warnLink(v.reason, target.url),
    href: target.href,
    element: target.element,
    evidence,
  };
}

/** Links in the first screen go first, so the inspector sees results where they are looking. */
export function orderForChecking(links: LinkTarget[], viewportHeight: number): LinkTarget[] {
  const visible: LinkTarget[] = [];
  const rest: LinkTarget[] = [];
  for (const l of links) {
    const r = l.element.getBoundingClientRect();
    (r.bottom >= 0 && r.top <= viewportHeight && (r.width || r.height) ? visible : rest).push(l);
  }
  return [...visible, ...rest];
}
