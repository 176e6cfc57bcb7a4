// The explanations of the indicators a person records by hand, keyed by indicator id.
import type { RuleId } from '../../engine/types';
import type { IndicatorId } from './table';
import type { IndicatorText } from './indicator-text';

export const TEXT_MANUAL: Record<
  Exclude<IndicatorId, RuleId>,
  { zh: IndicatorText & { description: string }; en: IndicatorText }
> = {
  'site-unreachable': {
    zh: {
      threshold: '监测期间网站无法访问累计超过一周（或首页打不开次数达5%）',
      meaning: '网站打不开。',
      recognise: '多次、不同时间访问均无法打开。',
      good: '网站可正常访问。',
      bad: '连续多日访问超时。',
      helps: '人工记录。',
      description: '网站无法访问',
    },
    en: {
      threshold: 'unreachable over a week',
      meaning: 'The site cannot be opened.',
      recognise: 'Fails repeatedly at different times.',
      good: 'Opens normally.',
      bad: 'Times out for days.',
      helps: 'Recorded by hand.',
    },
  },
  'home-not-updated': {
    zh: {
      threshold: '监测时间点前2周内首页无更新',
      meaning: '首页信息长期没有变化。',
      recognise: '首页所有栏目最新信息均超过2周。',
      good: '首页有近期信息。',
      bad: '首页最新信息为一个月前。',
      helps: '人工记录；首页栏目的日期可作参考。',
      description: '网站首页超过2周未更新',
    },
    en: {
      threshold: 'no update within 2 weeks',
      meaning: 'Nothing new on the home page.',
      recognise: 'All home columns older than 2 weeks.',
      good: 'Recent items on the home page.',
      bad: 'Newest item a month old.',
      helps: 'Recorded by hand.',
    },
  },
  'serious-wording-error': {
    zh: {
      threshold: '发现即单项否决',
      meaning: '严重错别字，如领导人姓名、国家名称写错，或出现反动、暴力、色情等内容。',
      recognise: '通读重要稿件，核对人名、职务、国名。',
      good: '表述准确。',
      bad: '领导姓名写错一字。',
      helps: '人工记录。',
      description: '网站存在严重表述错误',
    },
    en: {
      threshold: 'fails the site',
      meaning: "A leader's name or the country's name misspelt, or prohibited content.",
      recognise: 'Read key articles closely.',
      good: 'Accurate.',
      bad: "A leader's name misspelt.",
      helps: 'Recorded by hand.',
    },
  },
  'interaction-unanswered': {
    zh: {
      threshold: '留言超过3个月未回应',
      meaning: '政务咨询、投诉类栏目长期不回应群众留言。',
      recognise: '查看留言列表的回复状态和时间。',
      good: '留言均在规定时间内答复。',
      bad: '4个月前的留言仍显示“未回复”。',
      helps: '人工记录。',
      description: '互动栏目留言超过3个月未回应',
    },
    en: {
      threshold: 'over 3 months',
      meaning: 'Public messages left unanswered.',
      recognise: 'Check reply status and dates.',
      good: 'All answered in time.',
      bad: 'A 4-month-old message unanswered.',
      helps: 'Recorded by hand.',
    },
  },
  'guide-elements-manual': {
    zh: {
      threshold: '办事指南要素缺失、不准确',
      meaning: '事项名称、设定依据、申请条件、办理材料、办理地点、办理时间、联系电话、办理流程缺失或不准确。',
      recognise: '核对办事指南的八要素及其准确性。',
      good: '要素完整准确。',
      bad: '联系电话为空号。',
      helps: '自动列出缺少的要素，准确性由人工判断。',
      description: '办事指南要素缺失或不准确',
    },
    en: {
      threshold: 'elements missing or wrong',
      meaning: 'Key elements missing or inaccurate.',
      recognise: 'Check the eight elements and their accuracy.',
      good: 'Complete and accurate.',
      bad: 'The phone number does not exist.',
      helps: 'Missing elements are listed; accuracy is judged by hand.',
    },
  },
  'consultation-no-feedback': {
    zh: {
      threshold: '征集结束后未公开采纳情况',
      meaning: '开展了意见征集，但未公布结果。',
      recognise: '查看调查征集栏目中已结束的征集是否有结果反馈。',
      good: '已公开征集结果及采纳情况。',
      bad: '征集结束半年仍无结果。',
      helps: '人工记录。',
      description: '意见征集结果未反馈',
    },
    en: {
      threshold: 'no result after the consultation ended',
      meaning: 'Results of a public consultation were not published.',
      recognise: 'Check ended consultations.',
      good: 'Results published.',
      bad: 'None after six months.',
      helps: 'Recorded by hand.',
    },
  },
  'leadership-outdated': {
    zh: {
      threshold: '人事变动后未及时更新',
      meaning: '领导简介、机构职能与实际不符。',
      recognise: '对照最新任免信息。',
      good: '领导信息与任免一致。',
      bad: '已调离的领导仍在领导简介中。',
      helps: '人工记录。',
      description: '领导信息未及时调整',
    },
    en: {
      threshold: 'not updated after changes',
      meaning: 'Profiles disagree with appointments.',
      recognise: 'Compare with the latest appointments.',
      good: 'Up to date.',
      bad: 'A departed leader still listed.',
      helps: 'Recorded by hand.',
    },
  },
  'new-media-stale': {
    zh: {
      threshold: '2周未更新，或更新频率低于要求',
      meaning: '政务微信、微博等账号长期不更新。',
      recognise: '查看账号最新推送时间和每周推送数量。',
      good: '每周按要求更新。',
      bad: '公众号最新推送为3周前。',
      helps: '人工记录。',
      description: '政务新媒体超过2周未更新',
    },
    en: {
      threshold: '2 weeks, or fewer updates than required',
      meaning: 'Official accounts left idle.',
      recognise: 'Check the latest post and weekly count.',
      good: 'Updated weekly.',
      bad: 'Last post 3 weeks ago.',
      helps: 'Recorded by hand.',
    },
  },
  'rectification-incomplete': {
    zh: {
      threshold: '上轮通报问题未整改或整改不彻底',
      meaning: '上一轮检查发现的问题仍然存在。',
      recognise: '逐条复查上轮问题。',
      good: '问题已整改。',
      bad: '上季度通报的空白栏目仍为空白。',
      helps: '导入上轮结果后生成复查清单。',
      description: '上月问题整改不彻底',
    },
    en: {
      threshold: "last round's problem remains",
      meaning: 'A problem from the last circular is still there.',
      recognise: "Re-check last round's list.",
      good: 'Rectified.',
      bad: "Last quarter's blank column is still blank.",
      helps: 'Importing last round builds the re-check list.',
    },
  },
};
