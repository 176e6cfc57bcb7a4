import { describe, expect, test } from 'vitest';
import { isWebUrl, prefixProblem } from '../../../lib/domain/addresses';
import { toMatchPattern } from '../../../lib/domain/model';
import { decodeText } from '../../../lib/exchange/decode';
import { makeEnvelope } from '../../../lib/exchange/export';
import { validateFiles } from '../../../lib/exchange/importer';
import { importUnits } from '../../../lib/exchange/unitimport';
import { generate } from '../../fixtures/findings';

describe('addresses the tool opens or watches', () => {
  test.each([
    ['http://www.demo.gov.cn/x', true],
    ['https://a.gov.cn', true],
    ['data:text/html,<script>alert(1)</script>', false],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['chrome://settings', false],
    ['', false],
  ])('%s opens: %s', (url, ok) => expect(isWebUrl(url)).toBe(ok));

  test('a unit prefix names one host: no wildcard, scheme other than http(s), user name or bare word', () => {
    for (const good of [
      'http://www.demo.gov.cn/',
      'rsj.demo.gov.cn/a/',
      'localhost:8080',
      'https://县政府.中国/',
    ])
      expect(prefixProblem(good), good).toBe('');
    for (const bad of [
      '*',
      '*.gov.cn',
      'http://*/*',
      'file:///c/',
      'ftp://x.gov.cn/',
      'http://u@x.gov.cn/',
      'x',
      'a b.gov.cn',
      '',
    ])
      expect(prefixProblem(bad), bad).not.toBe('');
    expect(toMatchPattern('*')).toBeUndefined();
    expect(toMatchPattern('https://县政府.中国/xxgk')).toMatch(
      /^https:\/\/xn--[a-z0-9]+\.xn--fiqs8s\/xxgk\*$/,
    );
    expect(toMatchPattern('www.demo.gov.cn:8088')).toBe('*://www.demo.gov.cn/*');
  });

  test('a spreadsheet of units names the row whose address is no address', () => {
    const r = importUnits(
      '单位名称,网站名称,网站标识码,网址\n县教育局,教育网,3204810001,http://jyj.gov.cn/*\n县民政局,民政网,,http://mz.demo.gov.cn/\n',
    );
    expect(r.problems).toEqual([expect.stringMatching(/^第2行“县教育局”：网址前缀不能含有 \*/)]);
  });
});

describe('imported bytes', () => {
  test('UTF-8 and UTF-16 with a BOM decode; GBK, pictures, archives and binary are named, not shown', () => {
    expect(decodeText(new TextEncoder().encode('\uFEFF{"a":"检查"}')).text).toBe('{"a":"检查"}');
    const gbk = new Uint8Array([0x7b, 0x22, 0xbc, 0xec, 0xb2, 0xe9, 0x22, 0x7d]); // {"检查"} in GBK
    expect(decodeText(gbk).problem).toMatch(/文件不是 UTF-8 编码（看起来是 GBK/);
    expect(decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])).problem).toMatch(/PNG 图片/);
    expect(decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2])).problem).toMatch(
      /ZIP 压缩包或 Office 文件/,
    );
    expect(decodeText(new Uint8Array([0x7b, 0x00, 0x7d])).problem).toMatch(/不是文本文件/);
    expect(decodeText(new Uint8Array([])).problem).toMatch(/文件是空的/);
    expect(decodeText(new TextEncoder().encode('  \n')).problem).toMatch(/文件是空的/);
  });

  test('a unit deleted after its findings were recorded: the export keeps them unregistered and imports back', () => {
    const { round, units, findings } = generate(6, 3);
    const env = makeEnvelope(round, units.slice(1), findings);
    expect(env.round.unitIds).toEqual(units.slice(1).map((u) => u.id));
    expect(env.findings.filter((f) => f.unitId === '')).toHaveLength(2);
    expect(validateFiles([{ name: 'a.json', text: JSON.stringify(env) }]).problems).toEqual([]);
  });
});
