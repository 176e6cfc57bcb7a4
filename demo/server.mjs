#!/usr/bin/env node
// The bundled demo government site, served on 127.0.0.1 with no dependencies.
// Pages carry date tokens relative to "today" so the demo shows the same problems on any day:
//   {{d:-20}}        the date 20 days before today (YYYY-MM-DD)
//   {{m:-6:+5}}      six calendar months before today, plus five days
//   {{md:-3}}        month-day only (MM-DD), three days before today
//   {{cn:-40}}       Chinese form (2023年1月4日)
//   {{path:-3}}      a TRS-style item path segment (YYYYMM/tYYYYMMDD), three days before today
// Dynamic routes answer as the link checker's cases need: 404, 500, slow, HEAD refused, redirects,
// a soft 404, attachments that answer an error page, a login redirect, a script-filled list.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const SITE = join(dirname(fileURLToPath(import.meta.url)), 'site');
const pad = (n) => String(n).padStart(2, '0');

function shift(today, months, days) {
  const d = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  if (months) {
    const day = d.getDate();
    d.setDate(1);
    d.setMonth(d.getMonth() + months);
    const last = new Date(d.getFullYear(), d.getMonth() + 1, 0).getDate();
    d.setDate(Math.min(day, last));
  }
  d.setDate(d.getDate() + days);
  return d;
}

export function renderTokens(text, today) {
  return text.replace(/\{\{(d|m|md|cn|path|y):([+-]?\d+)(?::([+-]?\d+))?\}\}/g, (_, kind, a, b) => {
    const d = kind === 'm' ? shift(today, +a, +(b ?? 0)) : shift(today, 0, +a);
    const ymd = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    switch (kind) {
      case 'md': return `${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
      case 'cn': return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
      case 'path': return `${d.getFullYear()}${pad(d.getMonth() + 1)}/t${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}`;
      case 'y': return String(d.getFullYear());
      default: return ymd;
    }
  });
}

let gbkTable;
/** Encodes text as GBK with a table built from the platform's GBK decoder (no dependencies). */
export function encodeGbk(text) {
  if (!gbkTable) {
    gbkTable = new Map();
    const dec = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = dec.decode(Uint8Array.of(lead, trail));
        if (ch.length === 1 && ch !== '\ufffd' && !gbkTable.has(ch)) gbkTable.set(ch, [lead, trail]);
      }
    }
  }
  const out = [];
  for (const ch of text) {
    const code = ch.codePointAt(0);
    if (code < 0x80) out.push(code);
    else out.push(...(gbkTable.get(ch) ?? [0x3f]));
  }
  return Buffer.from(out);
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml' };

// A 1x1 PNG, so the demo's good images decode.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

function send(res, status, body, type = 'text/html; charset=utf-8', extra = {}) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...extra });
  res.end(body);
}

/** Starts the demo site. `today` fixes the date tokens (tests); `delayMs` slows every dynamic answer (bench). */
export async function startDemoServer({ port = 0, host = '127.0.0.1', today = () => new Date() } = {}) {
  const stats = { requests: 0, active: 0, maxActive: 0 };
  const server = createServer(async (req, res) => {
    stats.requests++;
    stats.active++;
    stats.maxActive = Math.max(stats.maxActive, stats.active);
    res.on('close', () => stats.active--);
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? host}`);
    const p = url.pathname;
    try {
      if (p === '/status/404' || p === '/gone') return send(res, p === '/gone' ? 410 : 404, '<title>404 页面不存在</title><h1>404</h1>');
      if (p === '/status/500') return send(res, 500, '<title>500</title>服务器错误');
      if (p === '/status/403') return send(res, 403, '<title>403</title>Forbidden');
      if (p === '/slow') {
        const ms = Math.min(+(url.searchParams.get('ms') ?? 6000), 20000);
        await new Promise((r) => setTimeout(r, ms));
        return send(res, 200, '<title>慢速页面</title><h1>慢速页面</h1>');
      }
      if (p === '/head405') {
        if (req.method === 'HEAD') return send(res, 405, '', 'text/plain', { allow: 'GET' });
        return send(res, 200, '<title>只接受GET</title><h1>只接受GET的页面</h1>');
      }
      if (p === '/redirect') return send(res, 302, '', 'text/plain', { location: url.searchParams.get('to') ?? '/' });
      if (p === '/soft404') return send(res, 200, '<html><head><title>页面不存在</title></head><body><h1>对不起，您访问的页面不存在或已被删除</h1></body></html>');
      if (p === '/login') return send(res, 200, '<title>统一身份认证 登录</title><h1>请登录</h1>');
      if (p === '/members') return send(res, 302, '', 'text/plain', { location: '/login?from=members' });
      if (p === '/files/notice.pdf') return send(res, 200, '%PDF-1.4 demo attachment\n', 'application/pdf');
      if (p === '/files/missing.doc') return send(res, 200, '<html><head><title>系统提示</title></head><body>文件不存在</body></html>');
      if (p === '/images/ok.png') return send(res, 200, PNG, 'image/png');
      if (p === '/images/not-an-image.png') return send(res, 200, '<html><title>错误</title></html>');
      if (p === '/delay') {
        // Bench target: every path answers after a fixed delay.
        await new Promise((r) => setTimeout(r, +(url.searchParams.get('ms') ?? 20)));
        return send(res, 200, 'ok', 'text/plain');
      }
      if (p.startsWith('/bench/')) {
        await new Promise((r) => setTimeout(r, 20));
        return send(res, 200, 'ok', 'text/plain');
      }
      if (p === '/api/list.json') {
        await new Promise((r) => setTimeout(r, 300));
        const items = [1, 3, 8].map((n, i) => ({ title: `县政府召开第${i + 1}次专题会议研究重点工作`, date: renderTokens(`{{d:-${n}}}`, today()), url: `/art/${i}.html` }));
        return send(res, 200, JSON.stringify(items), 'application/json');
      }
      if (p === '/gbk.html') {
        // A legacy page: GBK bytes, charset declared only in <meta>, none in the HTTP header.
        const raw = await readFile(join(SITE, 'gbk.html'), 'utf8');
        return send(res, 200, encodeGbk(renderTokens(raw, today())), 'text/html');
      }
      let file = p.endsWith('/') ? `${p}index.html` : p;
      if (/^\/art\/.+\.html$/.test(file)) file = '/article.html';
      const full = normalize(join(SITE, file));
      if (!full.startsWith(SITE)) return send(res, 403, 'forbidden', 'text/plain');
      const ext = full.slice(full.lastIndexOf('.'));
      const raw = await readFile(full).catch(() => null);
      if (!raw) return send(res, 404, '<title>404 页面不存在</title><h1>404 Not Found</h1>');
      const body = ext === '.html' ? renderTokens(raw.toString('utf8'), today()) : raw;
      return send(res, 200, body, TYPES[ext] ?? 'application/octet-stream');
    } catch (e) {
      return send(res, 500, String(e), 'text/plain');
    }
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  const actual = server.address().port;
  return {
    port: actual,
    url: `http://${host}:${actual}`,
    stats,
    close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === normalize(process.argv[1])) {
  const port = +(process.argv.find((a) => a.startsWith('--port='))?.slice(7) ?? 8088);
  const s = await startDemoServer({ port });
  console.log(`演示站点 / demo site: ${s.url}/`);
}
