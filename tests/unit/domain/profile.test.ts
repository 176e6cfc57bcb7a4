import { describe, expect, test } from 'vitest';
import { formatDate } from '../../../lib/engine/dates';
import { categoryOf, judgeFreshness, NATIONAL_PROFILE, windowLabel } from '../../../lib/domain/profile';
import { day } from '../../fixtures/helpers';

describe('categories', () => {
  test.each([
    ['工作动态', 'news'],
    ['政务要闻', 'news'],
    ['图片新闻', 'news'],
    ['工作进展', 'news'],
    ['通知公告', 'notice-policy'],
    ['公示公告', 'notice-policy'],
    ['政策文件', 'notice-policy'],
    ['规范性文件', 'notice-policy'],
    ['政策解读', 'notice-policy'],
    ['人事信息', 'other'],
    ['三公经费', 'other'],
    ['双随机一公开', 'other'],
    ['建议提案办理', 'other'],
    ['专题专栏', 'exempt'],
    ['历史资料', 'exempt'],
  ])('%s is %s', (name, id) => expect(categoryOf(NATIONAL_PROFILE, name).id).toBe(id));

  test('an inspector override wins', () => {
    expect(categoryOf({ ...NATIONAL_PROFILE, overrides: { 乡镇动态: 'other' } }, '乡镇动态').id).toBe(
      'other',
    );
  });

  test('a stricter regional profile is data', () => {
    const strict = {
      ...NATIONAL_PROFILE,
      categories: NATIONAL_PROFILE.categories.map((c) =>
        c.id === 'news' ? { ...c, window: { days: 7 }, leadDays: 2 } : c,
      ),
    };
    const f = judgeFreshness(day('2023-01-01'), day('2023-01-10'), categoryOf(strict, '工作动态').window!, 2);
    expect(f.state).toBe('stale');
    expect(f.daysOverdue).toBe(2);
  });

  test('window labels follow the circulars', () => {
    expect(windowLabel({ weeks: 2 })).toBe('2周');
    expect(windowLabel({ months: 6 })).toBe('半年');
    expect(windowLabel({ years: 1 })).toBe('1年');
    expect(windowLabel({ months: 3 })).toBe('3个月');
  });
});

describe('judgeFreshness counts calendar windows back from the inspection date', () => {
  const asOf = day('2023-07-31');
  test('six months is calendar months, and the threshold day itself is fresh', () => {
    const w = { months: 6 };
    expect(formatDate(judgeFreshness(day('2023-01-31'), asOf, w, 15).threshold)).toBe('2023-01-31');
    expect(judgeFreshness(day('2023-01-31'), asOf, w, 15).state).toBe('soon');
    expect(judgeFreshness(day('2023-01-30'), asOf, w, 15)).toMatchObject({ state: 'stale', daysOverdue: 1 });
  });
  test('two weeks with a three-day lead', () => {
    const w = { weeks: 2 };
    expect(judgeFreshness(day('2023-07-17'), asOf, w, 3)).toMatchObject({ state: 'soon', daysLeft: 1 });
    expect(judgeFreshness(day('2023-07-19'), asOf, w, 3)).toMatchObject({ state: 'soon', daysLeft: 3 });
    expect(judgeFreshness(day('2023-07-20'), asOf, w, 3).state).toBe('fresh');
    expect(judgeFreshness(day('2023-07-16'), asOf, w, 3)).toMatchObject({ state: 'stale', daysOverdue: 1 });
  });
  test('one year across a leap day', () => {
    expect(judgeFreshness(day('2023-02-28'), day('2024-02-29'), { years: 1 }, 15).state).toBe('soon');
    expect(judgeFreshness(day('2023-02-27'), day('2024-02-29'), { years: 1 }, 15).state).toBe('stale');
  });
});
