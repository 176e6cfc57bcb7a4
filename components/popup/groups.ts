// The popup's flags by kind, and the unit address it suggests for a new unit.
import type { FlagRecord } from '../../lib/engine/records';

const GROUPS = [
  {
    id: 'columns',
    label: 'groupColumns',
    rules: ['stale-column', 'stale-column-soon', 'blank-column', 'undated-column', 'future-date'],
  },
  { id: 'guides', label: 'groupGuides', rules: ['missing-material-count', 'guide-missing-elements'] },
  { id: 'links', label: 'groupLinks', rules: ['dead-link', 'broken-image'] },
  { id: 'wording', label: 'groupWording', rules: ['wrong-wording', 'outdated-name', 'personal-info'] },
] as const;

/** The page's flags by kind (栏目 / 办事指南 / 链接与图片 / 表述), empty kinds left out. */
export function groupFlags(flags: FlagRecord[]) {
  const known = new Set<string>(GROUPS.flatMap((g) => [...g.rules]));
  return [
    ...GROUPS.map((g) => ({
      id: g.id,
      label: g.label,
      flags: flags.filter((f) => (g.rules as readonly string[]).includes(f.rule)),
    })),
    { id: 'other', label: 'groupOther' as const, flags: flags.filter((f) => !known.has(f.rule)) },
  ].filter((g) => g.flags.length);
}

export function hostPrefix(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}/`;
  } catch {
    return url;
  }
}
