// The 通报's own words that a supervisor edits once in settings, with the product's defaults.
export interface CircularTemplates {
  /** 发文机关, also the 落款 unless a signature is set. */
  circularIssuer: string;
  /** 主送 line. */
  circularRecipients: string;
  circularOpening: string;
  /** 三、下一步工作要求: one paragraph a line; a line opening with （一） gets its lead in 楷体. */
  circularRequirements: string;
  circularSignature: string;
}

export const CIRCULAR_TEMPLATE_DEFAULTS: CircularTemplates = {
  circularIssuer: '县人民政府办公室',
  circularRecipients: '各镇人民政府，各街道办事处，县政府各部门：',
  circularOpening:
    '为进一步加强政府网站建设和管理，根据《政府网站与政务新媒体检查指标》要求，{发文机关}以{检查日期}为' +
    '监测时间点，对{单位数}家单位的政府网站开展了{轮次名称}检查。现将检查情况通报如下：',
  circularRequirements: [
    '（一）抓紧整改到位。各单位要对照本通报指出的问题，逐项整改，并于通报印发之日起15个工作日内将整改情况报{发文机关}。',
    '（二）压实工作责任。各单位要明确网站内容保障责任人，健全信息发布审核机制，确保栏目及时更新、内容准确。',
    '（三）加强日常监测。各单位要定期自查网站栏目更新、链接可用和办事指南准确情况，发现问题及时处理。',
  ].join('\n'),
  circularSignature: '',
};

export const TEMPLATE_FIELDS = ['发文机关', '轮次名称', '检查日期', '单位数'] as const;

export const TEMPLATE_KEYS = Object.keys(CIRCULAR_TEMPLATE_DEFAULTS) as Array<keyof CircularTemplates>;
