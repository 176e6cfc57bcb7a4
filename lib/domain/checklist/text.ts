// The checklist's explanations, keyed by indicator id, in both languages: for the picker and for
// trainees. `zh.description` is the circular's wording of a finding, with 某某 for the column.
import type { IndicatorId } from './table';
import type { IndicatorText } from './indicator-text';

export type { IndicatorText };
import { TEXT_MANUAL } from './text-manual';

export const TEXT: Record<IndicatorId, { zh: IndicatorText & { description: string }; en: IndicatorText }> = {
  'stale-column': {
    zh: {
      threshold:
        '动态要闻类2周、通知公告/政策文件类6个月、其他应更新栏目1年内无更新；动态要闻与通知公告/政策文件类合计5个以上，或各类合计10个以上，单项否决',
      meaning: '栏目最新一条信息的发布日期早于“监测时间点减去更新期限”。',
      recognise: '看栏目列表中最晚的发布日期（不是第一条，列表可能倒序或有置顶），与监测时间点比较。',
      good: '“工作动态”最新信息为3天前。',
      bad: '“三公经费”栏目最新信息为14个月前。',
      helps: '自动识别栏目、分类并计算超期天数，在栏目标题处标出。',
      description: '“某某”栏目超过期限未更新',
    },
    en: {
      threshold:
        'news 2 weeks, notices/policies 6 months, others 1 year; ' +
        '5+ stale news and notice/policy columns, or 10+ stale columns, fail the site',
      meaning: 'The newest item of the column is older than the inspection date minus its window.',
      recognise:
        'Take the latest date anywhere in the list (lists may be oldest-first or pinned) ' +
        'and compare it with the inspection date.',
      good: '"Work news" has an item from 3 days ago.',
      bad: '"Official expenses" was last updated 14 months ago.',
      helps: 'Finds columns, classifies them and computes days overdue, marking each heading.',
    },
  },
  'stale-column-soon': {
    zh: {
      threshold: '距超期不足15天（2周期限为3天）',
      meaning: '栏目尚未超期，但很快会超期，提醒单位及时更新。',
      recognise: '最新发布日期接近期限。',
      good: '最新信息距期限还有2个月。',
      bad: '“通知公告”最新信息5个月零20天前。',
      helps: '自动提示，可作为预警记录。',
      description: '“某某”栏目即将超过期限未更新',
    },
    en: {
      threshold: 'within 15 days of the window (3 days for 2-week windows)',
      meaning: 'Not stale yet, but will be soon.',
      recognise: 'The newest date is close to the window.',
      good: 'Two months left.',
      bad: '"Notices" last updated 5 months 20 days ago.',
      helps: 'Warned automatically.',
    },
  },
  'blank-column': {
    zh: {
      threshold: '空白栏目5个以上单项否决',
      meaning: '栏目没有任何信息，或只显示“暂无信息”“共0条”。',
      recognise: '点开栏目，列表为空或提示暂无信息（注意等待脚本加载完成）。',
      good: '栏目有信息列表。',
      bad: '“建议提案办理”点开显示“暂无信息”。',
      helps: '页面加载稳定后自动判断，避免把加载中的列表误判为空白。',
      description: '“某某”为空白栏目',
    },
    en: {
      threshold: '5+ blank columns fail the site',
      meaning: 'A column with no items, or showing "no information".',
      recognise: 'The list is empty once the page has settled.',
      good: 'The column lists items.',
      bad: '"Proposals handled" shows "no information".',
      helps: 'Judged after the page settles, never while the list is loading.',
    },
  },
  'undated-column': {
    zh: {
      threshold: '普查把无日期视为未更新，由检查人判断',
      meaning: '栏目有信息但看不出发布日期，无法判断更新情况。',
      recognise: '列表条目没有日期，打开文章也无发布时间。',
      good: '每条信息标注发布日期。',
      bad: '列表只有标题没有日期。',
      helps: '自动提示，由检查人决定是否记录。',
      description: '“某某”栏目信息未标注发布日期',
    },
    en: {
      threshold: 'the census counts undated as not updated; the inspector decides',
      meaning: 'Items carry no recognisable dates.',
      recognise: 'No dates in the list or the articles.',
      good: 'Each item is dated.',
      bad: 'Titles only.',
      helps: 'Warned for the inspector to decide.',
    },
  },
  'future-date': {
    zh: {
      threshold: '发现即提示',
      meaning: '信息发布日期晚于监测时间点，可能存在虚假更新。',
      recognise: '列表中日期在监测时间点之后。',
      good: '日期均不晚于监测时间点。',
      bad: '监测时间点为6月30日，列表中有7月15日的信息。',
      helps: '自动提示，且不把该日期计为更新。',
      description: '“某某”栏目存在发布日期晚于监测时间点的信息',
    },
    en: {
      threshold: 'warned whenever seen',
      meaning: 'An item dated after the inspection date: possibly a falsified update.',
      recognise: 'A list date later than the inspection date.',
      good: 'No date after the inspection date.',
      bad: 'An item dated two weeks after the inspection date.',
      helps: 'Warned, and not counted as an update.',
    },
  },
  'missing-material-count': {
    zh: {
      threshold: '每项材料均须注明形式（原件/复印件/电子）和份数',
      meaning: '办事指南申请材料未写明需要几份，或原件、复印件都要却未分别注明。',
      recognise: '看申请材料表的份数列、备注或段落中是否有“1份”“一式两份”“原件1份、复印件2份”等。',
      good: '身份证：原件1份（核验后退还）、复印件1份。',
      bad: '身份证原件和复印件（份数为空或“—”）。',
      helps: '自动读取表格、卡片、段落三种版式，逐项标出。',
      description: '办事指南“某事项”申请材料“某材料”未注明份数',
    },
    en: {
      threshold: 'every material states its form and count',
      meaning:
        'A service guide material does not say how many copies, or not how many of each of original and copy.',
      recognise: 'Look for a count such as "1份" in the material\'s row, note or paragraph.',
      good: 'ID card: 1 original (returned), 1 copy.',
      bad: 'ID card original and copy, count empty.',
      helps: 'Reads table, card and paragraph layouts and marks each material.',
    },
  },
  'guide-missing-elements': {
    zh: {
      threshold: '事项名称、设定依据、申请条件、办理材料、办理地点、办理时间、联系电话、办理流程缺一即扣分',
      meaning: '办事指南缺少关键要素。',
      recognise: '逐项核对办事指南的八个要素。',
      good: '八要素齐全。',
      bad: '没有办理地点和联系电话。',
      helps: '自动列出页面缺少的要素，由检查人确认。',
      description: '办事指南“某事项”缺少要素',
    },
    en: {
      threshold: 'name, legal basis, conditions, materials, place, hours, phone, procedure',
      meaning: 'The guide lacks key elements.',
      recognise: 'Check the eight elements.',
      good: 'All eight present.',
      bad: 'No place or phone.',
      helps: 'Lists the missing elements for the inspector to confirm.',
    },
  },
  'dead-link': {
    zh: {
      threshold: '首页及其他页面的不可用链接、附件均扣分',
      meaning: '链接打不开：404、5xx、域名无法解析、超时、附件返回错误页、软404等。',
      recognise: '点击链接，页面不存在或报错；附件下载得到网页或空文件。',
      good: '链接正常打开。',
      bad: '点击“通知附件.pdf”返回“页面不存在”。',
      helps: '后台礼貌地逐个核查（限速、缓存），标出原因。',
      description: '页面存在不可用链接',
    },
    en: {
      threshold: 'each dead link or attachment deducts',
      meaning:
        'The link does not open: 404, 5xx, DNS failure, timeout, an attachment answering an error page, soft 404.',
      recognise: 'Follow the link.',
      good: 'The link opens.',
      bad: 'The PDF attachment answers "page not found".',
      helps: 'Checked politely from the background with caps and caching.',
    },
  },
  'broken-image': {
    zh: {
      threshold: '发现即扣分',
      meaning: '页面图片加载失败或无法解码。',
      recognise: '图片位置显示破图或空白。',
      good: '图片正常显示。',
      bad: '“图片新闻”轮播图显示破图。',
      helps: '自动检查页面每张图片。',
      description: '图片无法显示',
    },
    en: {
      threshold: 'deducts when found',
      meaning: 'An image failed to load or decode.',
      recognise: 'A broken-image icon or empty box.',
      good: 'Images display.',
      bad: 'The photo-news slider shows a broken image.',
      helps: 'Every image on the page is checked.',
    },
  },
  'wrong-wording': {
    zh: {
      threshold:
        '国家名称、党的名称、领导人姓名职务、机构名称、法律法规名称、固定政治表述出现严重错误即单项否决',
      meaning: '页面文字与错敏词词库中的错误写法一致：标为“确定”的错误写法从不正确，其余由检查人核实。',
      recognise: '看标出的文字和上下文，与正确写法对照；本单位词库可在选项页导入。',
      good: '“中华人民共和国”“中国共产党”写法正确。',
      bad: '页面写作“中华人民共合国”。',
      helps: '一次遍历页面可见文字匹配全部词条，在原处标出，可一键记录。',
      description: '页面存在严重表述错误',
    },
    en: {
      threshold:
        "the country's or the Party's name, a leader's name or title, an institution, a law " +
        'or a fixed phrase written wrong fails the site',
      meaning:
        "The page's text holds a wrong form from the dictionary: entries marked certain are never right, " +
        'others need a person.',
      recognise:
        'Read the marked text in context against the right form; ' +
        "an office's own dictionary is imported on the options page.",
      good: 'The country name is written correctly.',
      bad: 'The page writes the country name with a wrong character.',
      helps: 'One pass over the visible text matches every entry and marks it in place.',
    },
  },
  'outdated-name': {
    zh: {
      threshold: '机构改革后仍使用旧机构名称，按表述错误处理',
      meaning: '页面或信息的日期在机构更名、撤并生效之后，仍使用旧名称。',
      recognise: '看信息的发布日期与更名日期；早于更名日期的历史信息可以使用旧名称。',
      good: '2019年的信息写“国家市场监督管理总局”。',
      bad: '2020年的信息写“国家工商行政管理总局”。',
      helps: '内置机构改革更名清单（含生效日期和依据），只在日期晚于更名时提示。',
      description: '页面使用已变更的机构名称',
    },
    en: {
      threshold: 'an institution renamed or merged by a reform, named the old way after the change',
      meaning: 'A page or item dated after a rename took effect still uses the old name.',
      recognise: 'Compare the item date with the date of the rename; history pages may use old names.',
      good: 'A 2019 item names the State Administration for Market Regulation.',
      bad: 'A 2020 item names the abolished State Administration for Industry and Commerce.',
      helps: 'Ships a list of reform renames with dates and sources; flags only pages dated after them.',
    },
  },
  'personal-info': {
    zh: {
      threshold: '公开未脱敏的身份证号码、手机号码、银行卡号等个人信息',
      meaning: '页面文字中有完整的18位身份证号（校验位、出生日期有效）、11位手机号或银行卡号。',
      recognise: '看公示名单、附件正文中的号码是否打码（如3201**********1234、138****1234）。',
      good: '公示名单中身份证号写作“3201**********1234”。',
      bad: '公示名单中列出完整身份证号和手机号。',
      helps: '自动识别并以打码形式记录，导出文件中从不保存完整号码。',
      description: '页面公开了未脱敏的个人信息',
    },
    en: {
      threshold: 'ID, mobile or bank card numbers published unmasked',
      meaning:
        'The text holds a full 18-digit resident ID (valid check digit and birth date), ' +
        'an 11-digit mobile or a card number.',
      recognise: 'Check lists and notices: numbers should be masked (3201**********1234, 138****1234).',
      good: 'A list shows IDs masked.',
      bad: 'A list shows full ID and mobile numbers.',
      helps: 'Found automatically and recorded masked; exports never hold the full number.',
    },
  },
  ...TEXT_MANUAL,
};
