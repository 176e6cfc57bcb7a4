import { describe, expect, test } from 'vitest';
import { scanPage, type PageScan } from '../../../lib';
import { demoPage, day, docFrom } from '../../fixtures/helpers';
import { formatDate as formatDay } from '../../../lib/engine/dates';

const asOf = day('2023-07-31');
const scan = (html: string, url = 'http://www.example.gov.cn/', at = asOf) =>
  scanPage(docFrom(html), { asOf: at, url });
const rules = (s: PageScan) => s.flags.map((f) => `${f.rule}:${f.column ?? f.item ?? ''}`).sort();
const names = (s: PageScan) => s.columns.map((c) => c.name).sort();

const li = (title: string, date: string, href = '/a.html') =>
  `<li><a href="${href}">关于${title}的工作信息</a><span>${date}</span></li>`;

describe('the demo home page', () => {
  const today = day('2026-11-22');
  const s = scanPage(demoPage('index.html', today), { asOf: today, url: 'http://www.demo-county.gov.cn/' });
  test('finds every column block, including the hidden tab pane', () => {
    expect(s.kind).toBe('home');
    expect(names(s)).toEqual(
      [
        '三公经费',
        '专题专栏',
        '乡镇动态',
        '人事信息',
        '图片新闻',
        '工作动态',
        '建议提案办理',
        '政策文件',
        '规划计划',
        '通知公告',
      ].sort(),
    );
    expect(s.columns.find((c) => c.name === '人事信息')!.hidden).toBe(true);
  });
  test('flags exactly the stale, soon and blank columns', () => {
    expect(rules(s)).toEqual([
      'blank-column:建议提案办理',
      'stale-column-soon:政策文件',
      'stale-column:三公经费',
      'stale-column:乡镇动态',
      'stale-column:人事信息',
      'stale-column:通知公告',
    ]);
  });
  test('messages and evidence read like the circular', () => {
    const f = s.flags.find((x) => x.column === '乡镇动态')!;
    expect(f.message).toBe('“乡镇动态”栏目超过2周未更新');
    expect(f.evidence).toMatchObject({
      category: 'news',
      window: '2周',
      newestDate: '2026-11-02',
      daysOverdue: 6,
    });
    expect(s.flags.find((x) => x.column === '三公经费')!.message).toBe('“三公经费”栏目超过1年未更新');
    expect(s.flags.find((x) => x.column === '通知公告')!.message).toBe('“通知公告”栏目超过半年未更新');
    expect(s.flags.find((x) => x.column === '政策文件')!.message).toBe('“政策文件”栏目即将超过半年未更新');
    expect(s.flags.find((x) => x.rule === 'blank-column')!.message).toBe('“建议提案办理”为空白栏目');
  });
  test('the marked element is the column heading', () => {
    expect(s.flags.find((x) => x.column === '三公经费')!.element!.textContent).toBe('三公经费');
  });
});

describe('home-page block layouts', () => {
  test('div blocks with a title class and a more link', () => {
    const s = scan(`<div class="box"><div class="box-title"><span>政务要闻</span><a href="/m">more</a></div>
      <div class="box-con">${li('县委召开常委会', '2023-07-01')}${li('县政府召开专题会', '2023-06-20')}</div></div>`);
    expect(rules(s)).toEqual(['stale-column:政务要闻']);
  });
  test('an English subtitle in the heading is not part of the column name', () => {
    const s =
      scan(`<h3>通知公告<span>NOTICE</span></h3><ul>${li('一', '2022-12-01')}</ul><h3>政务公开 Government Affairs</h3><ul>${li('二', '2023-07-30')}</ul>
      <div class="title"><b>工作动态</b><span>/ WORK NEWS</span></div><ul>${li('三', '2023-07-30')}</ul>`);
    expect(names(s)).toEqual(['工作动态', '政务公开', '通知公告']);
  });
  test('ul/li list under an h2', () => {
    const s = scan(`<h2>工作动态</h2><ul>${li('一', '2023-07-30')}${li('二', '2023-07-29')}</ul>`);
    expect(names(s)).toEqual(['工作动态']);
    expect(s.flags).toEqual([]);
  });
  test('table layout with dates in cells', () => {
    const s = scan(`<table><tr><td class="lm-title">财政资金</td></tr><tr><td><table><tbody>
      <tr><td><a href="/1">2021年财政预算执行情况</a></td><td>2022-05-01</td></tr>
      <tr><td><a href="/2">2020年财政决算</a></td><td>2021-05-01</td></tr></tbody></table></td></tr></table>`);
    expect(rules(s)).toEqual(['stale-column:财政资金']);
  });
  test('a table block whose heading row holds the name and a 更多 cell (not a 标题 | 日期 header)', () => {
    const s = scan(`<table><tr><td class="lmbt">工作动态</td><td><a href="/col/gzdt/">更多</a></td></tr>
      <tr><td colspan="2"><table><tr><td>·<a href="/1">县政府召开常务会议研究部署工作</a></td><td>2023-06-01</td></tr>
      <tr><td>·<a href="/2">县领导调研乡村振兴工作情况</a></td><td>2023-05-20</td></tr></table></td></tr></table>`);
    expect(rules(s)).toEqual(['stale-column:工作动态']);
  });
  test.each([
    [
      'dl rows',
      `<div class="box"><h2>工作动态</h2><dl><dt><a href="/1">县政府召开常务会议研究部署工作</a></dt><dd>2023-06-01</dd></dl><dl><dt><a href="/2">县领导调研乡村振兴工作情况</a></dt><dd>2023-05-20</dd></dl></div>`,
    ],
    [
      'item blocks with a summary',
      `<div class="news"><div class="title"><h3>工作动态</h3></div><div class="item"><h4><a href="/1">县政府召开常务会议研究部署工作</a></h4><p>会议指出……</p><span class="time">2023-06-01</span></div><div class="item"><h4><a href="/2">县领导调研乡村振兴工作情况</a></h4><p>调研指出……</p><span class="time">2023-05-20</span></div></div>`,
    ],
  ])("the heading inside the list's own container, before its rows (%s)", (_, html) => {
    const s = scan(html);
    expect(s.columns.map((c) => [c.name, c.items.filter((i) => i.date).length])).toEqual([['工作动态', 2]]);
    expect(rules(s)).toEqual(['stale-column:工作动态']);
  });
  test('tab block: each pane is named by its tab label, hidden panes included', () => {
    const s =
      scan(`<div class="tabs"><ul class="tab-nav"><li>工作动态</li><li>通知公告</li><li>政策解读</li></ul>
      <div class="tab-con"><ul class="pane">${li('动态一', '2023-07-30')}</ul>
      <ul class="pane" style="display:none">${li('公告一', '2022-12-01')}</ul>
      <ul class="pane" hidden>${li('解读一', '2023-07-01')}</ul></div></div>`);
    expect(names(s)).toEqual(['工作动态', '政策解读', '通知公告'].sort());
    expect(rules(s)).toEqual(['stale-column:通知公告']);
    expect(s.columns.find((c) => c.name === '通知公告')!.hidden).toBe(true);
  });
  test("two blocks side by side do not borrow each other's headings", () => {
    const s = scan(`<div class="row"><div class="col"><h3>工作动态</h3><ul>${li('a', '2023-07-30')}</ul></div>
      <div class="col"><h3>人事信息</h3><ul>${li('b', '2021-01-01')}</ul></div></div>`);
    expect(rules(s)).toEqual(['stale-column:人事信息']);
  });
  test('navigation menus and friendly links are not columns', () => {
    const s =
      scan(`<nav><ul><li><a href="/">首页</a></li><li><a href="/x">政务公开</a></li><li><a href="/y">办事服务</a></li></ul></nav>
      <div class="footer"><h3>友情链接</h3><ul><li><a href="/1">某某市人民政府网站</a></li><li><a href="/2">某某省人民政府网站</a></li><li><a href="/3">中华人民共和国某某部网站</a></li></ul></div>
      <h3>工作动态</h3><ul>${li('a', '2023-07-30')}</ul>`);
    expect(names(s)).toEqual(['工作动态']);
  });
});

describe('image headings', () => {
  test('a column titled by an image is named by its alt text; an image 更多 link is not its name', () => {
    const s =
      scan(`<div class="block"><div class="hd"><img src="/t/tzgg.png" alt="通知公告"><a href="/col/tzgg/"><img src="/t/more.gif" alt="更多"></a></div>
      <ul>${li('一', '2022-12-01')}${li('二', '2022-11-01')}</ul></div>`);
    expect(rules(s)).toEqual(['stale-column:通知公告']);
    expect(s.columns[0].heading.tagName).not.toBe('UL');
  });
});

describe('dates inside lists', () => {
  test('the newest item is the latest date, not the first row (oldest-first, pinned)', () => {
    const s = scan(`<h3>工作动态</h3><ul>
      <li><a href="/p">[置顶] 关于网站改版的说明</a><span>2020-01-01</span></li>
      ${li('一', '2023-07-01')}${li('二', '2023-07-20')}${li('三', '2023-07-25')}</ul>`);
    expect(s.flags).toEqual([]);
    expect(s.columns[0].items.find((i) => i.pinned)?.title).toContain('置顶');
  });
  test('a date inside the title is not the publication date', () => {
    const s =
      scan(`<h3>通知公告</h3><ul><li><a href="/1">关于2023年7月20日停电的通知</a><span>2022-12-01</span></li>
      <li><a href="/2">关于2023年7月25日召开会议的通知</a><span>2022-11-01</span></li></ul>`);
    expect(rules(s)).toEqual(['stale-column:通知公告']);
  });
  test('a 成文日期 table column is ignored in favour of 发布日期', () => {
    const s =
      scan(`<h3>政策文件</h3><table><thead><tr><th>标题</th><th>发布日期</th><th>成文日期</th></tr></thead><tbody>
      <tr><td><a href="/1">关于印发某办法的通知</a></td><td>2022-12-01</td><td>2023-07-20</td></tr>
      <tr><td><a href="/2">关于印发某规定的通知</a></td><td>2022-11-01</td><td>2023-07-21</td></tr></tbody></table>`);
    expect(s.flags.map((f) => f.rule)).toEqual(['stale-column']);
    expect(s.flags[0].evidence).toMatchObject({ newestDate: '2022-12-01' });
  });
  test('month-day dates across a year boundary take the year from the URL', () => {
    const s = scan(
      `<h3>工作动态</h3><ul>${li('一', '12-28', '/202212/t20221228_5012.html')}${li('二', '01-03', '/202301/t20230103_5013.html')}</ul>`,
      undefined,
      day('2023-01-05'),
    );
    expect(s.columns[0].items.map((i) => i.date && i.date.getFullYear())).toEqual([2022, 2023]);
    expect(s.flags).toEqual([]);
  });
  test('a date after the inspection date is warned and not counted as an update', () => {
    const s = scan(`<h3>工作动态</h3><ul>${li('一', '2023-09-01')}${li('二', '2023-06-01')}</ul>`);
    expect(rules(s)).toEqual(['future-date:工作动态', 'stale-column:工作动态']);
  });
  test('a date printed before its title link still dates the row', () => {
    const s = scan(
      `<h3>工作动态</h3><ul><li><span>2023-07-25</span><a href="/1">关于一的工作信息</a></li><li><span>2023-07-20</span><a href="/2">关于二的工作信息</a></li></ul>`,
    );
    expect(s.columns[0].items.map((i) => i.dateText)).toEqual(['2023-07-25', '2023-07-20']);
    expect(s.flags).toEqual([]);
  });
  test('links in noscript fallbacks, SVG anchors and script text make no rows or dates', () => {
    const s = scan(`<h3>工作动态</h3><ul>${li('一', '2023-07-25')}${li('二', '2023-07-20')}</ul>
      <noscript><h3>通知公告</h3><ul>${li('三', '2020-01-01')}${li('四', '2020-01-02')}</ul></noscript>
      <svg><a href="/svg"><text>关于某项工作的图示链接</text></a></svg>
      <script>var d = "2020-01-01";</script>`);
    expect(names(s)).toEqual(['工作动态']);
    expect(s.columns[0].items).toHaveLength(2);
    expect(s.flags).toEqual([]);
  });
  test('a date printed in pieces (calendar boxes) is read whole', () => {
    const box = (day: string, ym: string, n: number) =>
      `<li><div class="date"><span class="day">${day}</span><span class="ym">${ym}</span></div><a href="/${n}">关于第${n}项工作的信息</a></li>`;
    const a = scan(
      `<h3>工作动态</h3><ul>${box('25', '2023-07', 1)}${box('20', '2023.07', 2)}${box('08', '2023年06月', 3)}</ul>`,
    );
    expect(a.columns[0].items.map((i) => i.dateText)).toEqual(['2023-07-25', '2023-07-20', '2023-06-08']);
    expect(a.flags).toEqual([]);
    // Month-day beside its year: the printed year wins over inference (here it makes the column stale).
    const b = scan(
      `<h3>工作动态</h3><ul><li><a href="/1">关于第一项工作的信息</a><p class="time"><b>07-25</b><i>2022</i></p></li><li><a href="/2">关于第二项工作的信息</a><p class="time"><b>07-20</b><i>2022</i></p></li></ul>`,
    );
    expect(b.columns[0].items.map((i) => i.dateText)).toEqual(['2022-07-25', '2022-07-20']);
    expect(rules(b)).toEqual(['stale-column:工作动态']);
    // A row number is not a day: a year-month cell far from it stays a year-month.
    const c = scan(
      `<h3>统计月报</h3><ul><li><span>1</span><a href="/1">第一期统计月报全文</a><span>2023-07</span></li><li><span>2</span><a href="/2">第二期统计月报全文</a><span>2023-06</span></li><li><span>3</span><a href="/3">第三期统计月报全文</a><span>2023-05</span></li></ul>`,
    );
    expect(c.columns[0].items.every((i) => !i.date)).toBe(true);
  });
  test('a flat list of links, dates and line breaks is dated link by link', () => {
    const s = scan(`<table><tr><td class="lm">工作动态</td></tr><tr><td>
      <a href="/1">县政府召开第一次常务会议</a><font color="#999">[2023-07-25]</font><br>
      <a href="/2">县政府召开第二次常务会议</a> 2023-07-20<br>
      <a href="/3">县政府召开第三次常务会议</a><span>2023-07-10</span><br></td></tr></table>`);
    expect(s.columns.map((c) => c.name)).toEqual(['工作动态']);
    expect(s.columns[0].items.map((i) => i.dateText)).toEqual(['[2023-07-25]', '2023-07-20', '2023-07-10']);
    expect(s.flags).toEqual([]);
  });
  test('a list without any dates is an undated column', () => {
    const s = scan(
      `<h3>规划计划</h3><ul><li><a href="/1">演示县“十四五”规划纲要全文</a></li><li><a href="/2">演示县国土空间总体规划公示</a></li><li><a href="/3">演示县年度重点项目建设计划</a></li></ul>`,
    );
    expect(rules(s)).toEqual(['undated-column:规划计划']);
  });
  test('historical and topic columns are exempt', () => {
    const s = scan(`<h3>专题专栏</h3><ul>${li('一', '2019-01-01')}${li('二', '2018-01-01')}</ul>`);
    expect(s.flags).toEqual([]);
  });
});

describe('blank columns', () => {
  test.each([
    '暂无信息',
    '暂无数据',
    '暂无相关信息',
    '共0条',
    '无信息',
    '栏目建设中',
    '内容更新中，敬请期待',
  ])('%s means blank', (text) => {
    const s = scan(
      `<div class="block"><div class="hd"><h3>建议提案办理</h3><a href="/m">更多</a></div><div class="bd"><p>${text}</p></div></div>`,
    );
    expect(rules(s)).toEqual(['blank-column:建议提案办理']);
  });
  test('a headed block whose body is empty is blank', () => {
    const s = scan(
      `<div class="block"><div class="hd"><h3>双随机一公开</h3><a href="/m">更多&gt;&gt;</a></div><div class="bd"></div></div>`,
    );
    expect(rules(s)).toEqual(['blank-column:双随机一公开']);
  });
  test('a headed block holding a search form or a QR code is not a blank column', () => {
    const s =
      scan(`<div class="block"><div class="hd"><h3>政务服务</h3><a href="/m">更多</a></div><div class="bd"><input placeholder="请输入事项名称"><button>搜索</button></div></div>
      <div class="block"><div class="hd"><h3>政务微信</h3><a href="/w">更多</a></div><div class="bd"><img src="/qr.png" alt="二维码"></div></div>`);
    expect(s.flags).toEqual([]);
  });
  test('a list still loading is not blank', () => {
    const s = scan(
      `<div class="block"><div class="hd"><h3>工作动态</h3><a href="/m">更多</a></div><div class="bd"><ul><li>正在加载…</li></ul></div></div>`,
    );
    expect(s.flags).toEqual([]);
  });
  test('an empty column list page is blank', () => {
    const s = scan(
      `<head><meta name="ColumnName" content="人事信息"></head><div class="crumb">当前位置：首页 > 人事信息</div><div class="list"><p>暂无信息</p></div>`,
      'http://www.example.gov.cn/col/rsxx/index.html',
    );
    expect(s.kind).toBe('column-list');
    expect(rules(s)).toEqual(['blank-column:人事信息']);
  });
});

describe('column list pages', () => {
  const rows = (n: number, from: string) =>
    Array.from({ length: n }, (_, i) => li(`信息${i}`, from)).join('');
  test('named from the breadcrumb', () => {
    const s = scan(
      `<div class="position">您现在的位置：首页 &gt; 政务公开 &gt; 人事信息</div><div class="side"><h3>热点信息</h3><ul>${li('热点', '2023-07-30')}</ul></div>
      <div class="main"><ul>${rows(12, '2021-02-01')}</ul><div class="page">共3页 下一页</div></div>`,
      'http://www.example.gov.cn/col/rsxx/index.html',
    );
    expect(s.kind).toBe('column-list');
    expect(rules(s)).toEqual(['stale-column:人事信息']);
  });
  test('named from the ColumnName meta tag before the heading', () => {
    const s = scan(
      `<head><meta name="ColumnName" content="三公经费"></head><h1>财政信息</h1><ul>${rows(5, '2021-02-01')}</ul>`,
      'http://www.example.gov.cn/col/sgjf/',
    );
    expect(rules(s)).toEqual(['stale-column:三公经费']);
  });
  test("the page's own list wins over a longer side list of 热点 or 相关 items", () => {
    const s = scan(
      `<div class="crumb">当前位置：首页 &gt; 工作动态</div>
      <div class="main"><ul>${rows(4, '2023-07-25')}</ul><div class="page">共1页</div></div>
      <div class="right"><h3>热点排行</h3><ul>${rows(12, '2020-01-01')}</ul></div>`,
      'http://www.example.gov.cn/col/gzdt/index.html',
    );
    expect(s.columns.map((c) => [c.name, c.items.length])).toEqual([['工作动态', 4]]);
    expect(s.flags).toEqual([]);
  });
  test('named from the first part of the page title when nothing else names it', () => {
    const s = scan(
      `<head><title>政策解读_某县人民政府</title></head><div class="list"><ul>${rows(6, '2021-02-01')}</ul></div><div class="page">共2页 下一页</div>`,
      'http://www.example.gov.cn/col/zcjd/index.html',
    );
    expect(rules(s)).toEqual(['stale-column:政策解读']);
  });
  test('rows shipped as records in <script type="text/xml"> and not drawn yet are judged; drawn ones are not counted twice', () => {
    const record = (n: number, date: string) =>
      `<record><![CDATA[\n<li><a href="/art/2022/12/${n}/art_1_${n}.html" title="关于第${n}项工作的通知">关于第${n}项工作的通知</a><span>${date}</span></li>\n]]></record>`;
    const records = `<script type="text/xml"><datastore><nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1"></a>]]></nextgroup><recordset>
      ${record(1, '2022-12-08')}${record(2, '2022-11-20')}${record(3, '2022-10-01')}</recordset></datastore></script>`;
    const page = (
      drawn: string,
    ) => `<head><meta name="ColumnName" content="通知公告"></head><div class="crumb">当前位置：首页 &gt; 通知公告</div>
      <div class="main"><div id="3456">${records}<script>/* unitbuild */</script>${drawn}</div></div>`;
    const waiting = scan(page(''), 'http://www.example.gov.cn/col/col3456/index.html');
    expect(waiting.columns.map((c) => [c.name, c.items.length])).toEqual([['通知公告', 3]]);
    expect(rules(waiting)).toEqual(['stale-column:通知公告']);
    expect(waiting.columns[0].list?.id).toBe('3456');
    const drawn = scan(
      page(
        `<ul><li><a href="/art/2022/12/1/art_1_1.html">关于第1项工作的通知</a><span>2022-12-08</span></li><li><a href="/art/2022/12/2/art_1_2.html">关于第2项工作的通知</a><span>2022-11-20</span></li></ul>`,
      ),
      'http://www.example.gov.cn/col/col3456/index.html',
    );
    expect(drawn.columns.map((c) => [c.name, c.items.length])).toEqual([['通知公告', 2]]);
  });
  test('page 2 of a paginated column says nothing about freshness (URL)', () => {
    const s = scan(
      `<head><meta name="ColumnName" content="通知公告"></head><ul>${rows(10, '2019-01-01')}</ul>`,
      'http://www.example.gov.cn/col/tzgg/index_1.html',
    );
    expect(s.flags).toEqual([]);
    expect(s.columns[0].laterPage).toBe(true);
  });
  test('page 2 of a paginated column says nothing about freshness (pager)', () => {
    const s = scan(
      `<head><meta name="ColumnName" content="通知公告"></head><ul>${rows(10, '2019-01-01')}</ul><div class="pagination"><a href="?">1</a><span class="current">2</span><a>3</a></div>`,
      'http://www.example.gov.cn/list.jsp?cat=3',
    );
    expect(s.flags).toEqual([]);
  });
  test.each([
    ['list_2.html', 'http://www.example.gov.cn/col/tzgg/list_2.html'],
    ['/page/3/', 'http://www.example.gov.cn/tzgg/page/3/'],
    ['pageNum=2', 'http://www.example.gov.cn/col/col123/index.html?uid=4&pageNum=2'],
  ])('page 2 read from the URL (%s)', (_, url) => {
    const s = scan(
      `<head><meta name="ColumnName" content="通知公告"></head><ul>${rows(10, '2019-01-01')}</ul>`,
      url,
    );
    expect(s.flags).toEqual([]);
  });
  test.each([
    [
      'an unlinked number among linked ones',
      '<div class="pagebar"><a href="?">首页</a><a href="?1">1</a><span>2</span><a href="?3">3</a><a href="?">尾页</a></div>',
    ],
    ['当前页：2', '<div class="page">共5页 当前页：2 <a href="?">下一页</a></div>'],
  ])('page 2 read from the pager (%s)', (_, pager) => {
    const s = scan(
      `<head><meta name="ColumnName" content="通知公告"></head><ul>${rows(10, '2019-01-01')}</ul>${pager}`,
      'http://www.example.gov.cn/list.jsp?cat=3',
    );
    expect(s.flags).toEqual([]);
  });
  test('page 1 with the same pager is judged', () => {
    const s = scan(
      `<head><meta name="ColumnName" content="通知公告"></head><ul>${rows(10, '2019-01-01')}</ul><div class="pagebar"><span>1</span><a href="?2">2</a><a href="?3">3</a></div>`,
      'http://www.example.gov.cn/list.jsp?cat=3',
    );
    expect(rules(s)).toEqual(['stale-column:通知公告']);
  });
  test('the demo list page and its page 2', () => {
    const today = day('2026-11-22');
    const p1 = scanPage(demoPage('col/tzgg/index.html', today), {
      asOf: today,
      url: 'http://demo.gov.cn/col/tzgg/index.html',
    });
    expect(rules(p1)).toEqual(['stale-column:通知公告']);
    const p2 = scanPage(demoPage('col/tzgg/index_1.html', today), {
      asOf: today,
      url: 'http://demo.gov.cn/col/tzgg/index_1.html',
    });
    expect(p2.flags).toEqual([]);
  });
});

describe('pages that hold no columns', () => {
  test('an article with a 相关信息 list', () => {
    const today = day('2026-11-22');
    const s = scanPage(demoPage('article.html', today), {
      asOf: today,
      url: 'http://demo.gov.cn/art/1.html',
    });
    expect(s.kind).toBe('article');
    expect(s.columns).toEqual([]);
  });
  test('an article without meta tags, recognised by its 发布时间 header and prose', () => {
    const s = scan(`<h1>县长调研春耕工作</h1><div class="info">发布时间：2022-03-04　来源：县政府办</div>
      <p>3月3日，县长深入乡镇调研春耕备耕工作，实地查看农资储备、农田水利建设等情况，要求各地抓好春耕生产。</p>
      <p>调研中强调，要切实稳定粮食生产，确保粮食安全，推动乡村振兴取得新成效，为全县经济社会发展提供坚实支撑。</p>
      <h3>相关信息</h3><ul>${li('旧闻一', '2019-01-01')}${li('旧闻二', '2019-02-01')}</ul>`);
    expect(s.kind).toBe('article');
    expect(s.flags).toEqual([]);
  });
  test('an article whose body is text and line breaks in a table cell, not paragraphs', () => {
    const s = scan(
      `<div class="crumb">当前位置：首页 &gt; 工作动态</div><table><tr><td class="title">县长调研春耕工作</td></tr>
      <tr><td>发布时间：2022-03-04　来源：县政府办</td></tr>
      <tr><td class="content">3月3日，县长深入乡镇调研春耕备耕工作，实地查看农资储备、农田水利建设等情况。<br>调研中强调，要切实稳定粮食生产，确保粮食安全，推动乡村振兴取得新成效，为全县经济社会发展提供坚实支撑。</td></tr></table>
      <div class="xgxx"><h3>相关信息</h3><ul>${li('旧闻一', '2019-01-01')}${li('旧闻二', '2019-02-01')}${li('旧闻三', '2019-03-01')}</ul></div>`,
      'http://www.example.gov.cn/art/2022/3/4/art_1_1.html',
    );
    expect(s.kind).toBe('article');
    expect(s.flags).toEqual([]);
  });
  test('a home page with a dated banner and a long footer is still a home page', () => {
    const s =
      scan(`<div class="top"><span>发布时间：2023-07-31</span></div><h3>通知公告</h3><ul>${li('一', '2022-12-01')}${li('二', '2022-11-01')}</ul>
      <div class="footer">主办单位：某县人民政府办公室　承办单位：某县大数据中心　网站标识码：0000000000　备案号：某ICP备00000000号　公安机关备案号：00000000000000　地址：某县某路1号　邮编：000000　联系电话：0000-0000000　建议使用1280×768分辨率浏览本站</div>`);
    expect(s.kind).toBe('home');
    expect(rules(s)).toEqual(['stale-column:通知公告']);
  });
  test('a breadcrumb ending in 正文 marks an article even without a date label', () => {
    const s =
      scan(`<div class="position">当前位置：首页 &gt; 工作动态 &gt; 正文</div><h1>县长调研春耕工作</h1><div>正文内容</div>
      <h3>相关文章</h3><ul>${li('旧闻一', '2019-01-01')}${li('旧闻二', '2019-02-01')}${li('旧闻三', '2019-03-01')}</ul>`);
    expect(s.kind).toBe('article');
    expect(s.flags).toEqual([]);
  });
  test('a service guide', () => {
    const today = day('2026-11-22');
    const s = scanPage(demoPage('bsfw/guide.html', today), { asOf: today });
    expect(s.kind).toBe('guide');
    expect(s.columns).toEqual([]);
  });
});

test("a date printed before the row's link is still the row's date", () => {
  const s = scan(
    `<h3>工作动态</h3><ul><li><span>2023-07-30</span><a href="/1">关于某项工作的信息</a></li><li><span>2023-07-29</span><a href="/2">关于另一项工作的信息</a></li></ul>`,
  );
  expect(s.columns[0].items.map((i) => i.dateText)).toEqual(['2023-07-30', '2023-07-29']);
  expect(s.flags).toEqual([]);
});

describe('blocks seen on real portals (handcrafted, beside the generator)', () => {
  test('a one-item block whose row is a lone paragraph of a link and its date', () => {
    const block = (name: string, rows: string) =>
      `<div class="item"><div class="item-hd"><a href="/${name}/">${name}</a></div><div class="item-bd">${rows}</div></div>`;
    const p = (t: string, d: string) => `<p><a href="/x/${d}.html">${t}</a><span>${d}</span></p>`;
    const s = scan(
      `<body><div class="zwgk">${block('规划计划', p('某县国民经济和社会发展第十四个五年规划纲要', '2021-05-10'))}${block(
        '三公经费',
        p('某县2023年三公经费预算', '2023-02-10') + p('某县2022年三公经费决算', '2022-09-10'),
      )}</div></body>`,
    );
    expect(names(s)).toEqual(['三公经费', '规划计划']);
    expect(rules(s)).toEqual(['stale-column:规划计划']);
  });

  test('a picture title beside a text "more" link; an article paragraph with a link and a date is no column', () => {
    const s = scan(
      `<body><div class="box"><div class="box-tt"><img src="/t.png" alt="通知公告"><a href="/tzgg/">more</a></div>
       <ul>${li('值班', '2022-11-20')}${li('检查', '2022-10-20')}</ul></div></body>`,
    );
    expect(rules(s)).toEqual(['stale-column:通知公告']);
    const article = scan(
      `<head><title>关于检查的公告</title></head><body><h1>关于检查的公告</h1><div class="info">发布时间：2023-03-05</div>
       <div class="content"><p>为进一步规范统计工作，提高统计数据质量，根据《中华人民共和国统计法》及其实施条例的有关规定，县统计局决定开展统计执法检查，现将有关事项公告如下。</p>
       <p>检查对象为全县规模以上工业企业、限额以上批发零售企业和重点服务业企业，检查内容包括统计台账、原始记录和报表报送情况。</p>
       <p>附件：<a href="/f/1.docx">检查表.docx</a> 2021-03-05</p></div></body>`,
    );
    expect(article.kind).toBe('article');
    expect(article.columns).toEqual([]);
  });
});

describe('dates in a column of their own beside the titles', () => {
  test('two cells of <br>-separated lines, and two floated lists', () => {
    const s = scan(
      `<body><table><tr><td class="lmbt">工作动态</td></tr><tr><td><table><tr>
        <td><a href="/a/2.html">县政府召开常务会议研究部署工作</a><br><a href="/a/1.html">县领导调研重点项目建设情况</a></td>
        <td>2023-06-30<br>2023-06-28</td></tr></table></td></tr></table>
       <div class="box"><h3 class="box-tt">人大建议政协提案</h3>
        <div class="fl"><ul><li><a href="/rd/3.html">对县人大第12号建议的答复</a></li><li><a href="/rd/2.html">对政协第45号提案的答复</a></li></ul></div>
        <div class="fr"><ul><li>2022-06-30</li><li>2022-06-28</li></ul></div></div></body>`,
    );
    expect(names(s)).toEqual(['人大建议政协提案', '工作动态']);
    expect(rules(s)).toEqual(['stale-column:人大建议政协提案', 'stale-column:工作动态']);
  });

  test("a column of dates is no article body, and a flat list's labelled dates date its rows", () => {
    const flat = Array.from(
      { length: 6 },
      (_, i) =>
        `<a href="/b/${i}.html">关于做好第${i + 1}项工作的通知</a><em>发 布 时 间 ：2023-0${i + 1}-05</em><br>`,
    ).join('');
    const dates = Array.from({ length: 9 }, (_, i) => `2023-07-0${i + 1}`).join('<br>');
    const titles = Array.from(
      { length: 9 },
      (_, i) => `<a href="/c/${i}.html">第${i + 1}条信息的标题</a>`,
    ).join('<br>');
    const s = scan(
      `<body><div class="box"><h3>通知公告</h3><div class="list">${flat}</div></div>
       <div class="box"><h3>部门动态</h3><table><tr><td>${titles}</td><td>${dates}</td></tr></table></div></body>`,
    );
    expect(s.kind).toBe('home');
    expect(names(s)).toEqual(['通知公告', '部门动态']);
  });
});

test('a list dated relative to the day it is read (1小时前, 昨天, 3天前) is a dated list', () => {
  const row = (t: string, d: string) => `<li><a href="/g/${t.length}.html">${t}</a><span>${d}</span></li>`;
  const s = scan(
    `<body><div class="box"><div class="hd"><h3>工作动态</h3><a class="more" href="/gzdt/">更多</a></div>
     <ul>${row('县政府召开常务会议', '1小时前')}${row('县领导调研', '昨天')}${row('县领导调研重点项目', '3天前')}</ul></div></body>`,
  );
  expect(s.columns.map((c) => c.items.map((i) => i.date && formatDay(i.date)))).toEqual([
    ['2023-07-31', '2023-07-30', '2023-07-28'],
  ]);
  expect(rules(s)).toEqual([]);
});
