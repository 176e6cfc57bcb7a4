// The team's own seed dictionary: wrong forms of fixed names and phrases that are never right
// (certain), and names of bodies renamed or abolished by institutional reforms, with the date the
// change took effect and where it was announced. No moderation ("sensitive word") lists: they flag
// ordinary government text (domain.md §8). Offices add their own 错敏词样本库 on the options page.
import type { Rename, WordingEntry } from './types';

export type { Rename };

/** Wrong forms, each a misspelling of a fixed name or political phrase. */
export const SEED_WORDING: WordingEntry[] = [
  { wrong: '中华人民共合国', right: '中华人民共和国', category: '国家名称', level: 'flag' },
  { wrong: '中华人明共和国', right: '中华人民共和国', category: '国家名称', level: 'flag' },
  { wrong: '中化人民共和国', right: '中华人民共和国', category: '国家名称', level: 'flag' },
  { wrong: '中华人民共和过', right: '中华人民共和国', category: '国家名称', level: 'flag' },
  { wrong: '中国共产挡', right: '中国共产党', category: '党的名称', level: 'flag' },
  { wrong: '中国共惨党', right: '中国共产党', category: '党的名称', level: 'flag' },
  { wrong: '中共中英', right: '中共中央', category: '机构名称', level: 'flag' },
  { wrong: '国务院办公厅办公厅', right: '国务院办公厅', category: '机构名称', level: 'warn' },
  { wrong: '人民政俯', right: '人民政府', category: '机构名称', level: 'flag' },
  { wrong: '人民攻府', right: '人民政府', category: '机构名称', level: 'flag' },
  { wrong: '攻府', right: '政府', category: '机构名称', level: 'warn' },
  { wrong: '政俯', right: '政府', category: '机构名称', level: 'warn' },
  { wrong: '全国人大常委委员会', right: '全国人大常委会', category: '机构名称', level: 'flag' },
  {
    wrong: '习近平新时代中国特色社会主义思相',
    right: '习近平新时代中国特色社会主义思想',
    category: '时政规范表述',
    level: 'flag',
  },
  { wrong: '中国特色社会注义', right: '中国特色社会主义', category: '时政规范表述', level: 'flag' },
  { wrong: '社会主义核心价值关', right: '社会主义核心价值观', category: '时政规范表述', level: 'flag' },
  { wrong: '四个意思', right: '四个意识', category: '时政规范表述', level: 'warn' },
  { wrong: '四个自新', right: '四个自信', category: '时政规范表述', level: 'flag' },
  { wrong: '不忘出心', right: '不忘初心', category: '时政规范表述', level: 'flag' },
  { wrong: '不忘初衷、牢记使命', right: '不忘初心、牢记使命', category: '时政规范表述', level: 'flag' },
  { wrong: '牢记始命', right: '牢记使命', category: '时政规范表述', level: 'flag' },
  { wrong: '全面从严治档', right: '全面从严治党', category: '时政规范表述', level: 'flag' },
  { wrong: '一带一陆', right: '一带一路', category: '时政规范表述', level: 'flag' },
  { wrong: '中华人民共和国宪发', right: '中华人民共和国宪法', category: '法律法规', level: 'flag' },
  { wrong: '乡村振新', right: '乡村振兴', category: '时政规范表述', level: 'flag' },
  { wrong: '营商坏境', right: '营商环境', category: '常见错别字', level: 'flag' },
  { wrong: '放管服改格', right: '放管服改革', category: '常见错别字', level: 'flag' },
  { wrong: '一网通力', right: '一网通办', category: '常见错别字', level: 'flag' },
  { wrong: '精准扶平', right: '精准扶贫', category: '常见错别字', level: 'flag' },
  { wrong: '安全生产月活动月', right: '安全生产月活动', category: '常见错别字', level: 'warn' },
];

const REFORM_2018 = '《国务院机构改革方案》（第十三届全国人民代表大会第一次会议2018年3月17日批准）';
const LOCAL_2019 = '地方机构改革（各省、市、县级机构改革方案，2019年3月底前基本完成）';

/** Bodies renamed or merged by institutional reforms. */
export const RENAMES: Rename[] = [
  { old: '国家工商行政管理总局', now: '国家市场监督管理总局', since: '2018-04-10', source: REFORM_2018 },
  { old: '国家质量监督检验检疫总局', now: '国家市场监督管理总局', since: '2018-04-10', source: REFORM_2018 },
  { old: '国家食品药品监督管理总局', now: '国家市场监督管理总局', since: '2018-04-10', source: REFORM_2018 },
  { old: '国家卫生和计划生育委员会', now: '国家卫生健康委员会', since: '2018-03-27', source: REFORM_2018 },
  { old: '国家卫生计生委', now: '国家卫生健康委', since: '2018-03-27', source: REFORM_2018 },
  { old: '国土资源部', now: '自然资源部', since: '2018-04-10', source: REFORM_2018, notFollowedBy: '门' },
  { old: '环境保护部', now: '生态环境部', since: '2018-04-16', source: REFORM_2018, notFollowedBy: '门' },
  { old: '农业部', now: '农业农村部', since: '2018-04-03', source: REFORM_2018, notFollowedBy: '门' },
  { old: '文化部', now: '文化和旅游部', since: '2018-04-08', source: REFORM_2018, notFollowedBy: '门' },
  { old: '监察部', now: '国家监察委员会', since: '2018-03-23', source: REFORM_2018, notFollowedBy: '门' },
  { old: '国家安全生产监督管理总局', now: '应急管理部', since: '2018-04-16', source: REFORM_2018 },
  { old: '国家新闻出版广电总局', now: '国家广播电视总局', since: '2018-04-16', source: REFORM_2018 },
  { old: '国务院法制办公室', now: '司法部', since: '2018-03-21', source: REFORM_2018 },
  { old: '国家林业局', now: '国家林业和草原局', since: '2018-04-10', source: REFORM_2018 },
  { old: '国家粮食局', now: '国家粮食和物资储备局', since: '2018-04-04', source: REFORM_2018 },
  { old: '国家旅游局', now: '文化和旅游部', since: '2018-04-08', source: REFORM_2018 },
  {
    old: '中国银行业监督管理委员会',
    now: '中国银行保险监督管理委员会',
    since: '2018-04-08',
    source: REFORM_2018,
  },
  {
    old: '中国保险监督管理委员会',
    now: '中国银行保险监督管理委员会',
    since: '2018-04-08',
    source: REFORM_2018,
  },
  {
    old: '中国银行保险监督管理委员会',
    now: '国家金融监督管理总局',
    since: '2023-05-18',
    source: '《党和国家机构改革方案》（2023年3月）；国家金融监督管理总局2023年5月18日揭牌',
  },
  {
    old: '卫生部',
    now: '国家卫生和计划生育委员会',
    since: '2013-03-19',
    source: '《国务院机构改革和职能转变方案》（2013年3月14日批准）',
    notFollowedBy: '门',
  },
  {
    old: '铁道部',
    now: '国家铁路局、中国铁路总公司',
    since: '2013-03-14',
    source: '《国务院机构改革和职能转变方案》（2013年3月14日批准）',
    notFollowedBy: '门',
  },
  // The same reforms at county and city level.
  { old: '工商行政管理局', now: '市场监督管理局', since: '2019-03-31', source: LOCAL_2019 },
  { old: '食品药品监督管理局', now: '市场监督管理局', since: '2019-03-31', source: LOCAL_2019 },
  { old: '质量技术监督局', now: '市场监督管理局', since: '2019-03-31', source: LOCAL_2019 },
  { old: '卫生和计划生育委员会', now: '卫生健康委员会', since: '2019-03-31', source: LOCAL_2019 },
  { old: '卫生和计划生育局', now: '卫生健康局', since: '2019-03-31', source: LOCAL_2019 },
  { old: '安全生产监督管理局', now: '应急管理局', since: '2019-03-31', source: LOCAL_2019 },
  { old: '环境保护局', now: '生态环境局', since: '2019-03-31', source: LOCAL_2019 },
  {
    old: '地方税务局',
    now: '税务局',
    since: '2018-07-20',
    source: '国税地税征管体制改革：省以下地方税务局2018年7月20日前全部挂牌合并',
  },
];
