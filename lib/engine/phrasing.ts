// Descriptions in the circulars' own phrasing (domain.md §6).
import { windowLabel } from '../domain/profile';
import type { Window } from './types';

export const phrase = {
  stale: (column: string, w: Window) => `“${column}”栏目超过${windowLabel(w)}未更新`,
  soon: (column: string, w: Window) => `“${column}”栏目即将超过${windowLabel(w)}未更新`,
  blank: (column: string) => `“${column}”为空白栏目`,
  undated: (column: string) => `“${column}”栏目信息未标注发布日期`,
  yearUnknown: (column: string) => `“${column}”栏目信息日期未标明年份，需人工核实是否超期`,
  future: (column: string, date: string) => `“${column}”栏目存在发布日期晚于监测时间点的信息（${date}）`,
  material: (guide: string, material: string) => `办事指南“${guide}”申请材料“${material}”未注明份数`,
  materialAmbiguous: (guide: string, material: string) => `办事指南“${guide}”申请材料“${material}”份数不明确`,
  guideElements: (guide: string, missing: string[]) => `办事指南“${guide}”缺少${missing.join('、')}等要素`,
  deadLink: (reason: string, url: string) => `页面存在不可用链接（${reason}）：${url}`,
  warnLink: (reason: string, url: string) => `页面链接需人工核实（${reason}）：${url}`,
  wording: (wrong: string, right: string | undefined, level: 'flag' | 'warn') =>
    level === 'flag'
      ? `页面存在严重表述错误：“${wrong}”${right ? `应为“${right}”` : ''}`
      : `页面疑似存在表述错误：“${wrong}”${right ? `应为“${right}”` : ''}，需人工核实`,
  outdatedName: (old: string, now: string) => `页面使用已变更的机构名称“${old}”（现为“${now}”）`,
  personalInfo: (kind: 'id-number' | 'mobile' | 'bank-card') =>
    `页面公开了未脱敏的${kind === 'id-number' ? '居民身份证号码' : kind === 'mobile' ? '手机号码' : '银行卡号'}`,
  brokenImage: (column?: string) => (column ? `${column}图片无法显示` : '页面图片无法显示'),
};
