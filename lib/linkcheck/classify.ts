// From the facts of one answer to a verdict (domain.md §5), or to the next step of the check.
// Pure: no request, no clock, so every verdict is tested from plain data.
import type { LinkVerdict } from '../engine/types';
import { anyOf } from '../engine/regex';

export const IMAGE_RE = /\.(?:png|jpe?g|gif|webp|bmp|svg|ico)(?:$|[?#])/i;
const SOFT_404 = anyOf(
  'i',
  /页面不存在|页面已删除|已被删除|已删除|找不到|未找到|无法找到|不存在的页面|页面走丢/,
  /\b404\b|not\s*found/,
  /域名.{0,6}(?:过期|到期|出售|停放)|domain.{0,20}(?:expired|for sale|parked)|this domain|parked/,
);
const BOT_WALL =
  /安全验证|访问验证|人机验证|滑动验证|验证码|访问被拒绝|请求被拦截|拦截|防火墙|web\s*应用防火墙|just a moment|attention required|captcha|access denied/i;
const LOGIN_URL =
  /(?:^|[/._-])(?:login|signin|sign-in|logon|passport|sso|cas)(?:[/._?-]|$)|denglu|uc\/login/i;

export interface AnswerFacts {
  url: string;
  method: 'HEAD' | 'GET';
  status: number;
  finalUrl: string;
  redirected: boolean;
  contentType: string;
  contentLength: string | null;
  /** Title and main heading of an HTML answer, when it was read. */
  titleText: string;
  /** Where a short page sends the browser on (meta refresh, a one-line script), when it does. */
  refreshTo?: string;
  elapsedMs: number;
  kind: 'attachment' | 'image' | 'page';
  /** What was already tried for this URL. */
  backedOff: boolean;
  retried5xx: boolean;
}

/** The next step: a verdict, or ask again (with GET, after a back-off, or once more after a 5xx). */
export type Step = { verdict: LinkVerdict } | { retry: 'get' | 'backoff' | '5xx' };

export function classify(f: AnswerFacts, slowMs: number): Step {
  const { url, status, finalUrl } = f;
  const base = { url, status, finalUrl };
  const done = (verdict: LinkVerdict['verdict'], reason: string): Step => ({
    verdict: { ...base, verdict, reason },
  });
  if (f.method === 'HEAD' && (status === 405 || status === 501 || status === 400 || status === 403)) {
    return { retry: 'get' }; // HEAD refused or unreliable
  }
  if (status === 429 || status === 503) {
    if (!f.backedOff) return { retry: 'backoff' };
    if (status === 429) return done('warn', '429');
  }
  if (status === 401 || status === 403 || status === 999) return done('warn', String(status));
  if (status >= 500) return f.retried5xx ? done('dead', String(status)) : { retry: '5xx' };
  if (status >= 400) return done('dead', String(status));
  if (f.redirected && isLoginUrl(finalUrl)) return done('warn', '跳转登录页');
  if (f.kind !== 'page') {
    const image = f.kind === 'image';
    if (/text\/html/i.test(f.contentType)) {
      // Some servers answer HEAD with a generic type: confirm with GET.
      if (f.method === 'HEAD') return { retry: 'get' };
      return done('dead', image ? '图片返回网页' : '附件返回网页');
    }
    if (f.contentLength === '0') return done('dead', image ? '图片为空' : '附件为空');
  } else if ((f.redirected && isErrorPage(finalUrl)) || (f.refreshTo && isErrorPage(f.refreshTo, url))) {
    return done('dead', '软404'); // sent on to the site's 404.html, whatever that page is titled
  } else if (f.titleText) {
    if (SOFT_404.test(f.titleText)) return done('dead', '软404');
    if (BOT_WALL.test(f.titleText)) return done('warn', '防火墙拦截');
  }
  if (f.elapsedMs > slowMs) return done('warn', '响应慢');
  return done('ok', String(status));
}

/** The site's error page: /404.html, /error.jsp, /notfound/ … */
const ERROR_PATH = /(?:^|\/)(?:404|error|notfound|not[-_]found|page[-_]?not[-_]?found)(?:\.[a-z]{2,5})?\/?$/i;

function isErrorPage(u: string, base?: string): boolean {
  try {
    return ERROR_PATH.test(new URL(u, base).pathname);
  } catch {
    return false;
  }
}

/**
 * Where a page sends the browser on: a meta refresh, or on a short page a script that only sets
 * the location (a full page may redirect on conditions it does not always meet).
 */
export function refreshTarget(html: string): string | undefined {
  const head = html.slice(0, 64 * 1024);
  const meta = /<meta[^>]{0,200}http-equiv=["']?refresh["']?[^>]{0,200}>/i.exec(head)?.[0];
  const url = meta && /url\s*=\s*['"]?([^'" >]{1,500})/i.exec(meta)?.[1];
  if (url) return url;
  const script =
    /location(?:\.href)?\s*=\s*['"]([^'"]{1,500})['"]|location\.replace\(\s*['"]([^'"]{1,500})['"]/.exec(
      head,
    );
  // The page's text is measured only when a script sets the location: most pages pay nothing here.
  if (!script || plain(withoutCode(head).replace(/^[\s\S]*?<body[^>]*>/i, '')).length > SHORT_PAGE)
    return undefined;
  return script[1] ?? script[2];
}

function isLoginUrl(u: string): boolean {
  try {
    const p = new URL(u);
    return LOGIN_URL.test(p.pathname + p.search);
  } catch {
    return false;
  }
}

const plain = (s: string) =>
  s
    .replace(/<[^>]{0,2000}>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The page without its script, style and noscript blocks, in one linear pass. */
function withoutCode(html: string): string {
  const lower = html.toLowerCase();
  const open = /<(script|style|noscript)\b/g;
  let out = '';
  let at = 0;
  for (let m = open.exec(lower); m; m = open.exec(lower)) {
    out += html.slice(at, m.index);
    const close = lower.indexOf(`</${m[1]}`, m.index);
    if (close < 0) return out;
    at = close + m[1].length + 2;
    open.lastIndex = at;
  }
  return out + html.slice(at);
}

/** Titles of message pages that say nothing themselves: their text is in the page's largest block. */
const GENERIC_TITLE =
  /^(?:|提示|提示信息|温馨提示|系统提示|信息提示|消息提示|页面提示|错误|错误提示|出错了|出错啦|error|message)$/i;

/** Below this much visible text a page is short: its largest block may be its only message. */
const SHORT_PAGE = 400;

/**
 * What a person reads first on a page, read with text heuristics (no DOMParser in a service
 * worker): its title, its h1–h3 headings, and, on a short page, its largest text block (提示信息
 * over 抱歉，您访问的页面不存在). The body of a normal page is never read.
 */
export function titleAndHeading(html: string): string {
  const head = html.slice(0, 64 * 1024);
  const title = /<title[^>]{0,200}>([^<]{0,300})<\/title>/i.exec(head)?.[1] ?? '';
  const headings: string[] = [];
  const re = /<h([1-3])[^>]{0,300}>([\s\S]{0,300}?)<\/h\1>/gi;
  for (let m = re.exec(head); m && headings.length < 6; m = re.exec(head)) headings.push(m[2]);
  const parts = [title, ...headings];
  const body = plain(withoutCode(head).replace(/^[\s\S]*?<body[^>]*>/i, ''));
  if (body.length <= SHORT_PAGE && GENERIC_TITLE.test(plain(title))) {
    const blocks = withoutCode(head)
      .replace(/^[\s\S]*?<body[^>]*>/i, '')
      .split(/<\/?(?:div|p|td|li|section|article|main|h[1-6]|br|table|tr|center|span)\b[^>]{0,300}>/i)
      .map(plain)
      .sort((a, b) => b.length - a.length);
    if (blocks[0]) parts.push(blocks[0]);
  }
  return plain(parts.join(' '));
}

/** A network failure named from Node's or the platform's error codes. */
export function explainNodeError(e: unknown): string {
  const code = (e as { cause?: { code?: string } })?.cause?.code ?? (e as { code?: string })?.code ?? '';
  const msg = String((e as Error)?.message ?? e);
  if (/ENOTFOUND|EAI_AGAIN|NAME_NOT_RESOLVED/i.test(code + msg)) return '无法解析域名';
  if (/ECONNREFUSED|CONNECTION_REFUSED/i.test(code + msg)) return '拒绝连接';
  if (/ECONNRESET|CONNECTION_RESET/i.test(code + msg)) return '连接被重置';
  if (/CERT|SSL|TLS/i.test(code + msg)) return '证书错误';
  return '无法访问';
}
