// Column categories and freshness windows as data (domain.md §3). Regions edit copies of the
// national profile; an inspector can pin one column's category per site.
import { differenceInCalendarDays, sub } from 'date-fns';
import type { Category, CategoryId, Profile, Window } from '../engine/types';

export const NATIONAL_PROFILE: Profile = {
  id: 'national',
  name: '国家标准（2019年检查指标）',
  fallback: 'other',
  categories: [
    { id: 'exempt', name: '历史/专题栏目（不考核更新）', patterns: ['专题', '历史'] },
    {
      id: 'notice-policy',
      name: '通知公告/政策文件类',
      window: { months: 6 },
      leadDays: 15,
      patterns: [
        '通知公告',
        '公示公告',
        '公告公示',
        '通知',
        '公告',
        '公示',
        '政策文件',
        '规范性文件',
        '政策解读',
        '政策法规',
        '文件',
      ],
    },
    {
      id: 'news',
      name: '动态要闻类',
      window: { weeks: 2 },
      leadDays: 3,
      patterns: [
        '要闻',
        '动态',
        '工作进展',
        '图片新闻',
        '新闻',
        '快讯',
        '资讯',
        // Place or unit + 信息 is a news column too (各镇信息, 部门信息, 政务信息), as are media pages.
        '(?:各镇|乡镇|镇街|镇村|部门|单位|政务|区县|县区|基层|街道|社区|县直|市直|县级)信息$',
        '媒体',
        '图片',
      ],
    },
    {
      id: 'other',
      name: '应更新栏目',
      window: { years: 1 },
      leadDays: 15,
      patterns: [
        '人事信息',
        '规划计划',
        '财政资金',
        '双随机一公开',
        '三公经费',
        '领导简介',
        '机构职能',
        '统计',
      ],
    },
  ],
};

export function categoryOf(profile: Profile, columnName: string): Category {
  const override = profile.overrides?.[columnName];
  const byId = (id: CategoryId) => profile.categories.find((c) => c.id === id);
  if (override && byId(override)) return byId(override)!;
  // A sub-column (财政专项资金—制度文件) is filed by its own name, then by its parent's.
  const parts = columnName.split('—');
  for (const name of parts.length > 1 ? [parts[parts.length - 1], columnName] : [columnName]) {
    for (const c of profile.categories) {
      if (c.patterns.some((p) => safeTest(p, name))) return c;
    }
  }
  return byId(profile.fallback) ?? profile.categories[profile.categories.length - 1];
}

function safeTest(pattern: string, text: string): boolean {
  try {
    return new RegExp(pattern).test(text);
  } catch {
    return text.includes(pattern);
  }
}

/** The circular's way of naming a window: 2周, 半年, 1年, 3个月, 5天. */
export function windowLabel(w: Window): string {
  if (w.years) return `${w.years}年`;
  if (w.months === 6) return '半年';
  if (w.months) return `${w.months}个月`;
  if (w.weeks) return `${w.weeks}周`;
  return `${w.days ?? 0}天`;
}

export interface Freshness {
  state: 'fresh' | 'soon' | 'stale';
  /** Oldest date that still counts as updated in time. */
  threshold: Date;
  daysOverdue: number;
  daysLeft: number;
}

/** Calendar windows counted back from the inspection date, not from today. */
export function judgeFreshness(newest: Date, asOf: Date, window: Window, leadDays: number): Freshness {
  const day = new Date(asOf.getFullYear(), asOf.getMonth(), asOf.getDate());
  const threshold = sub(day, {
    days: window.days,
    weeks: window.weeks,
    months: window.months,
    years: window.years,
  });
  const overdue = differenceInCalendarDays(threshold, newest);
  if (overdue > 0) return { state: 'stale', threshold, daysOverdue: overdue, daysLeft: 0 };
  // Days until the column turns stale: it is stale the day the threshold passes its newest item.
  const daysLeft = differenceInCalendarDays(newest, threshold) + 1;
  return { state: daysLeft <= leadDays ? 'soon' : 'fresh', threshold, daysOverdue: 0, daysLeft };
}
