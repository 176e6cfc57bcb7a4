// Profiles are data: a stricter regional window set on the options page, and one column
// re-classified by an inspector on one site, remembered across reloads.
import { expect, test } from 'vitest';
import { openSummary, overlay, useHarness } from './harness';

const h = useHarness();

const flags = (page: import('playwright-core').Page) =>
  overlay(page).locator('[data-testid="overlay-flag"]').allTextContents();

test('an inspector re-classifies one column on this site, and it is remembered', async () => {
  const page = await h.context.newPage();
  await page.goto(h.govUrl('/'));
  await expect.poll(() => flags(page), { timeout: 15_000 }).toContain('“三公经费”栏目超过1年未更新');
  await openSummary(page);
  const mark = overlay(page)
    .locator('.sp-list li', { hasText: '“三公经费”栏目超过1年未更新' })
    .locator('[data-testid="overlay-flag"]');
  await mark.click();
  // By keyboard: the overlay acts on the inspector's own input only, and a scripted selectOption
  // is not that. From 其他 (last), one up is 动态要闻类.
  await overlay(page).locator('[data-testid="column-category"]').focus();
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => flags(page)).toContain('“三公经费”栏目超过2周未更新');
  await page.reload();
  await expect.poll(() => flags(page), { timeout: 15_000 }).toContain('“三公经费”栏目超过2周未更新');
  await page.close();
});

test('a stricter regional window set on the options page applies to every page', async () => {
  const options = await h.context.newPage();
  await options.goto(h.extUrl('options.html'));
  await options.locator('[data-testid="window-news"]').fill('1');
  await options.getByLabel('动态要闻类 期限单位').selectOption('days');
  await options.locator('[data-testid="save-profile"]').click();
  await expect.poll(() => options.getByRole('status').allTextContents()).toContain('已保存，刷新页面后生效');
  const page = await h.context.newPage();
  await page.goto(h.govUrl('/'));
  await expect.poll(() => flags(page), { timeout: 15_000 }).toContain('“工作动态”栏目超过1天未更新');
  await Promise.all([options.close(), page.close()]);
});
