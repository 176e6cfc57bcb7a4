import { expect, test } from 'vitest';
import { LINK_DEFAULTS } from '../../../lib/linkcheck/defaults';
import { readSettings, SETTING_DEFAULTS, SETTING_KEYS } from '../../../lib/domain/settings';

test('every setting has one default, and the link caps share the checker’s named defaults', async () => {
  expect(SETTING_KEYS.sort()).toEqual(
    [
      'autoLinks',
      'inspector',
      'lang',
      'linkCap',
      'overall',
      'perHost',
      'trainee',
      'circularIssuer',
      'circularRecipients',
      'circularOpening',
      'circularRequirements',
      'circularSignature',
    ].sort(),
  );
  expect(SETTING_DEFAULTS.perHost).toBe(LINK_DEFAULTS.perHost);
  expect(SETTING_DEFAULTS.linkCap).toBe(LINK_DEFAULTS.linkCap);
  const stored: Record<string, unknown> = { inspector: '张三', perHost: 2 };
  const s = await readSettings(async (k, fallback) => (k in stored ? stored[k] : fallback) as never);
  expect(s).toEqual({ ...SETTING_DEFAULTS, inspector: '张三', perHost: 2 });
});
