// Unit lists as inspectors receive them from Excel: 单位名称, 网站名称, 网站标识码, one or more URLs.
import { badPrefixes } from '../domain/addresses';
import { decodeSpreadsheet, parseDelimited } from './csvparse';

export interface UnitDraft {
  name: string;
  siteName: string;
  siteIdCode: string;
  prefixes: string[];
}
export interface UnitImport {
  units: UnitDraft[];
  problems: string[];
}

const HEADERS: Record<keyof UnitDraft, RegExp> = {
  name: /^(?:单位名称|单位|部门名称|部门|主办单位|name|unit)$/i,
  siteName: /^(?:网站名称|站点名称|网站|site\s*name)$/i,
  siteIdCode: /^(?:网站标识码|标识码|site\s*id(?:\s*code)?)$/i,
  prefixes: /^(?:网址|网站地址|网址前缀|域名|首页地址|url|urls?|prefix(?:es)?)\d*$/i,
};

function splitUrls(cell: string): string[] {
  return cell
    .split(/[\s;；,，、|]+/)
    .map((u) => u.trim())
    .filter((u) => /^(?:https?:\/\/)?[\w.-]+\.[a-z]{2,}|^(?:https?:\/\/)?(?:\d{1,3}\.){3}\d{1,3}/i.test(u));
}

export function importUnits(input: Uint8Array | string): UnitImport {
  const text = (typeof input === 'string' ? input : decodeSpreadsheet(input)).replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes('\t')
    ? '\t'
    : firstLine.includes(',')
      ? ','
      : firstLine.includes('，')
        ? '，'
        : '\t';
  const rows = parseDelimited(text, delimiter)
    .map((r) => r.map((c) => c.trim()))
    .filter((r) => r.some(Boolean));
  const problems: string[] = [];
  if (!rows.length) return { units: [], problems: ['文件为空 / the file is empty'] };
  const head = rows[0];
  const col: Partial<Record<keyof UnitDraft, number[]>> = {};
  head.forEach((h, i) => {
    for (const [key, re] of Object.entries(HEADERS) as Array<[keyof UnitDraft, RegExp]>)
      if (re.test(h)) (col[key] ??= []).push(i);
  });
  const hasHeader = col.name !== undefined;
  // Without a header row the columns are taken in the usual order: name, site name, ID code, URLs.
  const idx = hasHeader
    ? col
    : { name: [0], siteName: [1], siteIdCode: [2], prefixes: head.map((_, i) => i).slice(3) };
  const units: UnitDraft[] = [];
  const seen = new Set<string>();
  (hasHeader ? rows.slice(1) : rows).forEach((r, i) => {
    const line = i + (hasHeader ? 2 : 1);
    const get = (k: keyof UnitDraft) => (idx[k] ?? []).map((j) => r[j] ?? '').filter(Boolean);
    const name = get('name')[0] ?? '';
    if (!name) {
      problems.push(`第${line}行缺少单位名称 / line ${line}: no unit name`);
      return;
    }
    const siteIdCode = (get('siteIdCode')[0] ?? '').replace(/\s/g, '');
    if (siteIdCode && !/^[0-9A-Za-z]{10}$/.test(siteIdCode))
      problems.push(
        `第${line}行网站标识码“${siteIdCode}”不是10位 / line ${line}: site ID code is not 10 characters`,
      );
    const prefixes = get('prefixes').flatMap(splitUrls);
    if (!prefixes.length) problems.push(`第${line}行“${name}”没有网址 / line ${line}: "${name}" has no URL`);
    for (const problem of badPrefixes(prefixes)) problems.push(`第${line}行“${name}”：${problem}`);
    if (seen.has(name)) {
      problems.push(`第${line}行“${name}”重复，已合并 / line ${line}: duplicate "${name}" merged`);
      const u = units.find((x) => x.name === name)!;
      u.prefixes = [...new Set([...u.prefixes, ...prefixes])];
      return;
    }
    seen.add(name);
    units.push({ name, siteName: get('siteName')[0] ?? '', siteIdCode, prefixes });
  });
  return { units, problems };
}
