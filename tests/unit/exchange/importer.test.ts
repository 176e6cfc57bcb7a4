import { beforeEach, describe, expect, test } from 'vitest';
import { generate } from '../../fixtures/findings';
import { parseDelimited } from '../../../lib/exchange/csvparse';
import {
  csvCell,
  FINDINGS_CSV_HEADERS,
  findingsCsv,
  makeEnvelope,
  type Envelope,
} from '../../../lib/exchange/export';
import { MAX_IMPORT_BYTES, planMerge, validateFiles } from '../../../lib/exchange/importer';
import { applyImport, snapshot, Store } from '../../../lib/storage/store';

let n = 0;
let store: Store;
beforeEach(async () => {
  store = await Store.open(`ex-${++n}`);
});

const small = () => generate(6, 3);
const fileOf = (env: unknown, name = 'a.json') => ({
  name,
  text: typeof env === 'string' ? env : JSON.stringify(env),
});
const dump = async () => JSON.stringify(await snapshot(store));

async function importFiles(files: Array<{ name: string; text: string }>) {
  const v = validateFiles(files);
  if (v.problems.length) return v;
  await applyImport(store, planMerge(await snapshot(store), v.envelopes));
  return v;
}

describe('CSV', () => {
  test('BOM, CRLF, RFC 4180 quoting and the Chinese headers, readable by a CSV parser', () => {
    const { round, units, findings } = small();
    findings[0].note = '含有,逗号 "引号"\n换行';
    const csv = findingsCsv(round, units, findings);
    expect(csv.startsWith('\uFEFF序号,单位名称,网站名称,网站标识码,栏目名称')).toBe(true);
    expect(csv.includes('\r\n')).toBe(true);
    const rows = parseDelimited(csv.slice(1), ',').filter((r) => r.length > 1);
    expect(rows[0]).toEqual(FINDINGS_CSV_HEADERS);
    expect(rows).toHaveLength(7);
    expect(rows.every((r) => r.length === FINDINGS_CSV_HEADERS.length)).toBe(true);
    expect(rows.some((r) => r[17] === '含有,逗号 "引号"\n换行')).toBe(true);
  });
  test.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('a cell starting with %j is neutralised', (v) => {
    expect(csvCell(v).replace(/^"|"$/g, '').startsWith("'")).toBe(true);
  });
});

describe('import: bad files change nothing', () => {
  const good = () => makeEnvelope(small().round, small().units, small().findings);
  const bad: Array<[string, () => { name: string; text: string }, RegExp]> = [
    ['truncated JSON', () => fileOf(JSON.stringify(good()).slice(0, 500)), /不是有效的 JSON/],
    ['not JSON at all', () => fileOf('单位名称,网站名称\n县人社局,x'), /不是有效的 JSON/],
    ['another format', () => fileOf({ ...good(), format: 'other-tool' }), /不是巡网助手导出/],
    ['wrong version', () => fileOf({ ...good(), schemaVersion: 99 }), /文件版本 99 不受支持/],
    [
      'wrong types',
      () => {
        const e = good();
        (e.findings[2] as unknown as { level: number }).level = 3;
        return fileOf(e);
      },
      /findings\[2\]\.level/,
    ],
    [
      'missing fields',
      () => {
        const e = good() as unknown as { findings: Array<Record<string, unknown>> };
        delete e.findings[1].description;
        return fileOf(e);
      },
      /findings\[1\]\.description/,
    ],
    [
      'extra fields',
      () => {
        const e = good() as unknown as { findings: Array<Record<string, unknown>> };
        e.findings[0].evil = 1;
        return fileOf(e);
      },
      /findings\[0\]/,
    ],
    [
      'a date that is not a date',
      () => {
        const e = good();
        e.findings[0].createdAt = 'yesterday';
        return fileOf(e);
      },
      /findings\[0\]\.createdAt/,
    ],
    [
      'an oversized string',
      () => {
        const e = good();
        e.findings[0].description = 'x'.repeat(5000);
        return fileOf(e);
      },
      /findings\[0\]\.description/,
    ],
  ];
  // The kinds of wrong file the trust review tried (issue 14), each refused with what and where.
  const edit = (change: (e: ReturnType<typeof good>) => void) => () => {
    const e = good();
    change(e);
    return fileOf(e);
  };
  const future = new Date(Date.now() + 3 * 86_400_000).toISOString();
  bad.push(
    [
      'an impossible date',
      edit((e) => void (e.round.asOf = '2024-13-45')),
      /round\.asOf：监测时间点 2024-13-45 不是有效日期/,
    ],
    ['an inspection date in 1900', edit((e) => void (e.round.asOf = '1900-01-01')), /应在 2000 年至明年之间/],
    ['an inspection date in 2999', edit((e) => void (e.round.asOf = '2999-12-31')), /应在 2000 年至明年之间/],
    [
      'an edit dated in the future',
      edit((e) => void (e.findings[0].updatedAt = future)),
      /findings\[0\]\.updatedAt：时间 .* 晚于当前时间/,
    ],
    [
      'negative days overdue',
      edit((e) => void (e.findings[0].evidence.daysOverdue = -3)),
      /daysOverdue：超期天数 -3/,
    ],
    ['negative points', edit((e) => void (e.findings[0].points = -5)), /points：分值 -5 应在 0 至 100 之间/],
    ['an unknown rule', edit((e) => void (e.findings[0].rule = 'made-up')), /rule：未知的检查指标“made-up”/],
    [
      'a unit id with no unit',
      edit((e) => void (e.findings[0].unitId = 'ghost')),
      /unitId：单位 ghost 不在文件中/,
    ],
    [
      'a round not in the file',
      edit((e) => void (e.findings[0].roundId = 'elsewhere')),
      /roundId：检查轮次 elsewhere 不在文件中/,
    ],
    [
      'a javascript: page',
      edit((e) => void (e.findings[0].pageUrl = 'javascript:alert(1)')),
      /pageUrl：页面地址不是 http\(s\) 网址/,
    ],
    [
      'a data: page',
      edit((e) => void (e.findings[0].pageUrl = 'data:text/html,<script>1</script>')),
      /pageUrl：页面地址不是/,
    ],
    [
      'a malformed 网站标识码',
      edit((e) => void (e.units[0].siteIdCode = '12-34')),
      /siteIdCode：网站标识码“12-34”格式不对/,
    ],
    [
      'a unit prefix of *',
      edit((e) => void (e.units[0].prefixes = ['*'])),
      /prefixes\[0\]：网址前缀不能含有 \*/,
    ],
    [
      'the same id twice with different content',
      edit((e) => void e.findings.push({ ...e.findings[0], description: '改过的描述' })),
      /findings\[6\]：编号 .* 与 findings\[0\] 相同而内容不同/,
    ],
    [
      'the version as text',
      edit((e) => void ((e as { schemaVersion: unknown }).schemaVersion = '1')),
      /文件版本 "1" 不受支持，本工具读取版本 1（数字）/,
    ],
    ['an empty file', () => fileOf(''), /^a\.json: 文件是空的/],
    [
      "a wrong level, in the product's words",
      edit((e) => void ((e.findings[0] as { level: string }).level = 'bad')),
      /findings\[0\]\.level：取值不在允许范围内/,
    ],
  );
  test('no validator or parser wording reaches the inspector', async () => {
    const v = validateFiles([
      fileOf(JSON.stringify(good()).slice(0, 500)),
      fileOf({ ...good(), findings: [{ ...good().findings[0], level: 3, extra: 1 }] }),
    ]);
    const text = v.problems.map((p) => p.message).join('\n');
    expect(text).not.toMatch(/Unexpected|Invalid input|Unrecognized|expected one of|JSON at position/);
    expect(text).toMatch(/第 1 行第 \d+ 列附近/);
  });
  test.each(bad)(
    '%s is rejected with a message naming where, and the store is unchanged',
    async (_name, make, message) => {
      await store.saveFinding({ ...small().findings[0], id: undefined });
      const before = await dump();
      const v = await importFiles([make()]);
      expect(v.problems.length).toBeGreaterThan(0);
      expect(v.problems.map((p) => `${p.file}: ${p.message}`).join('\n')).toMatch(message);
      expect(await dump()).toBe(before);
    },
  );
  test('one bad file among good ones stops the whole import', async () => {
    const before = await dump();
    const v = await importFiles([fileOf(good(), 'good.json'), fileOf('{"format":', 'bad.json')]);
    expect(v.problems).toEqual([expect.objectContaining({ file: 'bad.json' })]);
    expect(await dump()).toBe(before);
  });
  test('a 50 MB file of garbage is rejected quickly with a clear message', async () => {
    const before = await dump();
    const v = validateFiles([
      { name: 'big.json', text: `{"format":"site-patrol-findings","x":"${'x'.repeat(50 * 1024 * 1024)}` },
    ]);
    expect(v.problems[0].message).toMatch(/不是有效的 JSON/);
    expect(await dump()).toBe(before);
  });
  test('a file over the size limit is refused before parsing', () => {
    const text = {
      length: MAX_IMPORT_BYTES + 1,
      replace: () => {
        throw new Error('parsed');
      },
    } as unknown as string;
    expect(validateFiles([{ name: 'huge.json', text }]).problems[0].message).toMatch(/文件过大/);
  });
  test('hostile strings are kept as data, never interpreted', async () => {
    const e = good();
    e.findings[0].description = '<img src=x onerror=alert(1)>=cmd|calc';
    await importFiles([fileOf(e)]);
    const all = (await snapshot(store)).findings;
    expect(all.find((f) => f.id === e.findings[0].id)!.description).toBe(
      '<img src=x onerror=alert(1)>=cmd|calc',
    );
  });
});

describe('import: merge', () => {
  test('BOM and CRLF variants import the same', async () => {
    const e = makeEnvelope(small().round, small().units, small().findings);
    const v = validateFiles([fileOf(`\uFEFF${JSON.stringify(e, null, 2).replace(/\n/g, '\r\n')}`)]);
    expect(v.problems).toEqual([]);
    expect(v.envelopes[0].env.findings).toHaveLength(6);
  });
  test('export then import gives identical data', async () => {
    const { round, units, findings } = small();
    const e = makeEnvelope(round, units, findings);
    await importFiles([fileOf(e)]);
    const s = await snapshot(store);
    const back = makeEnvelope(s.rounds[0], s.units, s.findings, new Date(e.exportedAt));
    const sort = (x: Envelope) => ({
      ...x,
      units: [...x.units].sort((a, b) => a.id.localeCompare(b.id)),
      findings: [...x.findings].sort((a, b) => a.id.localeCompare(b.id)),
    });
    expect(sort(back)).toEqual(sort(e));
  });
  test('the same data exports to the same file whatever order the store returns it in', () => {
    const { round, units, findings } = small();
    const at = new Date('2026-11-22T00:00:00Z');
    const a = JSON.stringify(makeEnvelope(round, units, findings, at));
    const b = JSON.stringify(makeEnvelope(round, units, [...findings].reverse(), at));
    expect(b).toBe(a);
  });
  test('records merge by id; the newer edit wins; duplicates are counted, never doubled', async () => {
    const { round, units, findings } = small();
    await importFiles([fileOf(makeEnvelope(round, units, findings))]);
    const newer = findings.map((f, i) =>
      i === 0 ? { ...f, description: '新的描述', updatedAt: new Date(Date.now() + 60_000).toISOString() } : f,
    );
    const older = findings.map((f, i) =>
      i === 1 ? { ...f, description: '旧的描述', updatedAt: '2000-01-01T00:00:00.000Z' } : f,
    );
    const v = validateFiles([
      fileOf(makeEnvelope(round, units, newer)),
      fileOf(makeEnvelope(round, units, older)),
    ]);
    const plan = planMerge(await snapshot(store), v.envelopes);
    // Conflicts: file 2's older record 1, and file 2's copy of record 0, older than file 1's edit of it.
    expect(plan.summary).toMatchObject({
      files: 2,
      incoming: 12,
      added: 0,
      duplicates: 12,
      updated: 1,
      conflicts: 2,
    });
    await applyImport(store, plan);
    const all = (await snapshot(store)).findings;
    expect(all).toHaveLength(6);
    expect(all.find((f) => f.id === findings[0].id)!.description).toBe('新的描述');
    expect(all.find((f) => f.id === findings[1].id)!.description).toBe(findings[1].description);
  });
  test("two inspectors' files for the same round and units merge into one round", async () => {
    const a = small();
    const b = generate(4, 3);
    // Inspector B set up independently: other ids, same round name and unit names.
    const remapU = new Map(b.units.map((u) => [u.id, `B-${u.id}`]));
    const bEnv = makeEnvelope(
      { ...b.round, id: 'rB', unitIds: b.round.unitIds.map((id) => remapU.get(id)!) },
      b.units.map((u) => ({ ...u, id: remapU.get(u.id)! })),
      b.findings.map((f) => ({
        ...f,
        id: `B-${f.id}`,
        roundId: 'rB',
        unitId: remapU.get(f.unitId)!,
        column: `B栏目${f.id}`,
      })),
    );
    const v = validateFiles([fileOf(makeEnvelope(a.round, a.units, a.findings)), fileOf(bEnv)]);
    const plan = planMerge(await snapshot(store), v.envelopes);
    expect(plan.summary).toMatchObject({ added: 10, roundsAdded: 1, unitsAdded: 3 });
    await applyImport(store, plan);
    const s = await snapshot(store);
    expect(s.rounds).toHaveLength(1);
    expect(s.units).toHaveLength(3);
    expect(new Set(s.findings.map((f) => f.unitId))).toEqual(new Set(a.units.map((u) => u.id)));
  });
});
