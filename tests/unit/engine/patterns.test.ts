// One page per layout pattern of issue 13, written the way real templates write them. Each failed
// before the column model learnt its class; the generated suite (layouts.test.ts) covers the
// combinations.
import { describe, expect, test } from 'vitest';
import { scanPage, type PageScan } from '../../../lib';
import { day, docFrom } from '../../fixtures/helpers';

const asOf = day('2023-07-31');
const scan = (html: string, url = 'http://www.example.gov.cn/') => scanPage(docFrom(html), { asOf, url });
const verdicts = (s: PageScan) =>
  s.columns
    .map((c) => {
      const f = s.flags.find((x) => x.column === c.name && /column/.test(x.rule));
      return `${c.name}:${f?.rule ?? 'ok'}`;
    })
    .sort();
const li = (d: string, n = 1) =>
  `<li><a href="/a/${n}.html">关于做好第${n}批重点项目申报工作的通知</a><span>${d}</span></li>`;
const rows = (...dates: string[]) => `<ul>${dates.map((d, i) => li(d, i)).join('')}</ul>`;

describe('tab blocks', () => {
  test('1a: one heading holds every tab title as links; each pane takes its own title', () => {
    const s =
      scan(`<div class="box"><h2 class="tt"><a href="javascript:;" class="on">工作动态</a><a href="javascript:;">通知公告</a></h2>
      <div class="con">${rows('2023-07-30', '2023-07-20')}</div>
      <div class="con" style="display:none">${rows('2022-01-05', '2021-12-01')}</div></div>`);
    expect(verdicts(s)).toEqual(['工作动态:ok', '通知公告:stale-column']);
  });
  test('1b: the tab list is wrapped with a caption and a 更多 link; panes pair by order, not by counting', () => {
    const s =
      scan(`<div class="box"><div class="tab-hd"><i class="icon"></i><span class="cap">政务</span><ul><li class="cur">政策文件</li><li>人事信息</li></ul><a href="/more">更多</a></div>
      <div class="tab-bd"><div class="pane block">${rows('2023-05-01')}</div><div class="pane none">${rows('2021-06-01')}</div></div></div>`);
    expect(verdicts(s)).toEqual(['人事信息:stale-column', '政策文件:ok']);
  });
  test('panes matched by href="#id" whatever their order; a divider and an outside link in the bar', () => {
    const s =
      scan(`<div class="box"><ul class="tabs"><li><a href="#p1">规划计划</a></li><li class="line">|</li><li><a href="#p2">要闻</a></li><li><a href="http://www.gov.cn/" target="_blank">中国政府网</a></li></ul>
      <div id="p2" class="pane">${rows('2023-07-29')}</div><div id="p1" class="pane" hidden>${rows('2021-01-01')}</div></div>`);
    expect(verdicts(s)).toEqual(['要闻:ok', '规划计划:stale-column']);
  });
  test('16: panes switched by class names under a portlet bar with per-tab 更多 links', () => {
    const s =
      scan(`<div class="portlet"><div class="portlet-title"><div class="tab cur"><a href="javascript:;">乡镇动态</a></div><div class="tab"><a href="javascript:;">公示公告</a></div></div>
      <div class="mores"><a href="/a">更多</a><a href="/b" style="display:none">更多</a></div></div>
      <div class="tab-bd"><div class="item active">${rows('2023-06-01')}</div><div class="item">${rows('2023-07-01')}</div></div>`);
    expect(verdicts(s)).toEqual(['乡镇动态:stale-column', '公示公告:ok']);
  });
  test('a block heading over its tabs names sub-columns 父栏目—子栏目, filed by their own names', () => {
    const s =
      scan(`<div class="box"><div class="hd"><h2>财政专项资金</h2></div><ul class="tabs"><li class="on">制度文件</li><li>管理和使用情况</li></ul>
      <div class="tab-bd"><div class="pane">${rows('2023-01-10')}</div><div class="pane" style="display:none">${rows('2022-09-01')}</div></div></div>`);
    expect(verdicts(s)).toEqual(['财政专项资金—制度文件:stale-column', '财政专项资金—管理和使用情况:ok']);
    expect(s.columns.map((c) => c.level)).toEqual([2, 2]);
    expect(s.flags[0].evidence).toMatchObject({ category: 'notice-policy' });
  });
});

describe('pages and rows', () => {
  test('2: a section home with a ColumnName meta judges its blocks, not the footer menu', () => {
    const s = scan(`<html><head><meta name="ColumnName" content="信息公开"></head><body>
      <div class="box"><h3>通知公告</h3>${rows('2022-12-01', '2022-11-01')}</div>
      <div class="box"><h3>人事信息</h3>${rows('2023-03-01')}</div>
      <div><ul>${['领导信息', '机构职能', '政府文件', '部门文件', '规划计划', '统计信息', '财政信息', '人事任免', '应急管理', '建议提案'].map((n) => `<li><a href="/m/${n}">${n}</a></li>`).join('')}</ul></div></body></html>`);
    expect(verdicts(s)).toEqual(['人事信息:ok', '通知公告:stale-column']);
  });
  test('3: <p> and <div> rows with dates in <i>, <em>, <font> or bare text, under a header bar', () => {
    const p = (d: string, n: number) =>
      `<p><a href="/p/${n}">关于公布第${n}批重点项目名单的公告</a><i>${d}</i></p>`;
    const s =
      scan(`<div class="bar"><b>公示公告</b><a href="/gsgg/">更多</a></div><div class="con">${p('2022-12-30', 1)}${p('2022-11-02', 2)}</div>
      <div class="bar"><strong>工作动态</strong><a href="/gzdt/">更多</a></div><div class="con"><div class="item"><a href="/d/1">县长主持召开常务会议研究部署重点工作</a> 2023-07-28</div><div class="item"><a href="/d/2">全县安全生产工作会议召开部署防汛</a> 2023-07-20</div></div>`);
    expect(verdicts(s)).toEqual(['公示公告:stale-column', '工作动态:ok']);
  });
  test('4: cards with 发布时间 meta lines are a column page, not an article', () => {
    const card = (d: string, n: number) =>
      `<div class="card"><h4><a href="/c/${n}.html">关于开展第${n}次城乡环境整治行动的通知</a></h4><p>为深入贯彻落实上级部署，进一步推动工作落地见效，现将城乡环境整治有关事项通知如下，请各单位认真抓好落实，确保取得实效。</p><div class="meta">发布时间：${d} 09:30:00</div></div>`;
    const s = scan(
      `<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 通知公告</div><div class="list">${card('2022-12-20', 1)}${card('2022-11-20', 2)}${card('2022-10-20', 3)}</div>`,
      'http://www.example.gov.cn/tzgg/index.html',
    );
    expect(s.kind).toBe('column-list');
    expect(verdicts(s)).toEqual(['通知公告:stale-column']);
  });
  test('5: month-day rows take their year from the URL; a newest-first list crossing a year stays in order', () => {
    const md = (m: string, href: string) =>
      `<li><a href="${href}">关于做好年度考核工作有关事项的通知</a><span>${m}</span></li>`;
    const s =
      scan(`<div class="box"><h3>规划计划</h3><ul>${md('12-28', '/xxgk/202112/t20211228_1.html')}${md('11-02', '/art/2021/11/2/art_1_2.html')}</ul></div>
      <div class="box"><h3>工作动态</h3><ul>${md('07-28', '/a/1')}${md('07-20', '/a/2')}${md('07-02', '/a/3')}${md('12-30', '/a/4')}${md('10-01', '/a/5')}</ul></div>`);
    expect(verdicts(s)).toEqual(['工作动态:ok', '规划计划:stale-column']);
    const news = s.columns.find((c) => c.name === '工作动态')!;
    expect(news.items.map((i) => i.date!.getFullYear())).toEqual([2023, 2023, 2023, 2022, 2022]);
  });
  test('5: when nothing gives the year and the guess is old, the engine says so instead of guessing', () => {
    const s = scan(
      `<div class="box"><h3>三公经费</h3><ul><li><a href="/x/1">县财政局2022年部门决算公开说明</a><span>11-20</span></li><li><a href="/x/2">县财政局2022年三公经费预算公开</a><span>10-05</span></li></ul></div>`,
    );
    expect(s.flags.map((f) => [f.rule, f.evidence])).toEqual([
      ['undated-column', expect.objectContaining({ reason: 'year-unknown', newestDate: '2022-11-20' })],
    ]);
  });
  test('6: 热点 in a home page column name is an ordinary column', () => {
    const s = scan(`<div class="box"><h3>热点问答</h3>${rows('2021-05-01', '2021-04-01')}</div>`);
    expect(verdicts(s)).toEqual(['热点问答:stale-column']);
  });
  test('10: a date only in the link tooltip dates the row; two-digit years parse', () => {
    const tip = (d: string, n: number) =>
      `<li><a href="/t/${n}" title="标题：关于第${n}批项目的通知&#xD;点击数：12&#xD;发表时间：${d}">关于第${n}批项目的通知</a></li>`;
    const s =
      scan(`<div class="box"><h3>通知公告</h3><ul>${tip('22年12月02日', 1)}${tip('22年11月02日', 2)}</ul></div>
      <div class="box"><h3>政务要闻</h3><ul><li><a href="/y/1">全县重点项目集中开工仪式举行</a><span>23-07-29</span></li><li><a href="/y/2">全县召开防汛工作部署会议</a><span>23-07-21</span></li></ul></div>`);
    expect(verdicts(s)).toEqual(['政务要闻:ok', '通知公告:stale-column']);
  });
  test('11: place or unit + 信息, 媒体关注 and 图片新闻 are news columns', () => {
    const s = scan(
      ['各镇信息', '部门信息', '媒体关注']
        .map((n) => `<div class="box"><h3>${n}</h3>${rows('2023-07-01')}</div>`)
        .join(''),
    );
    expect(verdicts(s)).toEqual(['各镇信息:stale-column', '媒体关注:stale-column', '部门信息:stale-column']);
    expect(s.flags[0].message).toBe('“各镇信息”栏目超过2周未更新');
  });
  test('13: a heading that holds more than the name; a picture item between title and list', () => {
    const s =
      scan(`<div class="box"><h2><span>工作动态</span><a href="http://www.gov.cn/" target="_blank">国务院信息</a><a href="/more">更多</a></h2>${rows('2023-07-01')}</div>
      <div class="box"><h3>图片新闻</h3><div class="pic"><a href="/p/1"><img src="/p1.jpg"></a><h4><a href="/p/1">全县重点项目推进会议现场图片报道</a></h4></div>${rows('2023-07-30')}</div>`);
    expect(verdicts(s)).toEqual(['图片新闻:ok', '工作动态:stale-column']);
  });
  test('14: a featured headline above the rows is an item of the column', () => {
    const s = scan(
      `<div class="box"><div class="hd"><h3>工作动态</h3><a href="/m">更多</a></div><dl class="top"><dt><a href="/t/1">全县经济工作会议召开</a></dt><dd>会议总结上半年工作，部署下半年任务。<span>2023-07-28</span></dd></dl>${rows('2023-06-01', '2023-05-01')}</div>`,
    );
    expect(verdicts(s)).toEqual(['工作动态:ok']);
  });
  test('15: rows dated only by their URL, and the evidence says so', () => {
    const s = scan(
      `<div class="box"><h3>政策解读</h3><ul><li><a href="/zcjd/202212/t20221201_11.html">关于进一步优化营商环境政策的解读</a></li><li><a href="/art/2022/11/3/art_9_8.html">关于稳就业若干措施的政策解读</a></li></ul></div>`,
    );
    expect(verdicts(s)).toEqual(['政策解读:stale-column']);
    expect(s.flags[0].evidence).toMatchObject({ newestDate: '2022-12-01', newestFrom: 'link' });
  });
  test('17: titles side by side above a row of cells that each hold a list', () => {
    const s = scan(
      `<table><tr><td class="t">人事信息</td><td class="t">要闻</td></tr><tr><td>${rows('2021-01-01')}</td><td>${rows('2023-07-30')}</td></tr></table>`,
    );
    expect(verdicts(s)).toEqual(['人事信息:stale-column', '要闻:ok']);
  });
  test('18: a header mega-menu is navigation and never merges into a real column of the same name', () => {
    const s =
      scan(`<ul class="menu"><li><a href="/zwgk/">政务公开</a><div class="sub"><a href="/tzgg/">通知公告</a><a href="/zcwj/">政策文件</a></div></li></ul>
      <div class="box"><h3>通知公告</h3><ul><li>暂无信息</li></ul></div>`);
    expect(verdicts(s)).toEqual(['通知公告:blank-column']);
  });
  test('19: letter-spaced names are the names', () => {
    const s = scan(
      `<div class="box"><h3>要　　闻</h3>${rows('2023-07-01')}</div><div class="box"><h3>通 知 公 告</h3>${rows('2023-07-01')}</div>`,
    );
    expect(verdicts(s)).toEqual(['要闻:stale-column', '通知公告:ok']);
  });
});

test('item tables: one table per item forms one list; a list table beside heading tables stays its own', () => {
  const item = (d: string, n: number) =>
    `<table width="100%"><tr><td>·<a href="/i/${n}">关于做好第${n}批重点项目申报工作的通知</a></td><td>${d}</td></tr></table>`;
  const s = scan(`<table><tr><td>
    <table width="100%"><tr><td class="lm">政务要闻</td><td><a href="/zwyw/">更多&gt;&gt;</a></td></tr></table>
    <table width="100%"><tbody><tr><td><a href="/g/1">县政府召开全县经济工作会议</a></td><td>2023-07-01</td></tr><tr><td><a href="/g/2">县领导调研重点项目建设情况</a></td><td>2023-06-20</td></tr></tbody></table>
    <table width="100%"><tr><td class="lm">财政资金</td></tr></table>
    <table width="100%"><tbody><tr><td><a href="/g/3">县级财政预算执行情况报告</a></td><td>2023-04-01</td></tr></tbody></table>
    </td></tr></table>
    <div class="box"><h3>人事信息</h3><div>${item('2023-07-20', 1)}${item('2021-07-20', 2)}${item('2020-07-20', 3)}</div></div>`);
  expect(verdicts(s)).toEqual(['人事信息:ok', '政务要闻:stale-column', '财政资金:ok']);
  expect(s.columns.find((c) => c.name === '人事信息')!.items).toHaveLength(3);
});

test('a broken picture under a column list belongs to that column: 图片新闻图片无法显示', () => {
  const doc =
    docFrom(`<div class="box"><h3>图片新闻</h3><div class="pane">${rows('2023-07-30')}<div class="pic"><img src="/images/missing.png" alt="图"></div></div></div>
    <div class="box"><h3>工作动态</h3>${rows('2023-07-29')}</div>`);
  const img = doc.querySelector('img')!;
  Object.defineProperty(img, 'complete', { value: true });
  Object.defineProperty(img, 'naturalWidth', { value: 0 });
  const s = scanPage(doc, { asOf, url: 'http://www.example.gov.cn/' });
  expect(s.flags.filter((f) => f.rule === 'broken-image').map((f) => f.message)).toEqual([
    '图片新闻图片无法显示',
  ]);
});
