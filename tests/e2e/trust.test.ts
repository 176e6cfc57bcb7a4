// Imports and addresses as a careless colleague or a hostile file would try them (issue 14), in the
// real extension: wrong encodings and kinds of file are named, wrong records refused with where,
// the store never changes; the imported round is shown; unit addresses register one unit at a
// time and a wildcard is refused.
import { expect, test } from 'vitest';
import { defaultRoundName } from '../../lib/domain/model';
import { makeEnvelope } from '../../lib/exchange/export';
import { generate } from '../fixtures/findings';
import { useHarness } from './harness';

declare const chrome: {
  runtime: { sendMessage(m: object): Promise<{ result?: unknown; error?: string }> };
  scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string; matches?: string[] }>> };
};

const h = useHarness();

function envelope(roundName: string) {
  const g = generate(3, 2);
  return makeEnvelope(
    { ...g.round, id: 'round_import', name: roundName },
    g.units,
    g.findings.map((f) => ({ ...f, roundId: 'round_import' })),
  );
}
const file = (name: string, buffer: Buffer) => ({ name, mimeType: 'application/json', buffer });

test('bad files are named for what is wrong and where, and change nothing; a good one shows its round', async () => {
  const panel = await h.context.newPage();
  await panel.goto(h.extUrl('sidepanel.html'));
  await panel.locator('[data-testid="tab-import"]').click();
  const problems = async (f: ReturnType<typeof file>) => {
    await panel.locator('[data-testid="import-file"]').setInputFiles(f);
    const box = panel.locator('[data-testid="import-problems"]');
    await box.waitFor({ timeout: 10_000 });
    return (await box.textContent()) ?? '';
  };
  const good = envelope('2026年第三季度');
  // GBK bytes of a real export: Chinese that UTF-8 cannot read.
  const gbk = Buffer.from(new TextEncoder().encode(JSON.stringify(good)).map((b) => (b > 0x7f ? 0xb0 : b)));
  expect(await problems(file('gbk.json', gbk))).toMatch(/gbk\.json：文件不是 UTF-8 编码/);
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  expect(await problems(file('截图.json', png))).toContain('截图.json：不是文本文件（看起来是PNG 图片）');
  expect(await problems(file('空.json', Buffer.alloc(0)))).toContain('空.json：文件是空的');
  const hostile = {
    ...good,
    findings: good.findings.map((f, i) =>
      i ? f : { ...f, pageUrl: 'data:text/html,<script>alert(1)</script>' },
    ),
  };
  expect(await problems(file('恶意.json', Buffer.from(JSON.stringify(hostile))))).toContain(
    '恶意.json：findings[0].pageUrl：页面地址不是 http(s) 网址',
  );
  const future = { ...good, round: { ...good.round, asOf: '2999-12-31' } };
  expect(await problems(file('未来.json', Buffer.from(JSON.stringify(future))))).toContain(
    '应在 2000 年至明年之间',
  );

  // None of them stored anything.
  await panel.locator('[data-testid="tab-review"]').click();
  await expect
    .poll(() => panel.locator('[data-testid="findings-count"]').textContent())
    .toContain('共 0 条记录');
  await panel.locator('[data-testid="tab-import"]').click();
  // The panel's own round is empty: the imported round becomes the one shown.
  await panel
    .locator('[data-testid="import-file"]')
    .setInputFiles(file('好.json', Buffer.from(JSON.stringify(good))));
  await panel.locator('[data-testid="confirm-import"]').click();
  await expect.poll(() => panel.locator('[data-testid="import-result"]').textContent()).toContain('已导入');
  await expect
    .poll(() => panel.locator('[data-testid="panel-round"]').textContent())
    .toContain('2026年第三季度');
  expect(await panel.locator('[data-testid="panel-round"]').textContent()).not.toContain(
    defaultRoundName(new Date()),
  );
  await panel.close();
});

test('unit addresses: a wildcard is refused, each unit gets its own content script', async () => {
  const panel = await h.context.newPage();
  await panel.goto(h.extUrl('sidepanel.html'));
  const save = (prefixes: string[], name: string) =>
    panel.evaluate((unit) => chrome.runtime.sendMessage({ type: 'unit:save', unit }), {
      name,
      siteName: '',
      siteIdCode: '',
      prefixes,
    });
  const refused = await save(['*'], '通配单位');
  expect(refused.error).toMatch(/网址前缀不能含有 \*/);
  await save(['http://a.example.gov.cn/'], '甲单位');
  await save(['b.example.gov.cn/xxgk'], '乙单位');
  const scripts = await h.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
  const units = scripts.filter((s) => s.id.startsWith('site-patrol-unit-'));
  expect(units.map((s) => s.matches).sort()).toEqual(
    expect.arrayContaining([['*://b.example.gov.cn/xxgk*'], ['http://a.example.gov.cn/*']]),
  );
  expect(scripts.some((s) => (s.matches ?? []).includes('*://*/*'))).toBe(false);
  await panel.close();
});
