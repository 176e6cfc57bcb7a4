import { describe, expect, test } from 'vitest';
import { encodeGbk } from '../../../demo/server.mjs';
import { importUnits } from '../../../lib/exchange/unitimport';

const csv =
  '单位名称,网站名称,网站标识码,网址\r\n县人社局,县人社局网站,9999000003,"http://rsj.demo.gov.cn/; http://www.demo.gov.cn/rsj/"\r\n县司法局,县司法局网站,9999000002,sfj.demo.gov.cn\r\n';

describe('importing a unit list', () => {
  test('UTF-8 with BOM, quoted cells holding several URLs', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(csv)]);
    const r = importUnits(bytes);
    expect(r.problems).toEqual([]);
    expect(r.units).toEqual([
      {
        name: '县人社局',
        siteName: '县人社局网站',
        siteIdCode: '9999000003',
        prefixes: ['http://rsj.demo.gov.cn/', 'http://www.demo.gov.cn/rsj/'],
      },
      { name: '县司法局', siteName: '县司法局网站', siteIdCode: '9999000002', prefixes: ['sfj.demo.gov.cn'] },
    ]);
  });
  test('UTF-8 without BOM and GBK read the same', () => {
    expect(importUnits(new TextEncoder().encode(csv)).units).toHaveLength(2);
    const gbk = importUnits(new Uint8Array(encodeGbk(csv)));
    expect(gbk.units.map((u) => u.name)).toEqual(['县人社局', '县司法局']);
  });
  test('TSV pasted from Excel, with URLs in several columns', () => {
    const tsv =
      '单位\t网站名称\t网站标识码\t网址1\t网址2\n县教育局\t县教育局网站\t9999000004\thttp://jyj.demo.gov.cn/\twww.demo.gov.cn/jyj/\n';
    expect(importUnits(tsv).units[0].prefixes).toEqual(['http://jyj.demo.gov.cn/', 'www.demo.gov.cn/jyj/']);
  });
  test('problems are named by line; duplicates merge', () => {
    const r = importUnits(
      '单位名称,网站标识码,网址\n,123,a.gov.cn\n县林业局,12345,lyj.demo.gov.cn\n县林业局,,www.demo.gov.cn/lyj/\n县水利局,,\n',
    );
    expect(r.problems).toEqual([
      '第2行缺少单位名称 / line 2: no unit name',
      '第3行网站标识码“12345”不是10位 / line 3: site ID code is not 10 characters',
      '第4行“县林业局”重复，已合并 / line 4: duplicate "县林业局" merged',
      '第5行“县水利局”没有网址 / line 5: "县水利局" has no URL',
    ]);
    expect(r.units.find((u) => u.name === '县林业局')!.prefixes).toEqual([
      'lyj.demo.gov.cn',
      'www.demo.gov.cn/lyj/',
    ]);
  });
  test('fifty units from a spreadsheet', () => {
    const rows = Array.from(
      { length: 50 },
      (_, i) => `县第${i}局,县第${i}局网站,99990000${String(i).padStart(2, '0')},http://u${i}.demo.gov.cn/`,
    );
    expect(importUnits(`单位名称,网站名称,网站标识码,网址\n${rows.join('\n')}`).units).toHaveLength(50);
  });
});
