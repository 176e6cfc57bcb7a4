import { expect, test } from 'vitest';
import { createVerdictCache } from '../../../lib/linkcheck/cache';
import type { LinkVerdict } from '../../../lib/engine/types';

const v = (url: string, over: Partial<LinkVerdict> = {}): LinkVerdict => ({
  url,
  verdict: 'dead',
  reason: '404',
  ...over,
});

test('bounded: the oldest verdicts go first, and a re-checked link counts as new', () => {
  const c = createVerdictCache([], 3);
  for (const u of ['a', 'b', 'c']) c.set(u, v(u));
  c.set('a', v('a'));
  c.set('d', v('d'));
  expect(c.entries().map(([k]) => k)).toEqual(['c', 'a', 'd']);
});

test('skipped links, overlong addresses and long reasons are not kept whole', () => {
  const c = createVerdictCache();
  expect(c.set('x', v('x', { verdict: 'skipped' }))).toBe(false);
  expect(c.set('y'.repeat(3000), v('y'.repeat(3000)))).toBe(false);
  expect(c.set('z', v('z', { finalUrl: `http://z/${'q'.repeat(3000)}` }))).toBe(false);
  c.set('w', v('w', { reason: 'r'.repeat(5000) }));
  expect(c.get('w')!.reason).toHaveLength(200);
  expect(c.size).toBe(1);
});

test('what a restarted worker reads back is checked; a full store keeps the newer half', () => {
  const c = createVerdictCache([
    ['a', v('a')],
    ['b', null as unknown as LinkVerdict],
    ['c', v('c')],
  ]);
  expect(c.entries().map(([k]) => k)).toEqual(['a', 'c']);
  expect(createVerdictCache('junk' as never).size).toBe(0);
  for (let i = 0; i < 10; i++) c.set(`n${i}`, v(`n${i}`));
  c.shrink(0.5);
  expect(c.entries().map(([k]) => k)).toEqual(['n4', 'n5', 'n6', 'n7', 'n8', 'n9']);
});
