// zod schemas at every boundary: messages between surfaces and imported files.
// jitless: zod 4 otherwise compiles validators with new Function, which extension pages forbid.
import { z } from 'zod';
import { FORMAT_NAME, SCHEMA_VERSION } from './format';

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
  rectification: z.enum(['', '未整改', '整改不彻底', '已整改']),
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
    prefixes: z.array(z.string().max(2_000)).max(50),
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
    verdicts: z.record(z.string().max(200), z.enum(['不合格', '合格', '无问题'])).optional(),
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

export const envelopeSchema = z
  .object({
    format: z.literal(FORMAT_NAME),
    schemaVersion: z.literal(SCHEMA_VERSION),
    exportedAt: z.iso.datetime({ offset: true }),
    tool: z.object({ name: z.string().max(100), version: z.string().max(40) }),
    round: roundSchema,
    units: z.array(unitSchema).max(10_000),
    findings: z.array(findingSchema).max(500_000),
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
    fallback: z.string().min(1).max(100),
    categories: z
      .array(
        z
          .object({
            id: z.string().min(1).max(100),
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

export const messageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('profile:set'), profile: profileSchema }),
  z.object({
    type: z.literal('override:set'),
    site: z.string().min(1).max(300),
    column: z.string().min(1).max(200),
    category: z.string().max(100),
  }),
  z.object({ type: z.literal('state:get') }),
  z.object({ type: z.literal('finding:save'), finding: findingInputSchema }),
  z.object({ type: z.literal('finding:delete'), id: z.string().max(200) }),
  z.object({ type: z.literal('findings:list'), roundId: z.string().max(200).optional() }),
  z.object({ type: z.literal('unit:save'), unit: unitInputSchema }),
  z.object({ type: z.literal('unit:delete'), id: z.string().max(200) }),
  z.object({
    type: z.literal('units:import'),
    units: z
      .array(unitInputSchema.omit({ id: true }))
      .min(1)
      .max(5_000),
  }),
  z.object({ type: z.literal('round:save'), round: roundInputSchema, select: z.boolean().optional() }),
  z.object({ type: z.literal('round:select'), id: z.string().max(200) }),
  z.object({
    type: z.literal('settings:set'),
    key: z.enum(['inspector', 'lang', 'autoLinks', 'trainee', 'perHost', 'overall', 'linkCap']),
    value: z.union([z.string().max(200), z.boolean(), z.number().int().min(1).max(5000)]),
  }),
  z.object({ type: z.literal('export:json'), roundId: z.string().max(200).optional() }),
  // A file arrives as a blob: URL of the extension's own page (read by the background, never
  // copied through the message channel) or, from tests and other callers, as text.
  z.object({
    type: z.literal('import:preview'),
    files: z
      .array(
        z.union([
          z.object({ name: z.string().max(500), text: z.string() }).strict(),
          z
            .object({
              name: z.string().max(500),
              url: z
                .string()
                .max(500)
                .regex(/^blob:/),
            })
            .strict(),
        ]),
      )
      .min(1)
      .max(50),
  }),
  z.object({ type: z.literal('import:apply'), token: z.string().max(100) }),
  z.object({
    type: z.literal('round:verdict'),
    unitId: z.string().max(200),
    verdict: z.enum(['', '不合格', '合格', '无问题']),
  }),
  z.object({ type: z.literal('round:previous'), roundId: z.string().max(200) }),
  z.object({ type: z.literal('findings:previous') }),
  z.object({
    type: z.literal('rectification:set'),
    id: z.string().max(200),
    status: z.enum(['', '未整改', '整改不彻底', '已整改']),
  }),
  z.object({ type: z.literal('screenshot:get'), id: z.string().max(200) }),
  z.object({ type: z.literal('scan:ensure'), tabId: z.number().int() }),
  z.object({
    type: z.literal('scan:report'),
    url: z.string().max(20_000),
    flags: z.number().int(),
    warns: z.number().int(),
  }),
  z.object({ type: z.literal('links:check'), urls: z.array(z.string().max(20_000)).max(5_000) }),
  z.object({
    type: z.literal('screenshot:capture'),
    findingId: z.string().max(200),
    windowId: z.number().int().optional(),
  }),
]);

export type Message = z.infer<typeof messageSchema>;

/** Readable issues: "findings[3].level: …" so a bad file says what is wrong and where. */
export function describeIssues(error: z.ZodError, limit = 20): string[] {
  return error.issues.slice(0, limit).map(
    (i) =>
      `${
        i.path
          .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
          .join('')
          .replace(/^\./, '') || '(根)'
      }: ${i.message}`,
  );
}
