// Every message between surfaces, in one map: its name, who may send it, its payload schema,
// and (in Replies) the type of its answer. `call('state:get')` is typed by its reply, and the
// background's handler map must have one handler per message or it does not compile.
// Surfaces import only types from here; zod stays out of the content script.
import { z } from 'zod';
import type { ScanSummary } from './engine/records';
import { CATEGORY_IDS, type CategoryId, type LinkVerdict, type Profile } from './engine/types';
import { RECTIFICATIONS, VERDICTS, type Finding, type Round, type Unit } from './domain/model';
import type { MergeSummary } from './domain/merge';
import { SETTING_KEYS, type Settings } from './domain/settings';
import type { Envelope } from './exchange/export';
import {
  describeIssues,
  findingInputSchema,
  profileSchema,
  roundInputSchema,
  unitInputSchema,
  wordingEntrySchema,
} from './exchange/schema';
import type { WordingEntry, WordingOptions } from './engine/wording/types';
import type { Screenshot } from './storage/store';

/** Who sent a message: a content script in a web page, or one of the extension's own pages. */
export type Sender = 'content' | 'extension';

const ANYONE = ['content', 'extension'] as const;
const PAGES = ['extension'] as const;
const id = z.string().max(200);
const VERDICT_CHOICES = ['', ...VERDICTS] as const;

function def<T extends string, S extends z.ZodRawShape>(type: T, from: readonly Sender[], shape: S) {
  return { from, schema: z.object({ type: z.literal(type), ...shape }) };
}

const importFile = z.union([
  z.object({ name: z.string().max(500), text: z.string() }).strict(),
  // A blob: URL of the extension's own page: read by the background, never copied through the channel.
  z
    .object({
      name: z.string().max(500),
      url: z
        .string()
        .max(500)
        .regex(/^blob:/),
    })
    .strict(),
]);

export const MESSAGES = {
  'state:get': def('state:get', ANYONE, {}),
  // The overlay's strings in the inspector's language: the content script bundles none.
  'text:get': def('text:get', ANYONE, { lang: z.enum(['zh', 'en']) }),
  'overlay:css': def('overlay:css', ANYONE, {}),
  'finding:save': def('finding:save', ANYONE, { finding: findingInputSchema }),
  'finding:delete': def('finding:delete', PAGES, { id }),
  'findings:list': def('findings:list', PAGES, { roundId: id.optional() }),
  /** What this round already holds for one page: the popup marks those flags as recorded. */
  'findings:page': def('findings:page', PAGES, { pageUrl: z.string().max(20_000) }),
  'unit:save': def('unit:save', PAGES, { unit: unitInputSchema }),
  'unit:delete': def('unit:delete', PAGES, { id }),
  'units:import': def('units:import', PAGES, {
    units: z
      .array(unitInputSchema.omit({ id: true }))
      .min(1)
      .max(5_000),
  }),
  'round:save': def('round:save', PAGES, { round: roundInputSchema, select: z.boolean().optional() }),
  'round:select': def('round:select', PAGES, { id }),
  'profile:set': def('profile:set', PAGES, { profile: profileSchema }),
  /** The overlay's corner on one site, where the inspector dragged it. */
  'overlay:corner': def('overlay:corner', ANYONE, {
    site: z.string().max(300),
    corner: z.enum(['br', 'bl', 'tr', 'tl']),
  }),
  'override:set': def('override:set', ANYONE, {
    site: z.string().min(1).max(300),
    column: z.string().min(1).max(200),
    category: z.enum(['', ...CATEGORY_IDS]),
  }),
  'settings:set': def('settings:set', PAGES, {
    key: z.enum(SETTING_KEYS as [keyof Settings, ...Array<keyof Settings>]),
    // 通报 templates run to a few paragraphs; names and languages are far shorter.
    value: z.union([z.string().max(4000), z.boolean(), z.number().int().min(1).max(5000)]),
  }),
  'export:json': def('export:json', PAGES, { roundId: id.optional() }),
  'import:preview': def('import:preview', PAGES, { files: z.array(importFile).min(1).max(50) }),
  'import:apply': def('import:apply', PAGES, { token: z.string().max(100) }),
  'round:verdict': def('round:verdict', PAGES, { unitId: id, verdict: z.enum(VERDICT_CHOICES) }),
  'round:previous': def('round:previous', PAGES, { roundId: id }),
  'findings:previous': def('findings:previous', PAGES, {}),
  'rectification:set': def('rectification:set', PAGES, { id, status: z.enum(RECTIFICATIONS) }),
  'screenshot:get': def('screenshot:get', PAGES, { id }),
  'scan:ensure': def('scan:ensure', PAGES, { tabId: z.number().int() }),
  'scan:report': def('scan:report', ANYONE, {
    url: z.string().max(20_000),
    flags: z.number().int(),
    warns: z.number().int(),
    /** The page removed or broke the overlay: the badge and the popup say so. */
    blocked: z.boolean().optional(),
  }),
  'links:check': def('links:check', ANYONE, { urls: z.array(z.string().max(20_000)).max(5_000) }),
  /** Hosts a tab's links pointed at that the inspector has not allowed yet (host patterns). */
  'links:access': def('links:access', PAGES, { tabId: z.number().int() }),
  'screenshot:capture': def('screenshot:capture', PAGES, {
    findingId: id,
    windowId: z.number().int().optional(),
  }),
  // The 错敏词 dictionary: the content script gets it (with the seed) for its site; pages edit it.
  'wording:get': def('wording:get', ANYONE, { site: z.string().max(300) }),
  'wording:dictionary': def('wording:dictionary', PAGES, {}),
  'wording:set': def('wording:set', PAGES, { entries: z.array(wordingEntrySchema).max(50_000) }),
  'wording:except': def('wording:except', ANYONE, {
    site: z.string().min(1).max(300),
    wrong: z.string().min(1).max(50),
    add: z.boolean(),
  }),
};

export type MessageType = keyof typeof MESSAGES;
export type MessageOf<K extends MessageType> = z.infer<(typeof MESSAGES)[K]['schema']>;
export type Message = { [K in MessageType]: MessageOf<K> }[MessageType];

/** What the background's state answer carries to every surface. */
export interface State {
  round: Round;
  rounds: Round[];
  units: Unit[];
  /** For a content script: the unit its tab's page belongs to. */
  pageUnit?: Unit;
  profile: Profile;
  /** Per site: column name -> category id, chosen by an inspector. */
  overrides: Record<string, Record<string, CategoryId>>;
  /** Where the overlay sits on each site. */
  corners: Record<string, 'br' | 'bl' | 'tr' | 'tl'>;
  settings: Settings;
}

export interface ImportResult {
  problems: Array<{ file: string; message: string }>;
  summary: MergeSummary | null;
  token?: string;
  /** The round an import went to, when the files held one. */
  target?: { id: string; name: string };
}

export interface SavedFinding {
  finding: Finding;
  updated: boolean;
}

/** The answer to each message; a message missing here is a compile error in Reply<K>. */
export interface Replies {
  'state:get': State;
  'text:get': Record<string, string>;
  'overlay:css': string;
  'finding:save': SavedFinding;
  'finding:delete': Finding | undefined;
  'findings:list': Finding[];
  'findings:page': string[];
  'unit:save': Unit;
  'unit:delete': true;
  'units:import': { added: number; updated: number };
  'round:save': Round;
  'round:select': Round;
  'profile:set': true;
  'override:set': true;
  'overlay:corner': true;
  'settings:set': true;
  'export:json': Envelope;
  'import:preview': ImportResult;
  'import:apply': ImportResult;
  'round:verdict': Round;
  'round:previous': Round;
  'findings:previous': Finding[];
  'rectification:set': SavedFinding;
  'screenshot:get': Screenshot | undefined;
  'scan:ensure': boolean;
  'scan:report': true;
  'links:check': LinkVerdict[];
  'links:access': string[];
  'screenshot:capture': Screenshot;
  'wording:get': WordingOptions;
  'wording:dictionary': WordingEntry[];
  'wording:set': { count: number };
  'wording:except': true;
}

export type Reply<K extends MessageType> = Replies[K];

/** One handler per message type, each returning that message's reply. */
export type Handlers<Ctx> = { [K in MessageType]: (msg: MessageOf<K>, ctx: Ctx) => Promise<Reply<K>> };

/** Validates a raw message: its type known, its sender allowed, its payload well-formed. */
export function parseMessage(raw: unknown, sender: Sender): { msg: Message } | { error: string } {
  const type = (raw as { type?: unknown } | null)?.type;
  const entry = typeof type === 'string' ? MESSAGES[type as MessageType] : undefined;
  if (!entry) return { error: `未知消息 / unknown message: ${String(type).slice(0, 60)}` };
  if (!entry.from.includes(sender))
    return { error: `不允许网页发送此消息 / not allowed from ${sender}: ${type}` };
  const parsed = entry.schema.safeParse(raw);
  if (!parsed.success)
    return { error: `消息格式错误 / bad message: ${describeIssues(parsed.error).join('; ')}` };
  return { msg: parsed.data as Message };
}

/** Messages the extension's pages send to the content script of a tab, with their replies. */
export interface ContentCalls {
  'scan:ping': { msg: { type: 'scan:ping' }; reply: true };
  'scan:get': { msg: { type: 'scan:get' }; reply: ScanSummary | null };
  'links:run': { msg: { type: 'links:run' }; reply: true };
  /** By flag key (popup) or by the stored selector of a finding (side panel). */
  'scan:reveal': { msg: { type: 'scan:reveal'; key?: string; selector?: string }; reply: boolean };
}

export type ContentMessage = ContentCalls[keyof ContentCalls]['msg'];
export type ContentHandlers = {
  [K in keyof ContentCalls]: (msg: ContentCalls[K]['msg']) => Promise<ContentCalls[K]['reply']>;
};
