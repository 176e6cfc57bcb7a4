// Generated bench pages: a long column list page and a home page with many column blocks.
const pad = (n: number) => String(n).padStart(2, '0');

function date(i: number): string {
  const d = new Date(2023, 6, 30 - (i % 400));
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function listPage(rows: number): string {
  const items = Array.from({ length: rows }, (_, i) => {
    const d = date(i);
    const path = `${d.slice(0, 4)}${d.slice(5, 7)}/t${d.replace(/-/g, '')}_${100000 + i}`;
    return `<li class="list-item clearfix" data-index="${i}" data-channel="tzgg"><span class="idx">${i + 1}</span><a class="title-link" href="/col/col${i % 7}/${path}.html" target="_blank" rel="noopener noreferrer" style="color:#333" title="关于进一步加强和改进第${i}项重点工作的通知（示例标题，用于测量列表页的扫描性能）">关于进一步加强和改进第${i}项重点工作的通知（示例标题，用于测量列表页的扫描性能）</a><span class="date">${d}</span></li>`;
  }).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>通知公告</title><meta name="ColumnName" content="通知公告"></head><body>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 通知公告</div><div class="main"><ul class="list">${items}</ul>
<div class="page">共${Math.ceil(rows / 20)}页 下一页 尾页</div></div></body></html>`;
}

const NAMES = [
  '工作动态',
  '通知公告',
  '政策文件',
  '政策解读',
  '人事信息',
  '规划计划',
  '财政资金',
  '三公经费',
  '双随机一公开',
  '图片新闻',
];

export function homePage(blocks: number): string {
  const body = Array.from({ length: blocks }, (_, b) => {
    const name = `${NAMES[b % NAMES.length]}${b >= NAMES.length ? b : ''}`;
    const rows = Array.from(
      { length: 8 },
      (_, i) =>
        `<li><a href="/art/${b}_${i}.html">第${b}栏目的第${i}条信息标题示例文字</a><span>${date(b * 11 + i * 3)}</span></li>`,
    ).join('');
    return `<div class="block"><div class="hd"><h3>${name}</h3><a href="/col/${b}/">更多&gt;&gt;</a></div><div class="bd"><ul>${rows}</ul></div></div>`;
  }).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>某县人民政府</title></head><body>
<nav><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">办事服务</a></li></ul></nav>
<div class="wrap">${body}</div><div class="footer">网站标识码：0000000000</div></body></html>`;
}

/**
 * A 信息公开 catalogue page: a table of 3000 documents with 索引号, 文号, 成文日期 and 发布日期
 * columns (about 24,000 elements), the heaviest column page the engine reads.
 */
export function disclosureTable(rows: number): string {
  const body = Array.from({ length: rows }, (_, i) => {
    const d = date(i);
    const drafted = date(i + 3);
    return `<tr class="${i % 2 ? 'odd' : 'even'}"><td class="xh">${i + 1}</td><td class="syh">000014349/${d.slice(0, 4)}-${String(10000 + i).slice(1)}</td><td class="bt"><a href="/xxgk/${d.slice(0, 4)}${d.slice(5, 7)}/t${d.replace(/-/g, '')}_${200000 + i}.html" target="_blank" title="关于印发第${i}项重点工作实施方案的通知">关于印发第${i}项重点工作实施方案的通知</a></td><td class="wh">某政办发〔${d.slice(0, 4)}〕${(i % 90) + 1}号</td><td class="cwrq">${drafted}</td><td class="fbrq">${d}</td></tr>`;
  }).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>政府文件_某县人民政府</title><meta name="ColumnName" content="政府文件"></head><body>
<div class="crumb">当前位置：首页 &gt; 信息公开 &gt; 政府文件</div><div class="main"><table class="xxgk-list"><thead><tr><th>序号</th><th>索引号</th><th>标题</th><th>文号</th><th>成文日期</th><th>发布日期</th></tr></thead><tbody>
${body}</tbody></table><div class="page">共${Math.ceil(rows / 20)}页 下一页 尾页</div></div></body></html>`;
}

/** An article page of about `chars` characters of prose, a few wrong forms and numbers among it. */
export function proseArticle(chars: number): string {
  const sentence =
    '全县上下深入贯彻落实党中央、国务院决策部署，坚持稳中求进工作总基调，统筹推进经济社会发展各项工作，取得了新的成效。';
  const paras: string[] = [];
  let total = 0;
  for (let i = 0; total < chars; i++) {
    const extra = i % 97 === 0 ? '中华人民共<span>合国</span>' : i % 131 === 0 ? '联系人手机13812345678' : '';
    const p = `<p>${sentence.repeat(4)}${extra}</p>`;
    paras.push(p);
    total += sentence.length * 4 + extra.length;
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>工作报告</title><meta name="PubDate" content="2023-07-01"></head><body><h1>2023年上半年工作报告</h1><div class="article">${paras.join('\n')}</div></body></html>`;
}
