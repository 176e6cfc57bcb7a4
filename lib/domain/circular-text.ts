// The 通报 as text (domain.md §9): title, 主送, opening, 一、总体情况, 二、存在问题 naming units by
// kind of problem, 三、下一步工作要求, 落款 and date, and the attachment table. The Word writer,
// the workbook and the circular CSV all read it from here, so they never disagree.
import { indicator, INDICATOR_IDS, type IndicatorId } from './checklist';
import { CIRCULAR_HEADER, circularRows, totals, type CircularOptions, type UnitResult } from './circular';
import type { Finding, Round } from './model';
import { isProblem, severityRank } from './severity';
import { CIRCULAR_TEMPLATE_DEFAULTS, type CircularTemplates } from './templates';

export interface Paragraph {
  /** A （一）-style lead, set in 楷体 before the body text. */
  lead?: string;
  text: string;
}

export interface CircularDoc {
  title: string;
  recipients: string;
  opening: string;
  sections: Array<{ heading: string; paragraphs: Paragraph[] }>;
  signature: string;
  date: string;
  attachment: { label: string; title: string; header: string[]; rows: string[][]; totals: string[] };
}

export function chineseDate(d: Date | string): string {
  if (typeof d === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(d);
    return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : d;
  }
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
}

interface Kind {
  rules: string[];
  lead: string;
  says: string;
}

// The circular's own sentences for each kind of problem, veto kinds first; indicators without a
// sentence here are named by their checklist name.
const KINDS: Kind[] = [
  { rules: ['stale-column'], lead: '部分单位网站栏目更新不及时', says: '存在1个及以上栏目超期未更新' },
  { rules: ['blank-column'], lead: '部分单位网站存在空白栏目', says: '存在空白栏目' },
  {
    rules: ['wrong-wording', 'serious-wording-error'],
    lead: '部分单位网站内容把关不严',
    says: '网站页面存在严重表述错误',
  },
  { rules: ['site-unreachable'], lead: '部分单位网站无法正常访问', says: '网站无法访问' },
  { rules: ['home-not-updated'], lead: '部分单位网站首页更新不及时', says: '网站首页长期未更新' },
  { rules: ['interaction-unanswered'], lead: '部分单位互动回应不及时', says: '存在网民留言长期未回复' },
  { rules: ['new-media-stale'], lead: '部分单位政务新媒体更新不及时', says: '政务新媒体长期未更新' },
  {
    rules: ['missing-material-count'],
    lead: '部分单位办事服务信息不准确',
    says: '办事指南申请材料未注明份数',
  },
  {
    rules: ['dead-link', 'broken-image'],
    lead: '部分单位网站存在不可用链接和图片',
    says: '网站存在不可用链接或无法显示的图片',
  },
  { rules: ['outdated-name'], lead: '部分单位网站机构名称未及时更新', says: '网站使用已变更的机构名称' },
  { rules: ['personal-info'], lead: '部分单位网站个人信息保护不到位', says: '网站公开了未脱敏的个人信息' },
];

const ORDINALS = '一二三四五六七八九十';
const ordinal = (i: number) =>
  i < 10 ? ORDINALS[i] : i < 20 ? `十${ORDINALS[i - 10] ?? ''}` : String(i + 1);

const names = (rs: UnitResult[]) => rs.map((r) => r.unit.name).join('、');

/** Units and what they did: "…门户网站" + "网站存在…" reads "…门户网站存在…". */
const say = (rs: UnitResult[], what: string) => {
  const who = names(rs);
  return who.endsWith('网站') && what.startsWith('网站') ? who + what.slice(2) : who + what;
};

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{([^{}]{1,8})\}/g, (all, key: string) => vars[key] ?? all);
}

/** 二、存在问题: one paragraph a kind of problem, naming its units in round order. */
export function problemParagraphs(results: UnitResult[], o: CircularOptions = {}): Paragraph[] {
  const has = (r: UnitResult, rules: string[]) =>
    r.findings.some((f) => isProblem(f) && rules.includes(f.rule));
  const out: Array<{ rank: number; text: string }> = [];
  const known = new Set(KINDS.flatMap((k) => k.rules));
  const kinds = [...KINDS];
  // Indicators recorded by hand that have no sentence of their own are named by the checklist.
  const others = new Map<string, number>();
  for (const r of results)
    for (const f of r.findings)
      if (isProblem(f) && !known.has(f.rule) && f.rule !== 'rectification-incomplete')
        others.set(f.rule, severityRank(f));
  for (const [rule] of [...others].sort((a, b) => a[1] - b[1])) {
    const name = indicator(rule)?.zh.name ?? rule;
    kinds.push({ rules: [rule], lead: `部分单位存在“${name}”问题`, says: `存在“${name}”问题` });
  }
  for (const k of kinds) {
    const rs = results.filter((r) => has(r, k.rules));
    if (!rs.length) continue;
    const rank = indicator(k.rules[0])?.level === 'veto' ? 0 : 2;
    out.push({ rank, text: `${k.lead}。${say(rs, k.says)}` });
  }
  // Last round's problems: after the veto kinds, before the deductions, as real circulars do.
  const notDone = results.filter((r) => r.problems.includes('上月问题未整改'));
  const partly = results.filter(
    (r) => r.problems.includes('上月问题整改不彻底') || has(r, ['rectification-incomplete']),
  );
  const follow = [
    notDone.length ? `${names(notDone)}未对上月通报指出的问题进行整改` : '',
    partly.length ? `${names(partly)}对上月通报指出的问题整改不彻底` : '',
  ].filter(Boolean);
  if (follow.length) out.push({ rank: 1, text: `部分单位网站问题未得到有效整改。${follow.join('；')}` });
  const paras = out.sort((a, b) => a.rank - b.rank).map((p, i) => ({ text: `${ordinal(i)}是${p.text}。` }));
  if (o.warnings) {
    // Kinds of warning in the checklist's order, each naming its units in round order.
    const told = new Map<string, { rank: number; rs: UnitResult[] }>();
    for (const r of results)
      for (const f of r.findings) {
        if (isProblem(f)) continue;
        const key = warningName(f);
        const kind = told.get(key) ?? { rank: INDICATOR_IDS.indexOf(f.rule as IndicatorId), rs: [] };
        if (!kind.rs.includes(r)) kind.rs.push(r);
        told.set(key, kind);
      }
    const said = [...told].sort((a, b) => a[1].rank - b[1].rank).map(([name, k]) => `${names(k.rs)}${name}`);
    if (said.length) paras.push({ text: `此外，以下事项请相关单位核实关注：${said.join('；')}。` });
  }
  return paras.length ? paras : [{ text: '本次检查未发现问题。' }];
}

function warningName(f: Finding): string {
  const ind = indicator(f.rule);
  const name = ind?.zh.name ?? f.rule;
  return ind?.level === 'warn' ? name : `${name}（需人工核实）`;
}

function overall(results: UnitResult[]): Paragraph[] {
  const t = totals(results);
  const clean = results.filter((r) => r.verdict === '无问题').length;
  const first =
    `本次共检查${t.checked}家单位的政府网站，其中合格${t.passed}家、不合格${t.failed}家，合格率为${t.rate}` +
    (clean ? `；${clean}家单位未发现问题。` : '。');
  const failed = results.filter((r) => r.verdict === '不合格');
  if (!failed.length) return [{ text: first }, { text: '本次检查未发现单项否决问题。' }];
  const why = failed.map((r) => (r.vetoes.length ? `${r.unit.name}（${r.vetoes.join('，')}）` : r.unit.name));
  return [{ text: first }, { text: `${why.join('、')}网站检查结果为不合格。` }];
}

function requirementParagraphs(text: string): Paragraph[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => {
      const m = /^(（[一二三四五六七八九十]{1,3}）[^。]{0,40}。)(.*)$/.exec(line);
      return m ? { lead: m[1], text: m[2] } : { text: line };
    });
}

export function circularDoc(
  round: Round,
  results: UnitResult[],
  templates: Partial<CircularTemplates>,
  at: Date,
  o: CircularOptions = {},
): CircularDoc {
  const tp = { ...CIRCULAR_TEMPLATE_DEFAULTS, ...templates };
  const issuer = tp.circularIssuer.trim() || CIRCULAR_TEMPLATE_DEFAULTS.circularIssuer;
  const vars = {
    发文机关: issuer,
    轮次名称: round.name,
    检查日期: chineseDate(round.asOf),
    单位数: String(results.length),
  };
  const table = circularRows(results, o);
  return {
    title: `${issuer}关于${round.name}政府网站检查情况的通报`,
    recipients: fill(tp.circularRecipients, vars).trim(),
    opening: fill(tp.circularOpening, vars).trim(),
    sections: [
      { heading: '一、总体情况', paragraphs: overall(results) },
      { heading: '二、存在问题', paragraphs: problemParagraphs(results, o) },
      {
        heading: '三、下一步工作要求',
        paragraphs: requirementParagraphs(fill(tp.circularRequirements, vars)),
      },
    ],
    signature: fill(tp.circularSignature, vars).trim() || issuer,
    date: chineseDate(at),
    attachment: {
      label: '附件1',
      title: `${round.name}政府网站检查情况表`,
      header: [...CIRCULAR_HEADER],
      rows: table.rows,
      totals: table.totals,
    },
  };
}
