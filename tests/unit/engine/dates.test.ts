import { describe, expect, test } from 'vitest';
import {
  dateFromUrl,
  findLabelledPubDate,
  formatDate,
  inferYear,
  trailingDate,
  parseDateCell,
} from '../../../lib/engine/dates';
import { day } from '../../fixtures/helpers';

const ctx = { asOf: day('2023-01-05') };
const cell = (t: string, c: object = {}) => {
  const d = parseDateCell(t, { ...ctx, ...c });
  return d ? formatDate(d.date) : undefined;
};

describe('parseDateCell', () => {
  test.each([
    ['2023-01-04', '2023-01-04'],
    ['2023-1-4 15:40', '2023-01-04'],
    ['2023年1月4日', '2023-01-04'],
    ['2023/01/04', '2023-01-04'],
    ['2023.01.04', '2023-01-04'],
    ['[2023-01-04]', '2023-01-04'],
    ['(2023-01-04)', '2023-01-04'],
    ['（2023-01-04）', '2023-01-04'],
    ['发布时间：2023-01-04', '2023-01-04'],
    ['发 布 日 期 : 2023-01-04', '2023-01-04'],
    ['更新时间：2023年1月4日', '2023-01-04'],
    ['日期:2022-12-30', '2022-12-30'],
  ])('%s', (text, want) => expect(cell(text)).toBe(want));

  test('refuses drafting and archiving dates', () => {
    expect(cell('成文日期：2022-01-01')).toBeUndefined();
    expect(cell('发文日期：2022-01-01')).toBeUndefined();
    expect(cell('归档时间：2022-01-01')).toBeUndefined();
  });

  test('an index number or a document number is not a date', () => {
    expect(cell('000000000/2022-00001')).toBeUndefined();
    expect(cell('某政办发〔2022〕1号')).toBeUndefined();
  });

  test('impossible dates are refused', () => {
    expect(cell('2023-02-30')).toBeUndefined();
    expect(cell('2023-13-01')).toBeUndefined();
  });

  test('month-day only takes the latest year not after the inspection date', () => {
    expect(cell('01-04')).toBe('2023-01-04');
    expect(cell('12-28')).toBe('2022-12-28');
    expect(cell('[01-06]')).toBe('2022-01-06');
  });

  test('month-day takes its year from the item URL, across the year boundary', () => {
    expect(cell('12-28', { href: '/202212/t20221228_5012.html' })).toBe('2022-12-28');
    expect(cell('12-08', { href: '/art/2021/12/8/art_1229_1.html' })).toBe('2021-12-08');
    expect(cell('01-02', { href: '/202212/t20221230_5013.html' })).toBe('2023-01-02');
  });

  test('month-day takes the section year when the URL has none', () => {
    expect(cell('06-01', { contextYear: 2020 })).toBe('2020-06-01');
  });

  test('a short number inside prose is not a date', () => {
    expect(cell('第3-4季度工作安排')).toBeUndefined();
  });
});

describe('dateFromUrl and inferYear', () => {
  test('TRS and art paths', () => {
    expect(dateFromUrl('/xxgk/202212/t20221228_5012.html')).toEqual({ year: 2022, month: 12, day: 28 });
    expect(dateFromUrl('/art/2022/12/8/art_1_2.html')).toEqual({ year: 2022, month: 12, day: 8 });
    expect(dateFromUrl('/news/index.html')).toBeUndefined();
  });
  test('inferYear without hints', () => {
    expect(inferYear(1, 5, { asOf: day('2023-01-05') })).toBe(2023);
    expect(inferYear(1, 6, { asOf: day('2023-01-05') })).toBe(2022);
  });
});

test('findLabelledPubDate reads an article header', () => {
  expect(
    formatDate(findLabelledPubDate('成文日期：2022-01-01　发布时间：2022-03-04 10:00　来源：县政府办')!.date),
  ).toBe('2022-03-04');
  expect(findLabelledPubDate('成文日期：2022-01-01')).toBeUndefined();
});

describe('a date closing the title link', () => {
  const asOf = new Date(2026, 11, 1);
  test.each([
    ['县政府召开常务会议（2026-11-20）', '2026-11-20'],
    ['县政府召开常务会议(2026-11-20)', '2026-11-20'],
    ['县政府召开常务会议 [2026.11.20]', '2026-11-20'],
    ['关于做好值班值守的通知 2026年11月2日', '2026-11-02'],
    ['关于做好值班值守的通知 发布时间：2026-11-02', '2026-11-02'],
  ])('%s → %s', (text, expected) => {
    expect(formatDate(trailingDate(text, asOf)!.date)).toBe(expected);
  });
  test.each([
    '关于2026年11月重点工作安排',
    '关于印发《2026-2030年规划》的通知',
    '2026-11-20',
    '县政府召开常务会议（11-20）',
    '第2026-11-20号文件的解读说明',
  ])('%s has no closing publication date', (text) => {
    expect(trailingDate(text, asOf)).toBeUndefined();
  });
});

test('a hostile title (100 KB of dates and brackets) is read in linear time', () => {
  const title = '（2026-11-20 '.repeat(10_000);
  const t = performance.now();
  for (let i = 0; i < 10; i++) trailingDate(title, new Date(2026, 11, 1));
  expect(performance.now() - t).toBeLessThan(50);
});

describe('dates printed relative to the day the page is read', () => {
  const ctx = { asOf: new Date(2026, 11, 1) };
  test.each([
    ['刚刚', '2026-12-01'],
    ['15分钟前', '2026-12-01'],
    ['2小时前', '2026-12-01'],
    ['今天 09:30', '2026-12-01'],
    ['昨天', '2026-11-30'],
    ['昨天10:20', '2026-11-30'],
    ['前天', '2026-11-29'],
    ['3天前', '2026-11-28'],
    ['2周前', '2026-11-17'],
    ['1个月前', '2026-11-01'],
  ])('%s → %s', (text, expected) => {
    expect(formatDate(parseDateCell(text, ctx)!.date)).toBe(expected);
  });
  test.each(['3天前往报名', '今天是个好日子', '关于昨天的会议'])('%s is no date', (text) => {
    expect(parseDateCell(text, ctx)).toBeUndefined();
  });
});
