// Trainee mode and languages (issue 8): explanations open on the page, a practice round scored
// against the demo site's answer key, and the product in English.
import { expect, test } from 'vitest';
import { overlay, useHarness } from './harness';

const h = useHarness();

test('trainee mode: explanations on the page, and a practice round scored with the checklist', async () => {
  const options = await h.context.newPage();
  await options.goto(h.extUrl('options.html'));
  await options.getByLabel('学员模式（默认展开说明）').check();
  await expect.poll(() => options.getByRole('status').first().textContent()).toBe('已保存');

  const panel = await h.context.newPage();
  await panel.goto(h.extUrl('sidepanel.html'));
  await panel.locator('[data-testid="tab-practice"]').click();
  await panel.locator('[data-testid="start-practice"]').click();
  await expect
    .poll(() => panel.locator('[data-testid="panel-round"]').textContent())
    .toContain('练习：演示县网站');

  const page = await h.context.newPage();
  await page.goto(h.govUrl('/'));
  const why = overlay(page)
    .locator('.sp-list li', { hasText: '“三公经费”栏目超过1年未更新' })
    .locator('[data-testid="overlay-why"]');
  await expect
    .poll(() => why.textContent(), { timeout: 15_000 })
    .toMatch(/类别：应更新栏目，期限：1年，最新：\d{4}-\d{2}-\d{2}，超期 \d+ 天/);

  const popup = await h.context.newPage();
  await popup.goto(h.extUrl(`popup.html?tabId=${await h.tabIdOf(page)}`));
  await popup
    .locator('li.flag', { hasText: '“三公经费”栏目超过1年未更新' })
    .locator('[data-testid="flag-checkbox"]')
    .check();
  await popup.locator('[data-testid="save-finding"]').click();
  await expect.poll(() => popup.locator('[data-testid="popup-status"]').textContent()).toContain('已记录 1');
  // A wrong record: the trainee thinks the home page is not updated.
  await popup.locator('details summary').first().click();
  await popup.locator('[data-testid="indicator-picker"]').selectOption('home-not-updated');
  await popup.locator('[data-testid="save-manual"]').click();
  await expect.poll(() => popup.locator('[data-testid="popup-status"]').textContent()).toContain('已记录 1');

  await panel.reload();
  await panel.locator('[data-testid="tab-practice"]').click();
  // The answers stay hidden until the trainee hands in.
  await expect
    .poll(() => panel.locator('[data-testid="practice-progress"]').textContent())
    .toContain('已记录 2 条');
  expect(await panel.locator('[data-testid="practice-missed"]').count()).toBe(0);
  await panel.locator('[data-testid="hand-in"]').click();
  await expect
    .poll(() => panel.locator('[data-testid="practice-formula"]').textContent())
    .toMatch(/^得分 =（发现 1 − 误记 1）÷ 应发现 \d+ × 100 = 0/);
  await expect
    .poll(() => panel.locator('[data-testid="practice-score"]').textContent())
    .toMatch(/发现 1，遗漏 \d+，误记 1/);
  expect(await panel.locator('[data-testid="practice-missed"]').textContent()).toContain(
    '空白栏目：栏目没有任何信息',
  );
  expect(await panel.locator('[data-testid="practice-wrong"]').textContent()).toContain('首页不更新');
  await Promise.all([options.close(), panel.close(), page.close(), popup.close()]);
});

test('every surface speaks English when asked; exports keep Chinese headers', async () => {
  const options = await h.context.newPage();
  await options.goto(h.extUrl('options.html'));
  await options.getByLabel('界面语言').selectOption('en');
  await expect.poll(() => options.locator('h1').textContent()).toBe('Site Patrol settings and checklist');
  const page = await h.context.newPage();
  await page.goto(h.govUrl('/bsfw/guide.html'));
  await expect
    .poll(() => overlay(page).locator('[data-testid="overlay-counts"]').textContent(), { timeout: 15_000 })
    .toMatch(/\d+ problems · \d+ warnings/);
  const popup = await h.context.newPage();
  await popup.goto(h.extUrl(`popup.html?tabId=${await h.tabIdOf(page)}`));
  await expect.poll(() => popup.locator('h1').textContent()).toBe('Site Patrol · Record problems');
  const panel = await h.context.newPage();
  await panel.goto(h.extUrl('sidepanel.html'));
  await expect.poll(() => panel.locator('h1').textContent()).toBe('Findings review');
  const [d] = await Promise.all([
    panel.waitForEvent('download'),
    panel.locator('[data-testid="export-findings-csv"]').click(),
  ]);
  expect((await import('node:fs')).readFileSync((await d.path())!, 'utf8').slice(1, 11)).toBe(
    '序号,单位名称,网站',
  );
  await Promise.all([options.close(), page.close(), popup.close(), panel.close()]);
});
