// The engine on the demo site in a real browser: columns, guides, links and images.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { overlay, scannedPage, useHarness } from './harness';

const h = useHarness();

const messages = (page: Page) => overlay(page).locator('[data-testid="overlay-flag"]').allTextContents();

/** Opens a page and waits until the overlay has scanned it. */
const scanned = (url: string) => scannedPage(h, url);

describe('columns (issue 3)', () => {
  test('a column list page is judged by its own list; page 2 raises nothing', async () => {
    const p1 = await scanned(h.govUrl('/col/tzgg/index.html'));
    expect(await messages(p1)).toEqual(['“通知公告”栏目超过半年未更新']);
    const p2 = await scanned(h.govUrl('/col/tzgg/index_1.html'));
    expect(await messages(p2)).toEqual([]);
    await Promise.all([p1.close(), p2.close()]);
  });

  test('an article with a 相关信息 list raises nothing', async () => {
    const page = await scanned(h.govUrl('/art/202611/t20261120_1001.html'));
    expect(await messages(page)).toEqual([]);
    await page.close();
  });

  test('a script-filled list is never called blank while it loads, and is re-scanned when it arrives', async () => {
    const page = await h.context.newPage();
    await page.goto(h.govUrl('/script-list.html'));
    await overlay(page)
      .locator('[data-testid="overlay-counts"]')
      .filter({ hasNotText: '正在检查' })
      .waitFor({ timeout: 20_000 });
    expect(await page.locator('#list li').count()).toBe(3); // the XHR list had arrived before the first verdict
    expect(await messages(page)).toEqual([]);
    // The list changes: the overlay follows within about half a second.
    await page.evaluate(() => {
      const ul = document.getElementById('list')!;
      ul.innerHTML = '<li>暂无信息</li>';
    });
    await expect.poll(() => messages(page), { timeout: 5_000 }).toEqual(['“工作动态”为空白栏目']);
    await page.close();
  });

  test('a 大汉-style list shipped as XML records is judged before the page draws it, and once after', async () => {
    const undrawn = await scanned(h.govUrl('/col/zcjd/index.html?draw=never'));
    expect(await undrawn.locator('#\\34 321 li').count()).toBe(0);
    expect(await messages(undrawn)).toEqual(['“政策解读”栏目超过半年未更新']);
    await undrawn.close();
    const page = await scanned(h.govUrl('/col/zcjd/index.html'));
    await expect.poll(() => page.locator('#\\34 321 li').count(), { timeout: 8000 }).toBe(3);
    await page.waitForTimeout(1500); // the re-scan after the list is drawn
    expect(await messages(page)).toEqual(['“政策解读”栏目超过半年未更新']);
    await page.close();
  });

  test('a GBK page declared only in <meta> is read as the browser decodes it', async () => {
    const page = await scanned(h.govUrl('/gbk.html'));
    expect(await messages(page)).toEqual(['“政务要闻”栏目超过2周未更新']);
    await page.close();
  });

  test("each flagged column is marked over its heading, a hidden tab pane's column over its tab label", async () => {
    const page = await scanned(h.govUrl('/'));
    const marks = await overlay(page)
      .locator('.sp-mark')
      .evaluateAll((els) =>
        els.map((m) => {
          const r = m.getBoundingClientRect();
          return { rule: m.getAttribute('data-rule'), x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }),
      );
    // What the page shows under the middle of each stale/blank marker is the column's own heading.
    const under = await page.evaluate(
      (pts) =>
        pts.map((p) => {
          const all = document.elementsFromPoint(p.x, p.y).filter((e) => e.tagName !== 'SITE-PATROL-OVERLAY');
          return all[0]?.textContent?.trim() ?? '';
        }),
      marks.filter((m) => m.rule === 'stale-column' || m.rule === 'blank-column'),
    );
    expect(under.sort()).toEqual(['三公经费', '乡镇动态', '人事信息', '建议提案办理', '通知公告'].sort());
    await page.close();
  });

  test('the explanation opens from the badge by keyboard and names category, window and days overdue', async () => {
    const page = await scanned(h.govUrl('/'));
    const badge = overlay(page)
      .locator('.sp-mark[data-rule="stale-column"] [data-testid="overlay-badge"]')
      .first();
    await badge.focus();
    await page.keyboard.press('Enter');
    const pop = overlay(page).locator('.sp-pop');
    await expect.poll(() => pop.textContent()).toMatch(/栏目类别.*更新期限.*最新日期.*超期天数/);
    await page.keyboard.press('Escape');
    await expect.poll(() => pop.count()).toBe(0);
    await page.close();
  });
});

describe('service guides (issue 4)', () => {
  test('the demo guide page marks exactly the materials without a count', async () => {
    const page = await scanned(h.govUrl('/bsfw/guide.html'));
    expect((await messages(page)).sort()).toEqual(
      [
        '办事指南“城乡居民基本养老保险参保登记”申请材料“居民身份证”未注明份数',
        '办事指南“城乡居民基本养老保险参保登记”申请材料“残疾人证”份数不明确',
        '办事指南“城乡居民基本养老保险参保登记”申请材料“近期一寸免冠照片”未注明份数',
      ].sort(),
    );
    expect(await overlay(page).locator('.sp-mark[data-rule="missing-material-count"]').count()).toBe(3);
    await page.close();
  });
});

describe('on demand off gov.cn', () => {
  test('a 127.0.0.1 page is not scanned until the popup asks', async () => {
    const page = await h.context.newPage();
    await page.goto(h.localUrl('/bsfw/guide.html'));
    await page.waitForTimeout(1500);
    expect(await page.locator('[data-site-patrol]').count()).toBe(0);
    const tabId = await h.tabIdOf(page);
    const popup = await h.context.newPage();
    await popup.goto(h.extUrl(`popup.html?tabId=${tabId}`));
    await popup.locator('[data-testid="scan-page"]').click();
    await expect
      .poll(() => popup.locator('li.flag .fl-main').allTextContents(), { timeout: 15_000 })
      .toContain('办事指南“城乡居民基本养老保险参保登记”申请材料“居民身份证”未注明份数');
    expect(await page.locator('[data-site-patrol]').count()).toBe(1);
    await Promise.all([page.close(), popup.close()]);
  });
});

describe('links, attachments and images (issue 5)', () => {
  test('every dead link and broken image on the links page is reported with its reason, and no live one', async () => {
    const page = await scanned(h.govUrl('/links.html'));
    const tabId = await h.tabIdOf(page);
    const popup = await h.context.newPage();
    await popup.goto(h.extUrl(`popup.html?tabId=${tabId}`));
    await popup.locator('[data-testid="check-links"]').click();
    const progress = overlay(page).locator('[data-testid="link-progress"]');
    await expect
      .poll(
        async () => {
          const m = /(\d+)\/(\d+)/.exec((await progress.textContent()) ?? '');
          return m && m[1] === m[2];
        },
        { timeout: 40_000 },
      )
      .toBe(true);
    const base = h.govUrl('');
    const got = (await messages(page)).sort();
    expect(got).toEqual(
      [
        `页面存在不可用链接（404）：${base}/status/404`,
        `页面存在不可用链接（410）：${base}/gone`,
        `页面存在不可用链接（500）：${base}/status/500`,
        '页面存在不可用链接（无法解析域名）：http://unreachable.invalid/',
        `页面存在不可用链接（软404）：${base}/soft404`,
        `页面存在不可用链接（附件返回网页）：${base}/files/missing.doc`,
        `页面链接需人工核实（响应慢）：${base}/slow?ms=5600`,
        `页面链接需人工核实（跳转登录页）：${base}/members`,
        `页面链接需人工核实（403）：${base}/status/403`,
        '页面图片无法显示',
        '页面图片无法显示',
      ].sort(),
    );
    const images = await overlay(page).locator('.sp-mark[data-rule="broken-image"]').count();
    expect(images).toBe(2); // gone.png and the image URL answering HTML; ok.png is fine
    await Promise.all([page.close(), popup.close()]);
  });
});

describe('registered units', () => {
  test("a registered unit's site off gov.cn is scanned automatically", async () => {
    const panel = await h.context.newPage();
    await panel.goto(h.extUrl('sidepanel.html'));
    await panel.locator('[data-testid="tab-setup"]').click();
    await panel.locator('[data-testid="add-unit"]').click();
    await panel.getByLabel('单位名称').fill('本地测试单位');
    await panel.getByLabel('网址前缀（每行一个）').fill(`http://127.0.0.1:${h.demo.port}/col/`);
    await panel.getByRole('button', { name: '保存', exact: true }).click();
    await expect.poll(() => panel.locator('[data-testid="unit-row"]').count()).toBe(1);
    const page = await h.context.newPage();
    await page.goto(h.localUrl('/col/tzgg/index.html'));
    await expect.poll(() => messages(page), { timeout: 15_000 }).toEqual(['“通知公告”栏目超过半年未更新']);
    // Outside the unit's prefix nothing runs by itself.
    const other = await h.context.newPage();
    await other.goto(h.localUrl('/bsfw/guide.html'));
    await other.waitForTimeout(1500);
    expect(await other.locator('[data-site-patrol]').count()).toBe(0);
    await Promise.all([panel.close(), page.close(), other.close()]);
  });
});
