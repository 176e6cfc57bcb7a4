import { beforeEach, describe, expect, test } from 'vitest';
import {
  dedupeKey,
  defaultRoundName,
  matchUnit,
  toMatchPattern,
  type Finding,
  type FindingInput,
} from '../../../lib/domain/model';
import { BUCKETS, bucketOf } from '../../../lib/storage/chunks';
import { DB_VERSION, MIGRATIONS, openPatrolDB, Store } from '../../../lib/storage/store';

let n = 0;
let store: Store;
beforeEach(async () => {
  store = await Store.open(`test-${++n}`);
});

const finding = (over: Partial<FindingInput> = {}): FindingInput => ({
  roundId: 'r',
  unitId: 'u',
  rule: 'stale-column',
  level: 'flag',
  column: '工作动态',
  item: '',
  pageUrl: 'http://a.gov.cn/',
  pageTitle: '首页',
  selector: '#x',
  snippet: '工作动态',
  linkUrl: '',
  evidence: { daysOverdue: 3 },
  description: '“工作动态”栏目超过2周未更新',
  inspector: '张三',
  points: null,
  rectification: '',
  note: '',
  ...over,
});

describe('unit matching', () => {
  const units = [
    { id: 'county', prefixes: ['http://www.demo.gov.cn/'] },
    { id: 'edu', prefixes: ['www.demo.gov.cn/jyj/', 'jyj.demo.gov.cn'] },
    { id: 'other', prefixes: ['https://www.demo.gov.cn.evil.example/'] },
  ];
  test('the longest matching prefix wins, scheme and www. ignored', () => {
    expect(matchUnit(units, 'https://www.demo.gov.cn/jyj/tzgg/1.html')?.id).toBe('edu');
    expect(matchUnit(units, 'http://demo.gov.cn/zwgk/')?.id).toBe('county');
    expect(matchUnit(units, 'http://jyj.demo.gov.cn/a')?.id).toBe('edu');
  });
  test('a prefix matches at a boundary only', () => {
    expect(matchUnit(units, 'http://www.demo.gov.cn.evil.example/')?.id).toBe('other');
    expect(
      matchUnit([{ id: 'x', prefixes: ['jyj.demo.gov.cn'] }], 'http://jyj.demo.gov.cnx/'),
    ).toBeUndefined();
    expect(matchUnit(units, 'http://www.other.gov.cn/')).toBeUndefined();
  });
  test('prefixes become content-script match patterns', () => {
    expect(toMatchPattern('http://www.demo.gov.cn:8080/jyj/')).toBe('http://www.demo.gov.cn/jyj/*');
    expect(toMatchPattern('jyj.demo.gov.cn')).toBe('*://jyj.demo.gov.cn/*');
  });
});

describe('findings', () => {
  test('the same unit, rule, target and page in a round is recorded once and updated', async () => {
    const a = await store.saveFinding(finding());
    const b = await store.saveFinding(
      finding({ description: '改写的描述', pageUrl: 'http://a.gov.cn/#top' }),
    );
    expect(b.updated).toBe(true);
    expect(b.finding.id).toBe(a.finding.id);
    expect(b.finding.createdAt).toBe(a.finding.createdAt);
    const all = await store.findings('r');
    expect(all).toHaveLength(1);
    expect(all[0].description).toBe('改写的描述');
  });
  test('a different column, page, round or unit is a different finding', async () => {
    await store.saveFinding(finding());
    await store.saveFinding(finding({ column: '通知公告' }));
    await store.saveFinding(finding({ pageUrl: 'http://a.gov.cn/2' }));
    await store.saveFinding(finding({ unitId: 'u2' }));
    await store.saveFinding(finding({ roundId: 'r2' }));
    expect(await store.findings('r')).toHaveLength(4);
    expect(dedupeKey(finding())).not.toBe(dedupeKey(finding({ linkUrl: 'http://x/' })));
  });
  test('findings are stored in chunks by id bucket and round, and found again by id', async () => {
    const saved: Finding[] = [];
    for (let i = 0; i < 400; i++)
      saved.push(
        (await store.saveFinding(finding({ column: `栏目${i}`, roundId: i % 2 ? 'r' : 'r2' }))).finding,
      );
    const chunks = await store.db.getAll('chunks');
    expect(chunks.length).toBeLessThan(2 * BUCKETS + 1);
    expect(chunks.length).toBeGreaterThan(BUCKETS / 2);
    for (const c of chunks)
      for (const f of c.items) expect([bucketOf(f.id), f.roundId]).toEqual([c.bucket, c.roundId]);
    expect(await store.finding(saved[123].id)).toEqual(saved[123]);
    expect(await store.findings('r')).toHaveLength(200);
    // Moving a finding to another round moves it between chunks, never doubles it.
    await store.saveFinding({ ...saved[1], roundId: 'r2' });
    expect(await store.findings('r')).toHaveLength(199);
    expect((await store.findings('r2')).filter((f) => f.id === saved[1].id)).toHaveLength(1);
  });
  test('every committed write moves the generation on; reads do not', async () => {
    const g0 = store.generation;
    const { finding: f } = await store.saveFinding(finding());
    const g1 = store.generation;
    expect(g1).toBeGreaterThan(g0);
    await store.findings('r');
    await store.finding(f.id);
    expect(store.generation).toBe(g1);
    await store.deleteFinding(f.id);
    expect(store.generation).toBeGreaterThan(g1);
  });
  test('delete, and a screenshot attached to a finding', async () => {
    const { finding: f } = await store.saveFinding(finding());
    const shot = await store.saveScreenshot(f.id, 'data:image/jpeg;base64,AAAA');
    expect((await store.findings('r'))[0].screenshotId).toBe(shot.id);
    expect((await store.screenshot(shot.id))?.dataUrl).toBe('data:image/jpeg;base64,AAAA');
    await store.deleteFinding(f.id);
    expect(await store.findings('r')).toEqual([]);
  });
});

describe('rounds and units', () => {
  test('a round for the current quarter is created on first use and selected', async () => {
    const r = await store.currentRound(new Date(2022, 4, 10));
    expect(r).toMatchObject({ name: '2022年第二季度', asOf: '2022-05-10', unitIds: [] });
    expect((await store.currentRound()).id).toBe(r.id);
    expect(defaultRoundName(new Date(2023, 11, 31))).toBe('2023年第四季度');
  });
  test('units join the current round in order; an import merges by name', async () => {
    const r = await store.currentRound();
    const a = await store.saveUnit({
      name: '县人社局',
      siteName: '',
      siteIdCode: '',
      prefixes: ['rsj.demo.gov.cn'],
    });
    const res = await store.saveUnits([
      { name: '县司法局', siteName: '县司法局网站', siteIdCode: '9999000002', prefixes: ['sfj.demo.gov.cn'] },
      {
        name: '县人社局',
        siteName: '县人社局网站',
        siteIdCode: '9999000003',
        prefixes: ['www.demo.gov.cn/rsj/'],
      },
    ]);
    expect(res).toEqual({ added: 1, updated: 1 });
    const units = await store.units();
    expect(units).toHaveLength(2);
    expect(units.find((u) => u.id === a.id)!.prefixes).toEqual(['rsj.demo.gov.cn', 'www.demo.gov.cn/rsj/']);
    const round = (await store.rounds()).find((x) => x.id === r.id)!;
    expect(round.unitIds[0]).toBe(a.id);
    expect(round.unitIds).toHaveLength(2);
    await store.deleteUnit(a.id);
    expect((await store.rounds())[0].unitIds).toHaveLength(1);
  });
});

describe('schema migrations', () => {
  test('there is one migration step per version', () => {
    expect(MIGRATIONS).toHaveLength(DB_VERSION);
  });
  test('opening an existing database keeps its data', async () => {
    const name = `mig-${++n}`;
    const s1 = await Store.open(name);
    await s1.saveFinding(finding());
    s1.db.close();
    const s2 = new Store(await openPatrolDB(name));
    expect(await s2.findings('r')).toHaveLength(1);
    s2.db.close();
  });
  test('a new database runs every migration from version 0', async () => {
    const name = `mig-${++n}`;
    const db = await openPatrolDB(name);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['chunks', 'rounds', 'screenshots', 'settings', 'units']);
    expect([...db.transaction('chunks').store.indexNames]).toEqual(['byRound']);
    db.close();
  });
  test('a version 1 database (one record per finding) moves into chunks with nothing lost', async () => {
    const name = `mig-${++n}`;
    const v1 = await openPatrolDB(name, 1);
    const old = Array.from({ length: 300 }, (_, i) => ({
      ...finding({ column: `栏目${i}` }),
      id: `f${i}`,
      roundId: i % 3 ? 'r' : 'r0',
      screenshotId: '',
      createdAt: 'c',
      updatedAt: 'u',
    }));
    const tx = v1.transaction('findings' as never, 'readwrite');
    for (const f of old) void tx.store.put({ ...f, dedupe: dedupeKey(f) } as never);
    await tx.done;
    v1.close();
    const s2 = new Store(await openPatrolDB(name));
    expect(s2.db.objectStoreNames.contains('findings' as never)).toBe(false);
    const byId = (xs: Array<{ id: string }>) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId([...(await s2.findings('r')), ...(await s2.findings('r0'))])).toEqual(byId(old));
    expect(await s2.finding('f7')).toEqual(old[7]);
    s2.db.close();
  });
});

describe('storage errors', () => {
  test('a full disk is reported as a clear QuotaError, never swallowed', async () => {
    const { QuotaError } = await import('../../../lib/storage/store');
    const db = store.db as unknown as { put: (...a: unknown[]) => Promise<unknown> };
    db.put = async () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    await expect(store.setSetting('inspector', '张三')).rejects.toBeInstanceOf(QuotaError);
    await expect(store.setSetting('inspector', '张三')).rejects.toThrow('存储空间已满');
  });
});
