import { describe, expect, test } from 'vitest';
import {
  coveredAtInstall,
  hostPattern,
  OPTIONAL_HOSTS,
  patternHost,
  patternsToRequest,
  REQUIRED_HOSTS,
} from '../../../lib/domain/access';

describe('host access', () => {
  test.each([
    ['http://www.gov.cn/', true],
    ['https://www.demo-county.gov.cn/a', true],
    ['http://gov.cn', true],
    ['http://127.0.0.1:5173/x', true],
    ['https://localhost:8443/', true],
    ['www.rsj.demo.gov.cn/zwgk/', true],
    ['http://www.gov.cn.evil.com/', false],
    ['http://evilgov.cn/', false],
    ['http://127.0.0.2/', false],
    ['https://www.people.com.cn/', false],
    ['ftp://www.gov.cn/', false],
    ['not a url', false],
  ])('%s is covered at install: %s', (url, covered) => {
    expect(coveredAtInstall(url)).toBe(covered);
  });

  test('the install-time patterns are what coveredAtInstall() says, and none is all sites', () => {
    expect(REQUIRED_HOSTS).toContain('*://*.gov.cn/*');
    expect(REQUIRED_HOSTS.some((p) => p === '<all_urls>' || p.startsWith('*://*/'))).toBe(false);
    for (const p of REQUIRED_HOSTS)
      expect(coveredAtInstall(p.replace('*.', 'x.').replace(/^\*/, 'http'))).toBe(true);
    expect(OPTIONAL_HOSTS).toEqual(['http://*/*', 'https://*/*']);
  });

  test('one pattern per host outside the install-time access, any scheme and port, IDN as punycode', () => {
    expect(
      patternsToRequest([
        'https://www.xrmt.com.cn/news/',
        'http://www.xrmt.com.cn:8080/',
        'www.xrmt.com.cn/a',
        'http://rsj.demo.gov.cn/',
        'http://县政府.中国/',
        'mailto:a@b.c',
      ]),
    ).toEqual(['*://www.xrmt.com.cn/*', '*://xn--5nrs6wvkf.xn--fiqs8s/*']);
    expect(hostPattern('javascript:alert(1)')).toBeUndefined();
    expect(patternHost('*://www.xrmt.com.cn/*')).toBe('www.xrmt.com.cn');
    expect(
      patternsToRequest(
        Array.from({ length: 90 }, (_, i) => `http://h${i}.example.com/`),
        10,
      ),
    ).toHaveLength(10);
  });
});
