import { describe, expect, test } from 'vitest';
import { scanPage } from '../../../lib';
import { countsIn, judgeMaterial, readGuide } from '../../../lib/engine/materials';
import { demoPage, day, docFrom } from '../../fixtures/helpers';

const asOf = day('2023-07-31');
const guidePage = (body: string, title = '某某事项办事指南') =>
  `<head><title>${title}</title></head><body><h1>${title}</h1>
   <table><tr><th>事项名称</th><td>校车使用许可</td></tr><tr><th>设定依据</th><td>《校车安全管理条例》</td></tr>
   <tr><th>申请条件</th><td>……</td></tr><tr><th>办理地点</th><td>政务服务中心</td></tr><tr><th>办理时间</th><td>工作日</td></tr>
   <tr><th>联系电话</th><td>0000-0000000</td></tr><tr><th>办理流程</th><td>受理—审核—办结</td></tr></table>
   <h3>申请材料</h3>${body}</body>`;
const flagsOf = (html: string) => {
  const s = scanPage(docFrom(html), { asOf });
  expect(s.kind).toBe('guide');
  return s.flags
    .filter((f) => f.rule === 'missing-material-count')
    .map((f) => `${f.level}:${f.item}`)
    .sort();
};
const table = (
  rows: string[][],
  head = ['序号', '材料名称', '材料形式', '纸质材料份数', '是否必需', '备注'],
) =>
  `<table><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;

describe('count reading', () => {
  test.each([
    ['1份', ['1份']],
    ['一式两份', ['一式两份']],
    ['各1份', ['各1份']],
    ['原件1份、复印件2份', ['1份', '2份']],
    ['壹份', ['壹份']],
    ['2张', ['2张']],
    ['1套', ['1套']],
    ['1本', ['1本']],
    ['3页', ['3页']],
    ['一寸照片', []],
    ['身份证', []],
  ])('%s', (text, want) => expect(countsIn(text)).toEqual(want));
});

describe('judgeMaterial', () => {
  const j = (forms: Array<'原件' | '复印件' | '电子'>, row: string, countCell?: string, returned = false) =>
    judgeMaterial({ forms, counts: countsIn(row), returned }, row, countCell);
  test('a single form with any count is complete', () => {
    expect(j(['原件'], '申请表 原件 2份')).toEqual({});
    expect(j(['复印件'], '营业执照 复印件', '1')).toEqual({});
  });
  test('no count is flagged', () => {
    expect(j(['原件'], '申请表 原件', '')).toEqual({ level: 'flag', reason: 'none' });
    expect(j(['原件'], '申请表 原件 —', '—')).toEqual({ level: 'flag', reason: 'none' });
    expect(j([], '申请表', '/')).toEqual({ level: 'flag', reason: 'none' });
    expect(j([], '申请表 无', '无')).toEqual({ level: 'flag', reason: 'none' });
  });
  test('both forms need a count for each', () => {
    expect(j(['原件', '复印件'], '身份证 原件1份、复印件2份')).toEqual({});
    expect(j(['原件', '复印件'], '身份证 原件和复印件 各1份')).toEqual({});
    expect(j(['原件', '复印件'], '身份证 原件和复印件 1份')).toEqual({ level: 'flag', reason: 'ambiguous' });
    expect(j(['原件', '复印件'], '身份证 原件和复印件', '')).toEqual({ level: 'flag', reason: 'none' });
  });
  test('both forms with a bare number needs a person', () => {
    expect(j(['原件', '复印件'], '身份证 原件和复印件 1', '1')).toEqual({
      level: 'warn',
      reason: 'bare-number',
    });
  });
  test('an original only shown and returned, with no count, needs a person', () => {
    expect(j(['原件'], '残疾人证 原件 核验后退还', '', true)).toEqual({
      level: 'warn',
      reason: 'returned-original',
    });
  });
  test('a returned original with a counted copy is complete', () => {
    expect(j(['原件', '复印件'], '户口簿 原件核验后退还，复印件1份', undefined, true)).toEqual({});
  });
  test('electronic-only materials need no count', () => {
    expect(j(['电子'], '电子证照', '')).toEqual({});
  });
});

describe('table layouts', () => {
  test('th header row with a count column, rows flagged exactly', () => {
    const f = flagsOf(
      guidePage(
        table([
          ['1', '居民身份证', '原件和复印件', '', '是', ''],
          ['2', '户口簿', '原件、复印件', '原件1份、复印件1份', '是', ''],
          ['3', '申请表', '原件', '2份', '是', ''],
          ['4', '照片', '原件', '—', '是', ''],
          ['5', '授权委托书', '原件', '', '否', '一式两份'],
          ['6', '电子证照', '电子', '', '否', ''],
        ]),
      ),
    );
    expect(f).toEqual(['flag:居民身份证', 'flag:照片']);
  });
  test('header cells in td with nested div, no 序号 column', () => {
    const html =
      guidePage(`<table><tr><td><div><p>材料名称</p></div></td><td><div>材料类型</div></td><td><div>份数</div></td></tr>
      <tr><td><div>营业执照</div></td><td><div>复印件</div></td><td><div>1</div></td></tr>
      <tr><td><div>法定代表人身份证明</div></td><td><div>原件</div></td><td><div></div></td></tr></table>`);
    expect(flagsOf(html)).toEqual(['flag:法定代表人身份证明']);
  });
  test('the 序号 number is never read as a count', () => {
    const html = guidePage(table([['1', '申请书', '原件', '', '是', '']]));
    expect(flagsOf(html)).toEqual(['flag:申请书']);
  });
  test('a count in 备注 satisfies', () => {
    const html = guidePage(table([['1', '申请书', '原件', '', '是', '需提交1份，加盖公章']]));
    expect(flagsOf(html)).toEqual([]);
  });
  test('a bare number for both forms is warned', () => {
    const html = guidePage(table([['1', '身份证', '原件、复印件', '1', '是', '']]));
    expect(flagsOf(html)).toEqual(['warn:身份证']);
  });
  test('情形 tabs: materials in hidden panes are read too', () => {
    const html = guidePage(`<ul class="tabs"><li>个人办理</li><li>委托办理</li></ul>
      <div class="pane">${table([['1', '身份证', '原件', '1份', '是', '']])}</div>
      <div class="pane" style="display:none">${table([['1', '委托书', '原件', '', '是', '']])}</div>`);
    expect(flagsOf(html)).toEqual(['flag:委托书']);
  });
});

describe('card and paragraph layouts', () => {
  test('dl cards with one field per dt/dd', () => {
    const card = (name: string, form: string, count: string) =>
      `<dl class="card"><dt>材料名称</dt><dd>${name}</dd><dt>材料形式</dt><dd>${form}</dd><dt>纸质材料份数</dt><dd>${count}</dd></dl>`;
    const html = guidePage(
      card('身份证', '原件和复印件', '') +
        card('申请表', '原件', '1份') +
        card('结婚证', '原件和复印件', '原件1份，复印件1份'),
    );
    expect(flagsOf(html)).toEqual(['flag:身份证']);
  });
  test('cards with one field per line', () => {
    const card = (name: string, form: string, count: string) =>
      `<div class="item"><p>材料名称：${name}</p><p>材料形式：${form}</p><p>份数：${count}</p></div>`;
    const html = guidePage(card('不动产权证书', '原件', '') + card('测绘报告', '原件', '2份'));
    expect(flagsOf(html)).toEqual(['flag:不动产权证书']);
  });
  test('numbered paragraphs', () => {
    const html = guidePage(`<p>1. 《校车使用许可申请表》原件1份；</p><p>2. 机动车行驶证原件和复印件；</p>
      <p>3. 驾驶人身份证原件（核验后退还）；</p><p>4. 校车标牌申请材料电子版。</p><h3>办理地点</h3><p>1、政务服务中心</p>`);
    expect(flagsOf(html)).toEqual(['flag:机动车行驶证原件和复印件', 'warn:驾驶人身份证原件']);
  });
  test('a guide that needs no materials raises nothing', () => {
    const html = guidePage('<p>本事项无需提交材料。</p>');
    expect(flagsOf(html)).toEqual([]);
  });
});

describe('the guide itself', () => {
  test('事项名称 names the guide in the message, and each flag carries the material as item', () => {
    const s = scanPage(docFrom(guidePage(table([['1', '居民身份证', '原件和复印件', '', '是', '']]))), {
      asOf,
    });
    const f = s.flags.find((x) => x.rule === 'missing-material-count')!;
    expect(f.message).toBe('办事指南“校车使用许可”申请材料“居民身份证”未注明份数');
    expect(f.item).toBe('居民身份证');
    expect(f.evidence).toMatchObject({ material: '居民身份证', forms: ['原件', '复印件'], counts: [] });
    expect(f.element?.tagName).toBe('TR');
  });
  test('missing key elements are listed in a warn', () => {
    const s = scanPage(
      docFrom(
        `<title>某事项办事指南</title><h1>某事项办事指南</h1><p>事项名称：某事项</p><h3>申请材料</h3>${table([['1', '申请书', '原件', '1份', '是', '']])}`,
      ),
      { asOf },
    );
    const g = s.flags.find((x) => x.rule === 'guide-missing-elements')!;
    expect(g.level).toBe('warn');
    expect(g.evidence!.missing).toEqual([
      '设定依据',
      '申请条件',
      '办理地点',
      '办理时间',
      '联系电话',
      '办理流程',
    ]);
    expect(readGuide(docFrom(guidePage(''))).missingElements).toEqual([]);
  });
  test('the demo guide page', () => {
    const today = day('2026-11-22');
    const s = scanPage(demoPage('bsfw/guide.html', today), { asOf: today });
    expect(s.flags.map((f) => `${f.level}:${f.item}`).sort()).toEqual([
      'flag:居民身份证',
      'flag:近期一寸免冠照片',
      'warn:残疾人证',
    ]);
  });
});

describe('materials in layouts not seen before (issue 13)', () => {
  test('numbered paragraphs: each material is found with its full name; 原件核验后退还 with no count warns', () => {
    expect(
      flagsOf(
        guidePage(
          `<div class="con"><p>1. 法定代表人（负责人）身份证</p><p>2. 营业执照副本</p><p>3. 申请书（原件1份）</p><p>4. 房产证原件核验后退还</p></div>`,
        ),
      ),
    ).toEqual(['flag:法定代表人（负责人）身份证', 'flag:营业执照副本', 'warn:房产证原件核验后退还']);
  });
  test('cards: field labels never glue into names; a count in another field of the card satisfies it', () => {
    const card = (name: string, extra: string) =>
      `<div class="cl-item"><div class="row"><span class="lab">材料名称：</span><span class="val">${name}</span></div><div class="row"><span class="lab">材料类型：</span><span class="val">原件</span></div>${extra}</div>`;
    const html = guidePage(
      card(
        '施工图纸',
        '<div class="row"><span class="lab">纸质材料份数：</span><span class="val">2</span></div>',
      ) +
        card(
          '施工许可申请表',
          '<div class="row"><span class="lab">备注：</span><span class="val">无</span></div>',
        ),
    );
    expect(flagsOf(html)).toEqual(['flag:施工许可申请表']);
  });
});

test('a hostile material cell (100 KB of 一) is read in linear time', () => {
  const cell = '一'.repeat(100_000);
  const html = guidePage(table([['1', `身份证${cell}`, '原件', cell, '是', cell]]));
  const doc = docFrom(html);
  // The materials reading itself, best of three: the bound is on its growth, and a busy test
  // machine should not decide it.
  const times = [0, 1, 2].map(() => {
    const t = performance.now();
    readGuide(doc);
    return performance.now() - t;
  });
  expect(Math.min(...times)).toBeLessThan(50);
  expect(scanPage(doc, { asOf }).flags.some((f) => f.rule === 'missing-material-count')).toBe(true);
});

describe('where a paragraph list of materials ends', () => {
  const guide = (sections: string) =>
    `<head><title>城乡居民养老保险参保登记办事指南</title></head><body><div class="article">
     <h2>城乡居民养老保险参保登记</h2><p><strong>一、申请材料</strong></p>
     <p>1.居民身份证原件；</p><p>2.户口簿复印件1份；</p><p>3.受理回执；</p>${sections}</div></body>`;
  test.each([
    ['a bold label opening the paragraph', '<p><strong>二、办理时限</strong>即时办结</p><p>4.近期照片</p>'],
    ['the next 二、 under a numbered heading', '<p>二、结果送达：现场领取</p><p>4.近期照片</p>'],
    ['a section label of its own', '<p>办理时限：即时办结</p><p>4.近期照片</p>'],
    ['a label with a bracketed number', '<p>（二）收费标准：不收费</p><p>4.近期照片</p>'],
  ])('%s ends it; a numbered material starting 受理 stays', (_name, sections) => {
    expect(flagsOf(guide(sections))).toEqual(['flag:受理回执', 'flag:居民身份证原件']);
  });

  test('a guide named by its heading or title has its 事项名称, labelled or not', () => {
    expect(readGuide(docFrom(guide(''))).missingElements).not.toContain('事项名称');
    expect(readGuide(docFrom('<body><p>申请材料</p><p>1.申请书1份</p></body>')).missingElements).toContain(
      '事项名称',
    );
  });
});

describe('guides seen on real portals (handcrafted)', () => {
  test('cards of fields: the name is the first field, a bare 份数 counts, an empty one is flagged', () => {
    const card = (name: string, type: string, count: string) =>
      `<div class="cl-item"><div class="cl-name">${name}</div><div class="cl-info"><span>材料类型：${type}</span><span>材料形式：纸质</span><span>份数：${count}</span></div></div>`;
    const html = guidePage(
      `<div class="cl-list">${card('1. 注册申请表', '原件', '1')}${card('2. 身份证明', '复印件', '')}${card(
        '3. 劳动合同',
        '原件和复印件',
        '各1份',
      )}</div>`,
    );
    expect(flagsOf(html)).toEqual(['flag:身份证明']);
  });

  test('the 事项名称 of a guide is the label cell beside it, not the block that holds every label', () => {
    const html = `<head><title>个体工商户设立登记_办事指南</title></head><body><div class="jbxx"><table>
      <tr><th>事项名称</th><td>个体工商户设立登记</td></tr><tr><th>设定依据</th><td>《促进个体工商户发展条例》</td></tr>
      </table></div><h3>申请材料</h3><ol><li>经营场所使用证明</li></ol></body>`;
    expect(readGuide(docFrom(html)).name).toBe('个体工商户设立登记');
  });
});

test('a hostile paragraph list (100 KB of 份数：and 办理) is read in linear time', () => {
  const junk = '份数：'.repeat(20_000) + '办理'.repeat(20_000);
  const html = `<head><title>某事项办事指南</title></head><body><h1>某事项</h1><p>申请材料</p>
    <div><div>1. 申请书</div><div>${junk}</div></div><p><strong>${junk.slice(0, 5000)}</strong>${junk}</p></body>`;
  const doc = docFrom(html);
  const times = [0, 1, 2].map(() => {
    const t = performance.now();
    readGuide(doc);
    return performance.now() - t;
  });
  expect(Math.min(...times)).toBeLessThan(50);
});
