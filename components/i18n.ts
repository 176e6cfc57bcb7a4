// UI text in Simplified Chinese (default) and English. Exports keep Chinese headers whatever
// the UI language is.
export type Lang = 'zh' | 'en';

const zh = {
  appName: '巡网助手',
  flags: '问题', warns: '提示', noFlags: '本页未发现问题', scanning: '正在检查本页…',
  record: '记录', recorded: '已记录', updated: '已更新已有记录', save: '保存', cancel: '取消', close: '关闭', delete: '删除', undo: '撤销',
  description: '问题描述', note: '备注', inspector: '检查人', unit: '单位', unknownUnit: '未登记的单位', column: '栏目',
  rule: '指标', level: '级别', page: '页面', evidence: '依据', newestDate: '最新日期', daysOverdue: '超期天数', daysLeft: '剩余天数',
  window: '更新期限', category: '栏目类别', explain: '说明', checklistEntry: '查看指标说明',
  summaryTitle: '巡网助手检查结果', collapse: '收起', expand: '展开',
  popupTitle: '记录问题', scanThisPage: '检查本页', notScanned: '本页尚未检查（非 .gov.cn 且不属于已登记单位）。',
  cannotScan: '无法检查此页面（浏览器内部页面或无权限）。', selectAll: '全选', recordSelected: '记录所选',
  manualFinding: '手工记录指标', searchIndicator: '搜索指标…', addUnit: '登记为单位', unitName: '单位名称', siteName: '网站名称',
  siteIdCode: '网站标识码', prefixes: '网址前缀（每行一个）', round: '检查轮次', asOf: '监测时间点',
  openSidePanel: '打开汇总面板', screenshot: '附截图',
  sideTitle: '巡检结果汇总', findingsCount: '共 {n} 条记录', noFindings: '本轮尚无记录', exportJson: '导出 JSON', exportCsv: '导出问题清单 CSV',
  filterText: '筛选…', allUnits: '全部单位',
  optionsTitle: '巡网助手设置与检查指标', checklist: '检查指标', settings: '设置', language: '界面语言',
  veto: '单项否决', deduction: '扣分', warnLevel: '提示', automatic: '自动检测', manual: '人工记录', threshold: '标准',
  meaning: '含义', recognise: '如何识别', good: '正确示例', bad: '问题示例', helps: '本工具如何帮助',
  error: '出错了', saved: '已保存',
};

export type MsgKey = keyof typeof zh;

const en: Record<MsgKey, string> = {
  appName: 'Site Patrol',
  flags: 'problems', warns: 'warnings', noFlags: 'No problems found on this page', scanning: 'Checking this page…',
  record: 'Record', recorded: 'Recorded', updated: 'Existing finding updated', save: 'Save', cancel: 'Cancel', close: 'Close', delete: 'Delete', undo: 'Undo',
  description: 'Description', note: 'Note', inspector: 'Inspector', unit: 'Unit', unknownUnit: 'Unregistered unit', column: 'Column',
  rule: 'Indicator', level: 'Level', page: 'Page', evidence: 'Evidence', newestDate: 'Newest date', daysOverdue: 'Days overdue', daysLeft: 'Days left',
  window: 'Window', category: 'Category', explain: 'Explanation', checklistEntry: 'Checklist entry',
  summaryTitle: 'Site Patrol results', collapse: 'Collapse', expand: 'Expand',
  popupTitle: 'Record problems', scanThisPage: 'Check this page', notScanned: 'This page has not been checked (not .gov.cn and not a registered unit).',
  cannotScan: 'This page cannot be checked (browser page or no access).', selectAll: 'Select all', recordSelected: 'Record selected',
  manualFinding: 'Record a checklist indicator', searchIndicator: 'Search indicators…', addUnit: 'Register as a unit', unitName: 'Unit name', siteName: 'Site name',
  siteIdCode: 'Site ID code', prefixes: 'URL prefixes (one per line)', round: 'Round', asOf: 'Inspection date',
  openSidePanel: 'Open the review panel', screenshot: 'Attach screenshot',
  sideTitle: 'Findings review', findingsCount: '{n} findings', noFindings: 'No findings in this round yet', exportJson: 'Export JSON', exportCsv: 'Export findings CSV',
  filterText: 'Filter…', allUnits: 'All units',
  optionsTitle: 'Site Patrol settings and checklist', checklist: 'Checklist', settings: 'Settings', language: 'Language',
  veto: 'Veto', deduction: 'Deduction', warnLevel: 'Warning', automatic: 'Automatic', manual: 'Manual', threshold: 'Threshold',
  meaning: 'Meaning', recognise: 'How to recognise', good: 'Good example', bad: 'Bad example', helps: 'How the extension helps',
  error: 'Error', saved: 'Saved',
};

export const MESSAGES: Record<Lang, Record<MsgKey, string>> = { zh, en };

export function t(lang: Lang, key: MsgKey, vars?: Record<string, string | number>): string {
  let s = MESSAGES[lang]?.[key] ?? zh[key];
  for (const [k, v] of Object.entries(vars ?? {})) s = s.replace(`{${k}}`, String(v));
  return s;
}
