import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHECKLIST, indicator } from '../../../lib/domain/checklist';
import { MESSAGES } from '../../../components/shared/i18n';
import { indicatorName } from '../../../components/shared/text';
import { INDICATORS } from '../../../lib/domain/checklist/table';
import { scorePractice, targetOf, type AnswerItem } from '../../../lib/domain/practice';
import { generate } from '../../fixtures/findings';

const ENGINE_RULES = [
  'stale-column',
  'stale-column-soon',
  'blank-column',
  'undated-column',
  'future-date',
  'missing-material-count',
  'guide-missing-elements',
  'dead-link',
  'broken-image',
];
const MANUAL = [
  'site-unreachable',
  'home-not-updated',
  'serious-wording-error',
  'interaction-unanswered',
  'guide-elements-manual',
  'consultation-no-feedback',
  'leadership-outdated',
  'new-media-stale',
  'rectification-incomplete',
];

describe('the checklist carries every indicator', () => {
  test.each([...ENGINE_RULES, ...MANUAL])('%s has every field in both languages', (id) => {
    const x = indicator(id)!;
    expect(x).toBeDefined();
    for (const lang of ['zh', 'en'] as const) {
      for (const field of ['name', 'threshold', 'meaning', 'recognise', 'good', 'bad', 'helps'] as const)
        expect(x[lang][field].trim().length, `${id}.${lang}.${field}`).toBeGreaterThan(1);
    }
    expect(x.zh.description.length).toBeGreaterThan(1);
    expect(['veto', 'deduction', 'warn']).toContain(x.level);
  });
  test('engine rules are automatic, hand-recorded ones are not; ids are unique', () => {
    expect(ENGINE_RULES.every((id) => indicator(id)!.automatic)).toBe(true);
    expect(MANUAL.every((id) => !indicator(id)!.automatic)).toBe(true);
    expect(new Set(CHECKLIST.map((x) => x.id)).size).toBe(CHECKLIST.length);
  });
  test('every UI string exists in both _locales files, non-empty, with the same placeholders', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.zh).sort());
    for (const k of Object.keys(MESSAGES.zh) as Array<keyof typeof MESSAGES.zh>) {
      expect(MESSAGES.en[k].trim().length, k).toBeGreaterThan(0);
      expect(MESSAGES.zh[k].trim().length, k).toBeGreaterThan(0);
      const ph = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(ph(MESSAGES.en[k]), k).toEqual(ph(MESSAGES.zh[k]));
    }
  });
  test('no component carries Chinese UI text outside the _locales files', async () => {
    const { readdirSync, readFileSync: read } = await import('node:fs');
    const dir = join(dirname(fileURLToPath(import.meta.url)), '../../../components');
    const files = (readdirSync(dir, { recursive: true }) as string[])
      .filter((f) => f.endsWith('.tsx'))
      .map((f) => join(dir, f));
    const offenders: string[] = [];
    for (const f of files) {
      read(f, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const code = line.replace(/\/\/.*$/, '').replace(/^\s*\*.*$/, '');
          // Data values (statuses, verdicts, file names, the language's own name) are Chinese by design.
          const text = code.replace(/value="[^"]*"|'[^']*'|`[^`]*`|\{[^{}]*\}/g, '');
          if (/>[^<{]*[\u4e00-\u9fff]/.test(text)) offenders.push(`${f.split('/').pop()}:${i + 1}`);
        });
    }
    expect(offenders.filter((o) => !o.startsWith('Options.tsx'))).toEqual([]);
  });
});

describe('practice scoring', () => {
  const key = JSON.parse(
    readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../demo/answer-key.json'), 'utf8'),
  ) as AnswerItem[];
  const base = generate(1, 1).findings[0];
  const rec = (path: string, rule: string, over: Partial<typeof base>) => ({
    ...base,
    id: Math.random().toString(),
    pageUrl: `http://www.demo-county.gov.cn:8088${path}`,
    rule,
    ...over,
  });
  test('every answer-key rule has a checklist entry', () => {
    expect(key.every((k) => indicator(k.rule))).toBe(true);
  });
  test('found, missed and wrong, with warnings optional', () => {
    const fs = [
      rec('/', 'stale-column', { column: '三公经费' }),
      rec('/', 'stale-column-soon', { column: '政策文件' }),
      rec('/links.html', 'dead-link', { linkUrl: 'http://www.demo-county.gov.cn:8088/status/404' }),
      rec('/links.html', 'dead-link', { linkUrl: 'http://unreachable.invalid/' }),
      rec('/', 'stale-column', { column: '工作动态' }), // wrong: that column is fresh
    ];
    const s = scorePractice(fs, key);
    expect(s.found.map((k) => k.target)).toEqual([
      '三公经费',
      '政策文件',
      '/status/404',
      'http://unreachable.invalid/',
    ]);
    expect(s.wrong.map((f) => f.column)).toEqual(['工作动态']);
    expect(s.missed).toHaveLength(key.filter((k) => !k.optional).length - 3);
    expect(s.score).toBe(Math.round((100 * (3 - 1)) / key.filter((k) => !k.optional).length));
    expect(targetOf(rec('/', 'broken-image', { linkUrl: '/images/missing.png' }))).toBe(
      '/images/missing.png',
    );
  });
  test('recording everything in the key scores 100', () => {
    const fs = key.map((k) =>
      rec(
        k.path,
        k.rule,
        k.rule === 'dead-link' || k.rule === 'broken-image'
          ? {
              linkUrl: k.target.startsWith('http')
                ? k.target
                : `http://www.demo-county.gov.cn:8088${k.target}`,
            }
          : k.rule === 'missing-material-count'
            ? { item: k.target, column: '' }
            : { column: k.target, item: '' },
      ),
    );
    expect(scorePractice(fs, key)).toMatchObject({ score: 100, missed: [], wrong: [] });
  });
});

test('indicator names travel with the text table, so the content script holds no copy of the checklist', () => {
  for (const row of INDICATORS) {
    expect(MESSAGES.zh[`indicator:${row.id}` as keyof typeof MESSAGES.zh]).toBe(row.name.zh);
    expect(indicatorName('en', row.id)).toBe(row.name.en);
  }
  expect(indicatorName('zh', 'no-such-rule')).toBe('no-such-rule');
});
