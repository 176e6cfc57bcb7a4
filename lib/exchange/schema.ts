// zod schemas of the records that cross a boundary: imported files and message payloads.
// jitless: zod 4 otherwise compiles validators with new Function, which extension pages forbid.
import { z } from 'zod';
import { FORMAT_NAME, SCHEMA_VERSION } from './format';
import { prefixProblem } from '../domain/addresses';
import { RECTIFICATIONS, VERDICTS } from '../domain/model';
import { CATEGORY_IDS } from '../engine/types';

z.config({ jitless: true });

const str = z.string().max(20_000);
const evidenceValue = z.union([
  z.string().max(20_000),
  z.number(),
  z.boolean(),
  z.array(z.string().max(2_000)).max(200),
  z.null(),
]);

export const findingInputSchema = z.object({
  id: z.string().min(1).max(200).optional(),
  roundId: z.string().min(1).max(200),
  unitId: z.string().max(200),
  rule: z.string().min(1).max(100),
  level: z.enum(['flag', 'warn']),
  column: str,
  item: str,
  pageUrl: str,
  pageTitle: str,
  selector: str,
  snippet: str,
  linkUrl: str,
  evidence: z.record(z.string().max(100), evidenceValue),
  description: z.string().min(1).max(2_000),
  inspector: z.string().max(100),
  points: z.number().nullable(),
  rectification: z.enum(RECTIFICATIONS),
  note: str,
  screenshotId: z.string().max(200).optional(),
});

export const findingSchema = findingInputSchema
  .extend({
    id: z.string().min(1).max(200),
    screenshotId: z.string().max(200),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .strict();

export const unitSchema = z
  .object({
    id: z.string().min(1).max(200),
    name: z.string().min(1).max(200),
    siteName: z.string().max(200),
    siteIdCode: z.string().max(40),
    // Each becomes a content-script match pattern: one host's http(s) address, never `*`.
    prefixes: z
      .array(
        z
          .string()
          .max(2_000)
          .superRefine((p, ctx) => {
            const problem = prefixProblem(p);
            if (problem) ctx.addIssue({ code: 'custom', message: problem });
          }),
      )
      .max(50),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .strict();

export const roundSchema = z
  .object({
    id: z.string().min(1).max(200),
    name: z.string().min(1).max(200),
    asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    notes: z.string().max(20_000),
    unitIds: z.array(z.string().max(200)).max(10_000),
    verdicts: z.record(z.string().max(200), z.enum(VERDICTS)).optional(),
    previousRoundId: z.string().max(200).optional(),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .strict();

export const unitInputSchema = unitSchema
  .omit({ id: true, createdAt: true, updatedAt: true })
  .extend({ id: z.string().max(200).optional() });
export const roundInputSchema = roundSchema
  .omit({ id: true, createdAt: true, updatedAt: true })
  .extend({ id: z.string().max(200).optional() });

export { FORMAT_NAME, SCHEMA_VERSION };

export const wordingEntrySchema = z
  .object({
    wrong: z.string().min(2).max(50),
    right: z.string().max(50).optional(),
    category: z.string().max(50).optional(),
    level: z.enum(['flag', 'warn']).optional(),
    note: z.string().max(500).optional(),
  })
  .strict();

export const envelopeSchema = z
  .object({
    format: z.literal(FORMAT_NAME),
    schemaVersion: z.literal(SCHEMA_VERSION),
    exportedAt: z.iso.datetime({ offset: true }),
    tool: z.object({ name: z.string().max(100), version: z.string().max(40) }),
    round: roundSchema,
    units: z.array(unitSchema).max(10_000),
    findings: z.array(findingSchema).max(500_000),
    /** The supervisor's 错敏词 dictionary, shared with inspectors through the export. */
    wording: z
      .object({ entries: z.array(wordingEntrySchema).max(50_000) })
      .strict()
      .optional(),
  })
  .strict();

const windowSchema = z
  .object({
    days: z.number().int().min(1).max(3650).optional(),
    weeks: z.number().int().min(1).max(520).optional(),
    months: z.number().int().min(1).max(120).optional(),
    years: z.number().int().min(1).max(10).optional(),
  })
  .strict();

export const profileSchema = z
  .object({
    id: z.string().min(1).max(100),
    name: z.string().min(1).max(100),
    fallback: z.enum(CATEGORY_IDS),
    categories: z
      .array(
        z
          .object({
            id: z.enum(CATEGORY_IDS),
            name: z.string().min(1).max(100),
            patterns: z.array(z.string().min(1).max(200)).max(200),
            window: windowSchema.optional(),
            leadDays: z.number().int().min(0).max(365).optional(),
          })
          .strict(),
      )
      .min(1)
      .max(50),
  })
  .strict();

const TYPES: Record<string, string> = {
  string: '文本',
  number: '数字',
  boolean: '是或否',
  array: '列表',
  object: '对象',
  null: '空值',
};

/** A validator's issue in the product's words, both languages; never the validator's own text. */
function issueText(i: z.core.$ZodIssue): string {
  const n = (v: unknown) => String(v);
  switch (i.code) {
    case 'invalid_type':
      return `应为${TYPES[i.expected] ?? i.expected} / expected ${i.expected}`;
    case 'too_big':
      return `过长或过大（上限 ${n(i.maximum)}） / too long or too large (at most ${n(i.maximum)})`;
    case 'too_small':
      return `过短或过小（下限 ${n(i.minimum)}） / too short or too small (at least ${n(i.minimum)})`;
    case 'invalid_value':
      return `取值不在允许范围内（${i.values.map((v) => JSON.stringify(v)).join('、')}） / not an allowed value`;
    case 'invalid_format':
      return i.format === 'datetime' ? '不是有效的日期时间 / not a date and time' : `格式不对 / wrong format`;
    case 'unrecognized_keys':
      return `含有未知字段 ${i.keys.join('、')} / unknown fields ${i.keys.join(', ')}`;
    case 'custom':
      return i.message;
    default:
      return '取值无效 / not a valid value';
  }
}

/** Readable issues: "findings[3].level: …" so a bad file says what is wrong and where. */
export function describeIssues(error: z.ZodError, limit = 20): string[] {
  return error.issues.slice(0, limit).map(
    (i) =>
      `${
        i.path
          .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
          .join('')
          .replace(/^\./, '') || '(根)'
      }：${issueText(i)}`,
  );
}
