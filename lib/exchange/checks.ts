// What a schema cannot say about an imported export: dates that exist and are not in the future,
// findings whose round and unit are in the file (or already stored), known indicators, http(s)
// addresses, numbers in range, 网站标识码 in its format, and one id for one record. Each problem
// names the record and the field, in both languages.
import { isWebUrl } from '../domain/addresses';
import { isIndicatorId } from '../domain/checklist';
import type { Envelope } from './export';

const DAY = 86_400_000;

/** A calendar date that exists, YYYY-MM-DD. */
export function realDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return (
    d.getUTCFullYear() === Number(m[1]) &&
    d.getUTCMonth() === Number(m[2]) - 1 &&
    d.getUTCDate() === Number(m[3])
  );
}

/** 网站标识码: 6-digit area code and a 4-digit number, or bm and 8 digits for a department. */
export const SITE_ID_CODE = /^(?:\d{10}|bm\d{8})$/i;

export interface KnownIds {
  rounds: Set<string>;
  units: Set<string>;
}

export function checkEnvelope(
  env: Envelope,
  now: Date,
  known: KnownIds = { rounds: new Set(), units: new Set() },
) {
  const problems: string[] = [];
  const say = (where: string, zh: string, en: string) => problems.push(`${where}：${zh} / ${en}`);
  const latest = now.getTime() + DAY;
  const stamp = (where: string, iso: string) => {
    const t = Date.parse(iso);
    if (t > latest) say(where, `时间 ${iso} 晚于当前时间`, 'a time in the future');
    else if (t < Date.UTC(2000, 0, 1)) say(where, `时间 ${iso} 早于 2000 年`, 'a time before 2000');
  };
  stamp('exportedAt', env.exportedAt);

  const r = env.round;
  if (!realDate(r.asOf)) say('round.asOf', `监测时间点 ${r.asOf} 不是有效日期`, 'not a real date');
  else if (r.asOf < '2000-01-01' || Date.parse(r.asOf) > now.getTime() + 366 * DAY)
    say(
      'round.asOf',
      `监测时间点 ${r.asOf} 应在 2000 年至明年之间`,
      'must lie between 2000 and a year from now',
    );
  stamp('round.createdAt', r.createdAt);
  stamp('round.updatedAt', r.updatedAt);

  const unitIds = new Set([...known.units]);
  const seenUnits = new Map<string, number>();
  env.units.forEach((u, i) => {
    const where = `units[${i}]（${u.name}）`;
    const first = seenUnits.get(u.id);
    if (first !== undefined && JSON.stringify(env.units[first]) !== JSON.stringify(u))
      say(
        where,
        `编号与 units[${first}] 相同而内容不同`,
        `same id as units[${first}] with different content`,
      );
    seenUnits.set(u.id, first ?? i);
    unitIds.add(u.id);
    if (u.siteIdCode && !SITE_ID_CODE.test(u.siteIdCode))
      say(
        `${where}.siteIdCode`,
        `网站标识码“${u.siteIdCode}”格式不对（应为 10 位数字，或 bm 加 8 位数字）`,
        'not a site ID code',
      );
    stamp(`${where}.createdAt`, u.createdAt);
    stamp(`${where}.updatedAt`, u.updatedAt);
  });
  r.unitIds.forEach((id, i) => {
    if (!unitIds.has(id))
      say(`round.unitIds[${i}]`, `单位 ${id} 不在文件中`, 'a unit the file does not hold');
  });

  const seen = new Map<string, number>();
  env.findings.forEach((f, i) => {
    const where = `findings[${i}]`;
    const first = seen.get(f.id);
    if (first !== undefined && JSON.stringify(env.findings[first]) !== JSON.stringify(f))
      say(
        where,
        `编号 ${f.id} 与 findings[${first}] 相同而内容不同`,
        `same id as findings[${first}] with different content`,
      );
    seen.set(f.id, first ?? i);
    if (f.roundId !== r.id && !known.rounds.has(f.roundId))
      say(`${where}.roundId`, `检查轮次 ${f.roundId} 不在文件中`, 'a round the file does not hold');
    if (f.unitId && !unitIds.has(f.unitId))
      say(`${where}.unitId`, `单位 ${f.unitId} 不在文件中`, 'a unit the file does not hold');
    if (!isIndicatorId(f.rule)) say(`${where}.rule`, `未知的检查指标“${f.rule}”`, 'an unknown indicator');
    if (!isWebUrl(f.pageUrl))
      say(`${where}.pageUrl`, '页面地址不是 http(s) 网址', 'the page address is not http(s)');
    if (f.linkUrl && !isWebUrl(f.linkUrl))
      say(`${where}.linkUrl`, '链接地址不是 http(s) 网址', 'the link is not http(s)');
    if (f.points !== null && !(f.points >= 0 && f.points <= 100))
      say(`${where}.points`, `分值 ${f.points} 应在 0 至 100 之间`, 'points must lie between 0 and 100');
    const overdue = f.evidence.daysOverdue;
    if (typeof overdue === 'number' && !(Number.isInteger(overdue) && overdue >= 0 && overdue <= 36_500))
      say(
        `${where}.evidence.daysOverdue`,
        `超期天数 ${overdue} 应为 0 至 36500 的整数`,
        'days overdue out of range',
      );
    const status = f.evidence.status;
    if (typeof status === 'number' && !(Number.isInteger(status) && status >= 0 && status <= 999))
      say(`${where}.evidence.status`, `状态码 ${status} 无效`, 'not an HTTP status');
    if (
      typeof f.evidence.newestDate === 'string' &&
      f.evidence.newestDate &&
      !realDate(f.evidence.newestDate)
    )
      say(
        `${where}.evidence.newestDate`,
        `最后更新日期 ${f.evidence.newestDate} 不是有效日期`,
        'not a real date',
      );
    stamp(`${where}.createdAt`, f.createdAt);
    stamp(`${where}.updatedAt`, f.updatedAt);
  });
  return problems;
}
