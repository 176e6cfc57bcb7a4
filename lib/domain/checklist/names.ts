// Each indicator's short name in both languages: small enough for the content script's overlay.
import type { IndicatorId } from './table';

export const INDICATOR_NAMES: Record<IndicatorId, { zh: string; en: string }> = {
  'stale-column': { zh: '栏目未更新', en: 'Column not updated' },
  'stale-column-soon': { zh: '栏目即将超期未更新', en: 'Column about to go stale' },
  'blank-column': { zh: '空白栏目', en: 'Blank column' },
  'undated-column': { zh: '栏目无发布日期', en: 'Column without dates' },
  'future-date': { zh: '发布日期晚于监测时间点', en: 'Date after the inspection date' },
  'missing-material-count': { zh: '申请材料未注明份数', en: 'Material count missing' },
  'guide-missing-elements': { zh: '办事指南要素缺失', en: 'Guide missing key elements' },
  'dead-link': { zh: '链接不可用', en: 'Dead link' },
  'broken-image': { zh: '图片无法显示', en: 'Broken image' },
  'site-unreachable': { zh: '站点无法访问', en: 'Site unreachable' },
  'home-not-updated': { zh: '首页不更新', en: 'Home page not updated' },
  'serious-wording-error': { zh: '严重表述错误', en: 'Serious wording error' },
  'interaction-unanswered': { zh: '互动回应差', en: 'Messages unanswered' },
  'guide-elements-manual': { zh: '办事指南关键要素缺失（服务不实用）', en: 'Service guides not usable' },
  'consultation-no-feedback': { zh: '意见征集结果未反馈', en: 'Consultation result not published' },
  'leadership-outdated': {
    zh: '领导信息、机构信息未及时调整',
    en: 'Leadership or organisation profile out of date',
  },
  'new-media-stale': { zh: '政务新媒体未更新', en: 'New-media account not updated' },
  'rectification-incomplete': { zh: '上轮问题整改不彻底', en: 'Last round not rectified' },
};
