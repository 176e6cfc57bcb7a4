import { describe, expect, test } from 'vitest';
import { findPersonalInfo, isResidentId, scanPage, SEED_WORDING, type WordingEntry } from '../../../lib';
import { luhn } from '../../../lib/engine/wording/personal';
import { createMatcher } from '../../../lib/engine/wording/matcher';
import { day, docFrom } from '../../fixtures/helpers';
import { toRecord } from '../../../lib/engine/records';

const asOf = day('2023-07-31');
const scan = (html: string, entries?: WordingEntry[], exceptions?: string[]) =>
  scanPage(docFrom(html), {
    asOf,
    url: 'http://www.example.gov.cn/',
    wording: entries ? { entries, exceptions } : undefined,
  });
const guard = (html: string, entries?: WordingEntry[], exceptions?: string[]) =>
  scan(html, entries, exceptions)
    .flags.filter((f) => ['wrong-wording', 'outdated-name', 'personal-info'].includes(f.rule))
    .map((f) => `${f.rule}:${f.level}:${f.item}`);

/** A valid resident ID: area 320102, born 1990-01-01, sequence 123, check digit computed. */
function validId(body = '32010219900101123'): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, c, i) => s + Number(c) * w[i], 0);
  return body + '10X98765432'[sum % 11];
}
const card = (prefix: string) => {
  for (let d = 0; d < 10; d++) if (luhn(prefix + d)) return prefix + d;
  throw new Error('no check digit');
};

describe('personal data (GB 11643, mobiles, Luhn)', () => {
  const id = validId();
  test('a resident ID needs its check digit and a real birth date', () => {
    expect(isResidentId(id, asOf)).toBe(true);
    expect(isResidentId(id.slice(0, 17) + (id[17] === '0' ? '1' : '0'), asOf)).toBe(false);
    expect(isResidentId(validId('32010219901301123'), asOf)).toBe(false); // month 13
    expect(isResidentId(validId('32010220300101123'), asOf)).toBe(false); // born after asOf
    expect(isResidentId(validId('32010219900230123'), asOf)).toBe(false); // 30 February
  });
  test('unmasked numbers are found and masked; masked ones, longer runs, 索引号 and 文号 are not', () => {
    const unionPay = card('622202123456789012');
    const text = [
      `张三，身份证号：${id}，`,
      '联系电话13812345678。',
      `账户${unionPay}`,
      '李四 3201**********1234 138****1234',
      `索引号：${id}`,
      `编号${'9'.repeat(3)}${id}`,
      '订单号：13912345678',
      '门牌号 0551-63357890',
    ].join('\n');
    const hits = findPersonalInfo(text, asOf);
    expect(hits.map((h) => [h.kind, h.masked])).toEqual([
      ['id-number', `${id.slice(0, 4)}**********${id.slice(14)}`],
      ['mobile', '138****5678'],
      ['bank-card', `6222${'*'.repeat(unionPay.length - 8)}${unionPay.slice(-4)}`],
    ]);
  });
  test('a number split by spaces as cards and mobiles are printed is still found', () => {
    const c = card('621700123456789');
    const spaced = c.replace(/(\d{4})(?=\d)/g, '$1 ');
    expect(findPersonalInfo(`卡号 ${spaced} 手机 139 1234 5678`, asOf).map((h) => h.kind)).toEqual([
      'bank-card',
      'mobile',
    ]);
  });
  test('the flag never holds the full number', () => {
    const s = scan(`<table><tr><td>王五</td><td>${id}</td><td>13812345678</td></tr></table>`);
    const flags = s.flags.filter((f) => f.rule === 'personal-info');
    expect(flags.map((f) => f.item)).toEqual(['id-number', 'mobile']);
    expect(flags.map((f) => f.message)).toEqual([
      '页面公开了未脱敏的居民身份证号码',
      '页面公开了未脱敏的手机号码',
    ]);
    expect(JSON.stringify(flags.map((f) => [f.message, f.evidence]))).not.toContain(id);
    expect(JSON.stringify(flags.map((f) => f.evidence))).not.toContain('13812345678');
    expect(flags[0].element?.tagName).toBe('TD');
    const records = flags.map(toRecord);
    expect(JSON.stringify(records)).not.toContain(id);
    expect(JSON.stringify(records)).not.toContain('13812345678');
  });
  test('100 KB of digits and separators is read in linear time', () => {
    const t = performance.now();
    findPersonalInfo('1 2-3 '.repeat(20_000) + '9'.repeat(100_000), asOf);
    expect(performance.now() - t).toBeLessThan(50);
  });
});

describe('dictionary wrong forms', () => {
  test('a certain entry flags, others warn; the item is the text as found, with the right form and context', () => {
    const s = scan('<p>中华人民<span>共合国</span>成立于1949年，各级人民攻府要依法行政。</p>');
    const w = s.flags.filter((f) => f.rule === 'wrong-wording');
    expect(w.map((f) => [f.level, f.item, f.message])).toEqual([
      ['flag', '中华人民共合国', '页面存在严重表述错误：“中华人民共合国”应为“中华人民共和国”'],
      ['flag', '人民攻府', '页面存在严重表述错误：“人民攻府”应为“人民政府”'],
    ]);
    expect(w[0].evidence).toMatchObject({ right: '中华人民共和国', category: '国家名称' });
    expect((w[0].evidence as { context: string }).context).toContain('成立于1949年');
  });
  test("an office's entries apply with their levels; exceptions stick for the site", () => {
    const entries: WordingEntry[] = [
      { wrong: '县长助里', right: '县长助理', category: '领导职务', level: 'flag' },
      { wrong: '凌笪乡', right: '凌笪镇', category: '行政区划' },
    ];
    expect(guard('<div>县长助里张三到凌笪乡调研</div>', entries)).toEqual([
      'wrong-wording:flag:县长助里',
      'wrong-wording:warn:凌笪乡',
    ]);
    expect(guard('<div>县长助里张三到凌笪乡调研</div>', entries, ['凌笪乡'])).toEqual([
      'wrong-wording:flag:县长助里',
    ]);
  });
  test('correct text never matches: no seed entry is part of a right form, and such office entries are ignored', () => {
    for (const e of SEED_WORDING) {
      for (const other of SEED_WORDING) {
        if (other.right) expect(other.right.includes(e.wrong), `${e.wrong} in ${other.right}`).toBe(false);
      }
    }
    const text = `<p>${SEED_WORDING.map((e) => e.right).join('，')}。全国人民代表大会和中国人民政治协商会议，依据行政许可法发放许可。</p>`;
    expect(guard(text, [{ wrong: '人民代表大', right: '人民代表大会', level: 'flag' }])).toEqual([]);
  });
  test('a phrase never runs from one block into the next, and scripts are not page text', () => {
    expect(guard('<p>中华人民</p><p>共合国</p><script>var s="中华人民共合国";</script>')).toEqual([]);
  });
});

describe('renamed institutions', () => {
  test('an item dated after the rename uses an out-of-date name; an older one is history', () => {
    const row = (t: string, d: string, n: number) => `<li><a href="/a/${n}">${t}</a><span>${d}</span></li>`;
    const s = scan(
      `<div class="box"><h3>通知公告</h3><ul>${row('转发国家工商行政管理总局关于开展年报工作的通知', '2023-06-01', 1)}${row('国家食品药品监督管理总局发布抽检结果', '2016-05-01', 2)}${row('县农业部门开展春耕检查', '2023-05-01', 3)}</ul></div>`,
    );
    const f = s.flags.filter((x) => x.rule === 'outdated-name');
    expect(f.map((x) => [x.item, x.message])).toEqual([
      [
        '国家工商行政管理总局',
        '页面使用已变更的机构名称“国家工商行政管理总局”（现为“国家市场监督管理总局”）',
      ],
    ]);
    expect(f[0].evidence).toMatchObject({ since: '2018-04-10', date: '2023-06-01' });
  });
  test("an article's own date decides; an undated page is never flagged", () => {
    const article = (d: string) =>
      `<html><head><meta name="PubDate" content="${d} 10:00"></head><body><h1>关于做好秋季农业生产的通知</h1><p>根据农业部有关要求，现将有关事项通知如下。</p></body></html>`;
    expect(guard(article('2020-09-01'))).toEqual(['outdated-name:flag:农业部']);
    expect(guard(article('2020-09-01').replace('农业部', '环境保护部'))).toEqual([
      'outdated-name:flag:环境保护部',
    ]);
    expect(guard(article('2016-09-01').replace('农业部', '环境保护部'))).toEqual([]);
    expect(guard('<p>环境保护部</p>')).toEqual([]);
  });
});

describe('the matcher', () => {
  test('finds every pattern in one pass, overlaps included', () => {
    const m = createMatcher(['he', 'she', 'hers', '中华人民共合国', '']);
    expect(m.search('ushers 中华人民共合国').map((h) => [h.pattern, h.start, h.end])).toEqual([
      [1, 1, 4],
      [0, 2, 4],
      [2, 2, 6],
      [3, 7, 14],
    ]);
  });
});
