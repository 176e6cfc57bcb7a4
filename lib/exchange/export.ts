// Exports (domain.md §7): the versioned JSON envelope and the findings CSV.
import { FORMAT_NAME, SCHEMA_VERSION } from './format';
import { indicator, LEVEL_LABEL } from '../domain/checklist';
import { CIRCULAR_HEADER, circularRows, type CircularOptions, type UnitResult } from '../domain/circular';
import type { Finding, Round, Unit } from '../domain/model';
import type { WordingEntry } from '../engine/wording/types';

export const TOOL = { name: '巡网助手 Site Patrol', version: '0.1.0' };

export interface Envelope {
  format: typeof FORMAT_NAME;
  schemaVersion: typeof SCHEMA_VERSION;
  exportedAt: string;
  tool: { name: string; version: string };
  round: Round;
  units: Unit[];
  findings: Finding[];
  wording?: { entries: WordingEntry[] };
}

export function makeEnvelope(round: Round, units: Unit[], findings: Finding[], at = new Date()): Envelope {
  const used = new Set(round.unitIds);
  for (const f of findings) used.add(f.unitId);
  // Oldest first, so two exports of the same data are the same file (the store keeps no order).
  const ordered = [...findings].sort((a, b) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  // A unit deleted since its findings were recorded leaves them unregistered ('') in the file, so
  // every id in the file resolves inside it and the import's checks accept it back.
  const kept = units.filter((u) => used.has(u.id));
  const known = new Set(kept.map((u) => u.id));
  return {
    format: FORMAT_NAME,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: at.toISOString(),
    tool: TOOL,
    round: { ...round, unitIds: round.unitIds.filter((id) => known.has(id)) },
    units: kept,
    findings: ordered.map((f) => (f.unitId && !known.has(f.unitId) ? { ...f, unitId: '' } : f)),
  };
}

/** Cells that a spreadsheet would run as a formula are prefixed with an apostrophe. */
export function csvCell(value: unknown): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** UTF-8 with BOM, CRLF, RFC 4180: opens correctly in Excel and WPS. */
export function toCsv(rows: unknown[][]): string {
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export function exportFileName(kind: string, round: Round, ext: string, at = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const day = `${at.getFullYear()}-${p(at.getMonth() + 1)}-${p(at.getDate())}`;
  return `${kind}_${round.name}_${day}.${ext}`.replace(/[\\/:*?"<>|]/g, '_');
}

export const FINDINGS_CSV_HEADERS = [
  '序号',
  '单位名称',
  '网站名称',
  '网站标识码',
  '栏目名称',
  '指标',
  '级别',
  '问题描述',
  '页面地址',
  '链接地址',
  '状态码',
  '最后更新日期',
  '超期天数',
  '监测时间点',
  '发现时间',
  '检查人',
  '整改状态',
  '备注',
];

function localStamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export type Cell = string | number;

/** One row a finding, units in the round's order: the CSV and the workbook print the same rows. */
export function findingRows(round: Round, units: Unit[], findings: Finding[]): Cell[][] {
  const unitById = new Map(units.map((u) => [u.id, u]));
  const order = new Map(round.unitIds.map((id, i) => [id, i]));
  const sorted = [...findings].sort(
    (a, b) =>
      (order.get(a.unitId) ?? 1e9) - (order.get(b.unitId) ?? 1e9) || a.createdAt.localeCompare(b.createdAt),
  );
  return sorted.map((f, i) => {
    const u = unitById.get(f.unitId);
    const ind = indicator(f.rule);
    const level = f.level === 'warn' ? '提示' : ind ? LEVEL_LABEL[ind.level].zh : '';
    const ev = f.evidence;
    const num = (v: unknown): Cell => (typeof v === 'number' ? v : typeof v === 'string' ? v : '');
    return [
      i + 1,
      u?.name ?? '',
      u?.siteName ?? '',
      u?.siteIdCode ?? '',
      f.column,
      ind?.zh.name ?? f.rule,
      level,
      f.description,
      f.pageUrl,
      f.linkUrl,
      num(ev.status),
      typeof ev.newestDate === 'string' ? ev.newestDate : '',
      num(ev.daysOverdue),
      round.asOf,
      localStamp(f.createdAt),
      f.inspector,
      f.rectification,
      f.note,
    ];
  });
}

export function findingsCsv(round: Round, units: Unit[], findings: Finding[]): string {
  return toCsv([FINDINGS_CSV_HEADERS, ...findingRows(round, units, findings)]);
}

/** 序号 | 单位名称 | 检查结果 | 存在问题 (问题-level, by severity), then the totals line. */
export function circularCsv(results: UnitResult[], o: CircularOptions = {}): string {
  const table = circularRows(results, o);
  return toCsv([[...CIRCULAR_HEADER], ...table.rows, [], table.totals]);
}
