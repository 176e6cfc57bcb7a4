// Importing inspectors' JSON exports: validate every file completely before anything is written,
// then plan a merge that the store applies in one transaction (domain.md §7).
import { dedupeKey, type Finding } from '../domain/model';
import { describeIssues, envelopeSchema, FORMAT_NAME, SCHEMA_VERSION } from './schema';
import { checkEnvelope, type KnownIds } from './checks';
import type { Envelope } from './export';
import type { MergePlan, MergeSummary, StoreSnapshot } from '../domain/merge';

export type { MergePlan, MergeSummary, StoreSnapshot };

export const MAX_IMPORT_BYTES = 128 * 1024 * 1024;

export interface ImportFile {
  name: string;
  text: string;
}
export interface ImportProblem {
  file: string;
  message: string;
}

/** The size check, also made on a file's byte size before it is read at all. */
export function sizeProblem(name: string, size: number): ImportProblem | undefined {
  if (size <= MAX_IMPORT_BYTES) return undefined;
  return {
    file: name,
    message: `文件过大（${(size / 1048576).toFixed(0)} MB，上限 ${MAX_IMPORT_BYTES / 1048576} MB） / file too large`,
  };
}

export function validateFiles(
  files: ImportFile[],
  now = new Date(),
  known?: KnownIds,
): {
  envelopes: Array<{ file: string; env: Envelope }>;
  problems: ImportProblem[];
} {
  const envelopes: Array<{ file: string; env: Envelope }> = [];
  const problems: ImportProblem[] = [];
  for (const f of files) {
    const bad = (message: string) => problems.push({ file: f.name, message });
    const tooLarge = sizeProblem(f.name, f.text.length);
    if (tooLarge) {
      problems.push(tooLarge);
      continue;
    }
    const text = f.text.replace(/^\uFEFF/, '');
    if (!text.trim()) {
      bad('文件是空的 / the file is empty');
      continue;
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      bad(
        `不是有效的 JSON${jsonWhere(text, e as Error)}，文件可能被截断或损坏 / not valid JSON (truncated or damaged?)`,
      );
      continue;
    }
    const head = data as { format?: unknown; schemaVersion?: unknown } | null;
    if (!head || typeof head !== 'object' || head.format !== FORMAT_NAME) {
      bad('不是巡网助手导出的巡检结果文件（format 字段不符） / not a Site Patrol findings export');
      continue;
    }
    if (head.schemaVersion !== SCHEMA_VERSION) {
      // JSON.stringify shows "1" (text) apart from 1 (the number this tool reads).
      const v = JSON.stringify(head.schemaVersion) ?? '（缺失）';
      bad(
        `文件版本 ${v} 不受支持，本工具读取版本 ${SCHEMA_VERSION}（数字） / unsupported schema version ${v}`,
      );
      continue;
    }
    const parsed = envelopeSchema.safeParse(data);
    if (!parsed.success) {
      const issues = describeIssues(parsed.error, 20);
      for (const i of issues) bad(i);
      if (parsed.error.issues.length > issues.length)
        bad(`……另有 ${parsed.error.issues.length - issues.length} 处错误 / more problems`);
      continue;
    }
    const env = parsed.data as Envelope;
    const wrong = checkEnvelope(env, now, known);
    if (wrong.length) {
      for (const w of wrong.slice(0, 20)) bad(w);
      if (wrong.length > 20) bad(`……另有 ${wrong.length - 20} 处错误 / more problems`);
      continue;
    }
    envelopes.push({ file: f.name, env });
  }
  return { envelopes, problems };
}

/** Where JSON.parse stopped, as a line and column, without the engine's own wording. */
function jsonWhere(text: string, e: Error): string {
  const pos = Number(/position (\d+)/.exec(e.message)?.[1]);
  const lc = /line (\d+) column (\d+)/.exec(e.message);
  if (lc) return `（第 ${lc[1]} 行第 ${lc[2]} 列附近）`;
  if (!Number.isFinite(pos)) return '（文件在结尾处中断）';
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  return `（第 ${line} 行第 ${pos - before.lastIndexOf('\n')} 列附近）`;
}

/**
 * Rounds match by id, then by name (two inspectors' "2022年第二季度" are one round); units by id,
 * then name, then site ID code. Findings match by id, then by the same problem (dedupe key);
 * the newer edit wins and nothing is doubled.
 */
export function planMerge(existing: StoreSnapshot, envelopes: Array<{ env: Envelope }>): MergePlan {
  const rounds = new Map(existing.rounds.map((r) => [r.id, r]));
  const units = new Map(existing.units.map((u) => [u.id, u]));
  const findings = new Map(existing.findings.map((f) => [f.id, f]));
  const byKey = new Map(existing.findings.map((f) => [dedupeKey(f), f.id]));
  const targets = new Set<string>();
  const touchedRounds = new Set<string>(),
    touchedUnits = new Set<string>(),
    touchedFindings = new Set<string>();
  const s: MergeSummary = {
    files: envelopes.length,
    incoming: 0,
    added: 0,
    updated: 0,
    duplicates: 0,
    conflicts: 0,
    unitsAdded: 0,
    roundsAdded: 0,
  };

  for (const { env } of envelopes) {
    const unitMap = new Map<string, string>();
    for (const u of env.units) {
      const match =
        units.get(u.id) ??
        [...units.values()].find((x) => x.name === u.name) ??
        (u.siteIdCode ? [...units.values()].find((x) => x.siteIdCode === u.siteIdCode) : undefined);
      if (match) {
        unitMap.set(u.id, match.id);
        const prefixes = [...new Set([...match.prefixes, ...u.prefixes])];
        if (prefixes.length !== match.prefixes.length) {
          units.set(match.id, { ...match, prefixes });
          touchedUnits.add(match.id);
        }
      } else {
        units.set(u.id, u);
        unitMap.set(u.id, u.id);
        touchedUnits.add(u.id);
        s.unitsAdded++;
      }
    }
    const r = env.round;
    const roundMatch = rounds.get(r.id) ?? [...rounds.values()].find((x) => x.name === r.name);
    const roundId = roundMatch?.id ?? r.id;
    targets.add(roundId);
    const mappedOrder = r.unitIds.map((id) => unitMap.get(id) ?? id);
    if (roundMatch) {
      const order = [...roundMatch.unitIds, ...mappedOrder.filter((id) => !roundMatch.unitIds.includes(id))];
      if (order.length !== roundMatch.unitIds.length) {
        rounds.set(roundId, { ...roundMatch, unitIds: order });
        touchedRounds.add(roundId);
      }
    } else {
      rounds.set(roundId, { ...r, unitIds: mappedOrder, verdicts: undefined, previousRoundId: undefined });
      touchedRounds.add(roundId);
      s.roundsAdded++;
    }
    for (const f0 of env.findings) {
      s.incoming++;
      const f: Finding = {
        ...f0,
        roundId: f0.roundId === r.id ? roundId : f0.roundId,
        unitId: unitMap.get(f0.unitId) ?? f0.unitId,
      };
      const key = dedupeKey(f);
      const matchId = findings.has(f.id) ? f.id : byKey.get(key);
      if (!matchId) {
        findings.set(f.id, f);
        byKey.set(key, f.id);
        touchedFindings.add(f.id);
        s.added++;
        continue;
      }
      s.duplicates++;
      const old = findings.get(matchId)!;
      if (f.updatedAt > old.updatedAt) {
        findings.set(matchId, {
          ...f,
          id: matchId,
          createdAt: old.createdAt < f.createdAt ? old.createdAt : f.createdAt,
        });
        touchedFindings.add(matchId);
        s.updated++;
      } else if (
        f.updatedAt < old.updatedAt &&
        JSON.stringify({ ...f, id: matchId }) !== JSON.stringify(old)
      ) {
        s.conflicts++;
      }
    }
  }
  return {
    targets: [...targets],
    rounds: [...touchedRounds].map((id) => rounds.get(id)!),
    units: [...touchedUnits].map((id) => units.get(id)!),
    findings: [...touchedFindings].map((id) => findings.get(id)!),
    summary: s,
  };
}
