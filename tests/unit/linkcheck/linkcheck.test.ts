import { describe, expect, test } from 'vitest';
import {
  createLinkChecker,
  titleAndHeading,
  type Clock,
  type LinkCheckerOptions,
} from '../../../lib/linkcheck/index';
import { PRIVATE_URL_PATTERNS, privateTarget } from '../../../lib/linkcheck/address';
import { NO_ACCESS_HOP_REASON, NO_ACCESS_REASON } from '../../../lib/domain/access';

/** A clock whose time moves only when the test says so. */
class FakeClock implements Clock {
  t = 0;
  timers: Array<{ at: number; fn: () => void; id: number }> = [];
  private seq = 0;
  now = () => this.t;
  setTimer = (fn: () => void, ms: number) => {
    const id = ++this.seq;
    this.timers.push({ at: this.t + ms, fn, id });
    return () => {
      this.timers = this.timers.filter((x) => x.id !== id);
    };
  };
  /** Runs timers in time order until `done` settles. */
  async run<T>(done: Promise<T>): Promise<T> {
    let settled = false;
    const out = done.finally(() => (settled = true));
    for (let i = 0; i < 10_000; i++) {
      await flush();
      if (settled) return out;
      this.timers.sort((a, b) => a.at - b.at);
      const next = this.timers.shift();
      if (!next) {
        await flush();
        if (settled) return out;
        throw new Error('stuck: no timers and not settled');
      }
      this.t = Math.max(this.t, next.at);
      next.fn();
    }
    throw new Error('too many steps');
  }
}

const flush = () => new Promise<void>((r) => setImmediate(r));

interface Answer {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  delay?: number;
  error?: unknown;
  url?: string;
  never?: boolean;
}
type Route = (method: string, url: string) => Answer;

function fakeFetch(clock: FakeClock, route: Route) {
  const calls: Array<{ method: string; url: string; credentials?: string; at: number }> = [];
  let active = 0;
  const perHost = new Map<string, number>();
  const stats = { maxActive: 0, maxPerHost: 0 };
  const fetchFn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const method = init?.method ?? 'GET';
    calls.push({ method, url, credentials: init?.credentials, at: clock.t });
    const host = new URL(url).host;
    active++;
    perHost.set(host, (perHost.get(host) ?? 0) + 1);
    stats.maxActive = Math.max(stats.maxActive, active);
    stats.maxPerHost = Math.max(stats.maxPerHost, perHost.get(host)!);
    const a = route(method, url);
    try {
      await new Promise<void>((resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        if (!a.never) clock.setTimer(resolve, a.delay ?? 10);
      });
      if (a.error) throw a.error;
      const res = new Response(method === 'HEAD' ? null : (a.body ?? ''), {
        status: a.status ?? 200,
        headers: a.headers ?? { 'content-type': 'text/html' },
      });
      if (a.url) {
        Object.defineProperty(res, 'url', { value: a.url });
        Object.defineProperty(res, 'redirected', { value: true });
      } else {
        Object.defineProperty(res, 'url', { value: url });
      }
      return res;
    } finally {
      active--;
      perHost.set(host, perHost.get(host)! - 1);
    }
  }) as typeof globalThis.fetch;
  return { fetch: fetchFn, calls, stats };
}

function setup(route: Route, opts: Omit<LinkCheckerOptions, 'fetch' | 'clock'> = {}) {
  const clock = new FakeClock();
  const f = fakeFetch(clock, route);
  const checker = createLinkChecker({ fetch: f.fetch, clock, ...opts });
  const check = (url: string) => clock.run(checker.check(url));
  return { clock, checker, check, ...f };
}

const html = (title: string, body = '') => ({
  status: 200,
  headers: { 'content-type': 'text/html; charset=utf-8' },
  body: `<html><head><title>${title}</title></head><body>${body}</body></html>`,
});
const page = html('某县人民政府', '<h1>工作动态</h1><p>正文</p>');

describe('verdicts', () => {
  test.each([
    [404, 'dead'],
    [410, 'dead'],
    [400, 'dead'],
    [418, 'dead'],
    [401, 'warn'],
    [403, 'warn'],
    [999, 'warn'],
  ])('HTTP %i is %s', async (status, verdict) => {
    const { check } = setup(() => ({ status }));
    expect(await check('http://a.gov.cn/x')).toMatchObject({ verdict, status, reason: String(status) });
  });

  test('a live page is ok and keeps its final URL', async () => {
    const { check } = setup(() => ({ ...page, url: 'http://a.gov.cn/new/' }));
    expect(await check('http://a.gov.cn/old')).toMatchObject({
      verdict: 'ok',
      status: 200,
      finalUrl: 'http://a.gov.cn/new/',
    });
  });

  test('5xx is retried once, then dead', async () => {
    const { check, calls } = setup(() => ({ status: 502 }));
    expect(await check('http://a.gov.cn/x')).toMatchObject({ verdict: 'dead', reason: '502' });
    expect(calls).toHaveLength(2);
  });

  test('a 5xx that recovers on retry is ok', async () => {
    let n = 0;
    const { check } = setup(() => (n++ === 0 ? { status: 500 } : page));
    expect(await check('http://a.gov.cn/x')).toMatchObject({ verdict: 'ok' });
  });

  test('DNS failure and refused connections are dead with their reason', async () => {
    const dns = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } });
    const refused = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    expect(await setup(() => ({ error: dns })).check('http://nx.invalid/')).toMatchObject({
      verdict: 'dead',
      reason: '无法解析域名',
    });
    expect(await setup(() => ({ error: refused })).check('http://a.gov.cn/')).toMatchObject({
      verdict: 'dead',
      reason: '拒绝连接',
    });
  });

  test('no answer within 15 s is dead (timeout)', async () => {
    const { check, clock } = setup(() => ({ never: true }));
    expect(await check('http://a.gov.cn/x')).toMatchObject({ verdict: 'dead', reason: '超时' });
    expect(clock.t).toBe(15_000);
  });

  test('an answer slower than 5 s is warned', async () => {
    const { check } = setup(() => ({ ...page, delay: 6_000 }));
    expect(await check('http://a.gov.cn/x')).toMatchObject({ verdict: 'warn', reason: '响应慢' });
  });

  test('a redirect to a login page is warned', async () => {
    const { check } = setup(() => ({ ...html('统一身份认证'), url: 'http://a.gov.cn/cas/login?service=x' }));
    expect(await check('http://a.gov.cn/oa')).toMatchObject({ verdict: 'warn', reason: '跳转登录页' });
  });

  test('a bot wall is warned, not dead', async () => {
    const { check } = setup(() => html('安全验证'));
    expect(await check('http://a.gov.cn/x')).toMatchObject({ verdict: 'warn', reason: '防火墙拦截' });
  });

  test.each([
    'javascript:void(0)',
    'mailto:a@b.c',
    'tel:12345',
    '#top',
    'data:image/png;base64,AA',
    'ftp://a.gov.cn/x',
  ])('%s is skipped without a request', async (url) => {
    const { check, calls } = setup(() => page);
    expect((await check(url)).verdict).toBe('skipped');
    expect(calls).toHaveLength(0);
  });
});

describe('soft 404s', () => {
  test('a 200 page whose title says it does not exist is dead', async () => {
    expect(await setup(() => html('页面不存在')).check('http://a.gov.cn/x')).toMatchObject({
      verdict: 'dead',
      reason: '软404',
    });
    expect(
      await setup(() => html('提示', '<h1>对不起，您访问的页面已被删除</h1>')).check('http://a.gov.cn/x'),
    ).toMatchObject({ verdict: 'dead' });
    expect(await setup(() => html('404 Not Found')).check('http://a.gov.cn/x')).toMatchObject({
      verdict: 'dead',
    });
  });
  test('the page a redirect ends on counts', async () => {
    expect(
      await setup(() => ({ ...html('找不到页面'), url: 'http://a.gov.cn/404.html' })).check(
        'http://a.gov.cn/x',
      ),
    ).toMatchObject({ verdict: 'dead', finalUrl: 'http://a.gov.cn/404.html' });
  });
  test('a parking or domain-expiry page is dead', async () => {
    expect(await setup(() => html('This domain is for sale')).check('http://old.example/')).toMatchObject({
      verdict: 'dead',
    });
    expect(await setup(() => html('域名已过期')).check('http://old.example/')).toMatchObject({
      verdict: 'dead',
    });
  });
  test('a normal page that only mentions such words in its body is fine', async () => {
    expect(
      await setup(() => html('网站地图', '<p>如遇页面不存在或404，请联系管理员</p>')).check(
        'http://a.gov.cn/x',
      ),
    ).toMatchObject({ verdict: 'ok' });
  });
  test('the title is found whether the body is read whole (length known) or its head only', async () => {
    const soft = html('页面不存在');
    const withLength = {
      ...soft,
      headers: { ...soft.headers, 'content-length': String(new TextEncoder().encode(soft.body).length) },
    };
    expect(await setup(() => withLength).check('http://a.gov.cn/x')).toMatchObject({
      verdict: 'dead',
      reason: '软404',
    });
    // A long page: only its first 16 KB are read, which hold the title.
    const long = html('页面不存在', `<p>${'正文'.repeat(40_000)}</p>`);
    const big = {
      ...long,
      headers: { ...long.headers, 'content-length': String(new TextEncoder().encode(long.body).length) },
    };
    expect(await setup(() => big).check('http://a.gov.cn/y')).toMatchObject({
      verdict: 'dead',
      reason: '软404',
    });
  });
  test('titles are read with text heuristics, entities and tags stripped', () => {
    expect(
      titleAndHeading('<title> 首页&nbsp;-&nbsp;某县 </title><h1 class="t"><span>欢迎</span></h1>'),
    ).toBe('首页 - 某县 欢迎');
  });
});

describe('attachments and HEAD', () => {
  test('attachments are checked with HEAD first', async () => {
    const { check, calls } = setup(() => ({
      status: 200,
      headers: { 'content-type': 'application/pdf', 'content-length': '1234' },
    }));
    expect(await check('http://a.gov.cn/files/a.pdf')).toMatchObject({ verdict: 'ok' });
    expect(calls.map((c) => c.method)).toEqual(['HEAD']);
  });
  test.each([405, 501])('HEAD refused with %i is retried with GET', async (status) => {
    const { check, calls } = setup((m) =>
      m === 'HEAD'
        ? { status }
        : { status: 200, headers: { 'content-type': 'application/msword' }, body: 'doc' },
    );
    expect(await check('http://a.gov.cn/files/a.doc')).toMatchObject({ verdict: 'ok' });
    expect(calls.map((c) => c.method)).toEqual(['HEAD', 'GET']);
  });
  test('an attachment answering an HTML error page is dead (confirmed with GET)', async () => {
    const { check, calls } = setup(() => html('系统提示', '文件不存在'));
    expect(await check('http://a.gov.cn/files/a.xlsx')).toMatchObject({
      verdict: 'dead',
      reason: '附件返回网页',
    });
    expect(calls.map((c) => c.method)).toEqual(['HEAD', 'GET']);
  });
  test('an empty attachment is dead', async () => {
    const { check } = setup(() => ({
      status: 200,
      headers: { 'content-type': 'application/zip', 'content-length': '0' },
    }));
    expect(await check('http://a.gov.cn/files/a.zip')).toMatchObject({ verdict: 'dead', reason: '附件为空' });
  });
  test('requests carry no credentials and use only GET or HEAD', async () => {
    const { check, calls } = setup(() => page);
    await check('http://a.gov.cn/x');
    await check('http://a.gov.cn/files/a.pdf');
    expect(calls.every((c) => c.credentials === 'omit' && (c.method === 'GET' || c.method === 'HEAD'))).toBe(
      true,
    );
  });
  test('no more of a body is read than the verdict needs', async () => {
    const clock = new FakeClock();
    let pulled = 0;
    const big = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled += 4096;
        c.enqueue(new Uint8Array(4096).fill(32));
        if (pulled > 10_000_000) c.close();
      },
    });
    const fetch = (async () =>
      new Response(big, {
        status: 200,
        headers: { 'content-type': 'text/html' },
      })) as unknown as typeof globalThis.fetch;
    const checker = createLinkChecker({ fetch, clock, headBytes: 16 * 1024 });
    expect(await clock.run(checker.check('http://a.gov.cn/huge'))).toMatchObject({ verdict: 'ok' });
    expect(pulled).toBeLessThanOrEqual(32 * 1024);
  });
});

describe('politeness', () => {
  test('429 and 503 back off for Retry-After before asking again', async () => {
    let n = 0;
    const { check, clock, calls } = setup(() =>
      n++ === 0 ? { status: 429, headers: { 'retry-after': '7' } } : page,
    );
    expect(await check('http://a.gov.cn/x')).toMatchObject({ verdict: 'ok' });
    expect(calls).toHaveLength(2);
    expect(clock.t).toBeGreaterThanOrEqual(7_000);
  });
  test('a 429 that persists is warned', async () => {
    const { check } = setup(() => ({ status: 429, headers: { 'retry-after': '1' } }));
    expect(await check('http://a.gov.cn/x')).toMatchObject({ verdict: 'warn', reason: '429' });
  });
  test('the backoff holds the whole host, not just the one URL', async () => {
    let first = true;
    const times: number[] = [];
    const clock = new FakeClock();
    const f = fakeFetch(clock, (_m, url) => {
      times.push(clock.t);
      if (first && url.endsWith('/a')) {
        first = false;
        return { status: 503, headers: { 'retry-after': '5' } };
      }
      return page;
    });
    const checker = createLinkChecker({ fetch: f.fetch, clock, perHost: 1 });
    await clock.run(Promise.all([checker.check('http://a.gov.cn/a'), checker.check('http://a.gov.cn/b')]));
    expect(times[1]).toBeGreaterThanOrEqual(5_000);
  });
  test('each URL is fetched once per session; fragments do not count', async () => {
    const { check, calls } = setup(() => page);
    await check('http://a.gov.cn/x#one');
    await check('http://a.gov.cn/x#two');
    await check('http://a.gov.cn/x');
    expect(calls).toHaveLength(1);
  });
  test('identical URLs in flight at once are fetched once', async () => {
    const { checker, clock, calls } = setup(() => page);
    const all = await clock.run(
      Promise.all([
        checker.check('http://a.gov.cn/y'),
        checker.check('http://a.gov.cn/y#z'),
        checker.check('http://a.gov.cn/y'),
      ]),
    );
    expect(calls).toHaveLength(1);
    expect(all.map((v) => v.verdict)).toEqual(['ok', 'ok', 'ok']);
  });
  test('never more than the per-host cap at once, nor more than the overall cap', async () => {
    const { checker, clock, stats } = setup(() => ({ ...page, delay: 20 }), {
      perHost: 4,
      overall: 6,
      minIntervalMs: 0,
    });
    const urls = [
      ...Array.from({ length: 30 }, (_, i) => `http://a.gov.cn/${i}`),
      ...Array.from({ length: 30 }, (_, i) => `http://b.gov.cn/${i}`),
    ];
    await clock.run(Promise.all(urls.map((u) => checker.check(u))));
    expect(stats.maxPerHost).toBe(4);
    expect(stats.maxActive).toBe(6);
    expect(checker.stats()).toMatchObject({ maxPerHost: 4, maxOverall: 6, queued: 0, active: 0 });
  });
  test('caps keep the pace: 40 links on one host at 4 parallel take 10 rounds', async () => {
    const { checker, clock } = setup(() => ({ ...page, delay: 20 }), { perHost: 4, minIntervalMs: 0 });
    await clock.run(Promise.all(Array.from({ length: 40 }, (_, i) => checker.check(`http://a.gov.cn/${i}`))));
    expect(clock.t).toBe(200);
  });
});

describe('pacing and totals, whatever a page sends', () => {
  const many = (host: string, n: number) => Array.from({ length: n }, (_, i) => `http://${host}/${i}`);
  test('starts to one host are 50 ms apart by default: never more than 20 in any second', async () => {
    const { checker, clock, calls } = setup(() => ({ ...page, delay: 20 }));
    await clock.run(Promise.all(many('a.gov.cn', 60).map((u) => checker.check(u))));
    const starts = calls.map((c) => c.at);
    expect(starts.slice(1).every((t, i) => t - starts[i] >= 50)).toBe(true);
    for (const t of starts)
      expect(starts.filter((x) => x >= t && x < t + 1000).length).toBeLessThanOrEqual(20);
    expect(clock.t).toBe(59 * 50 + 20);
  });
  test('hosts are paced apart: a second host is not held back by the first', async () => {
    const { checker, clock, calls } = setup(() => ({ ...page, delay: 20 }));
    await clock.run(
      Promise.all([...many('a.gov.cn', 10), ...many('b.gov.cn', 10)].map((u) => checker.check(u))),
    );
    expect(calls.filter((c) => c.url.includes('b.gov.cn'))[0].at).toBe(0);
    expect(clock.t).toBe(9 * 50 + 20);
  });
  test("one host's long back-off does not hold up another host's paced starts", async () => {
    const { checker, clock, calls } = setup((_m, url) =>
      url.includes('slow.gov.cn') ? { status: 429, headers: { 'retry-after': '60' } } : { ...page, delay: 5 },
    );
    const slow = checker.check('http://slow.gov.cn/x');
    await clock.run(Promise.all(many('b.gov.cn', 5).map((u) => checker.check(u))));
    expect(calls.filter((c) => c.url.includes('b.gov.cn')).map((c) => c.at)).toEqual([0, 50, 100, 150, 200]);
    await clock.run(slow);
  });
  test('a 404 whose small body trickles in loses its request after the drain deadline', async () => {
    const clock = new FakeClock();
    let signal: AbortSignal | undefined;
    const checker = createLinkChecker({
      clock,
      fetch: (async (_u: RequestInfo | URL, init?: RequestInit) => {
        signal = init?.signal ?? undefined;
        // A body that never ends, announced as 10 bytes.
        const body = new ReadableStream({ pull: () => new Promise(() => {}) });
        return new Response(body, {
          status: 404,
          headers: { 'content-length': '10', 'content-type': 'text/html' },
        });
      }) as typeof fetch,
    });
    expect(await clock.run(checker.check('http://a.gov.cn/gone'))).toMatchObject({ verdict: 'dead' });
    expect(signal!.aborted).toBe(false);
    await clock.run(new Promise((r) => clock.setTimer(() => r(null), 2_001)));
    expect(signal!.aborted).toBe(true);
  });
  test('a host past its total, or a session past its own, is skipped without a request', async () => {
    const { checker, clock, calls } = setup(() => page, {
      perHostTotal: 3,
      sessionTotal: 5,
      minIntervalMs: 0,
    });
    const a = await clock.run(Promise.all(many('a.gov.cn', 4).map((u) => checker.check(u))));
    expect(a.map((v) => v.verdict)).toEqual(['ok', 'ok', 'ok', 'skipped']);
    expect(a[3].reason).toBe('检查次数已达上限，未检查');
    const b = await clock.run(Promise.all(many('b.gov.cn', 3).map((u) => checker.check(u))));
    expect(b.map((v) => v.verdict)).toEqual(['ok', 'ok', 'skipped']);
    expect(calls).toHaveLength(5);
  });
});

describe('the office network is never probed from a public page', () => {
  test.each([
    'http://10.1.2.3/admin',
    'http://172.20.0.1/',
    'http://192.168.1.1/reboot',
    'http://127.0.0.1:8080/',
    'http://localhost/',
    'http://[::1]/',
    'http://169.254.169.254/latest/meta-data/',
    'http://100.64.0.1/',
    'http://[fd00::1]/',
    'http://intranet/',
    'http://printer.local/',
    'http://2130706433/',
  ])('%s is skipped without a request', async (url) => {
    const s = setup(() => html('首页'));
    const v = await s.check(url);
    expect(v).toMatchObject({ verdict: 'skipped', reason: expect.stringMatching(/(内网|本机)地址，未检查/) });
    expect(s.calls).toEqual([]);
  });

  test('a redirect hop into the office network is not requested', async () => {
    const s = setup((_m, url) =>
      url.includes('a.gov.cn')
        ? { status: 302, headers: { location: 'http://127.0.0.1/admin/reboot' } }
        : html('should never be reached'),
    );
    const v = await s.check('http://a.gov.cn/jump');
    expect(v).toMatchObject({ verdict: 'skipped', finalUrl: 'http://127.0.0.1/admin/reboot' });
    expect(s.calls.map((c) => c.url)).toEqual(['http://a.gov.cn/jump']);
  });

  test('public redirects are followed hop by hop; a page on a private network checks its own links', async () => {
    const s = setup((_m, url) =>
      url.endsWith('/old') ? { status: 301, headers: { location: '/new' } } : html('政务公开'),
    );
    expect(await s.check('http://a.gov.cn/old')).toMatchObject({
      verdict: 'ok',
      finalUrl: 'http://a.gov.cn/new',
    });
    const clock = new FakeClock();
    const f = fakeFetch(clock, () => html('内网首页'));
    const checker = createLinkChecker({ fetch: f.fetch, clock });
    const v = await clock.run(checker.check('http://10.0.0.5/oa/', { pageUrl: 'http://10.0.0.5/' }));
    expect(v.verdict).toBe('ok');
  });
});

test('where the platform hides redirect targets, each link is requested once after the first', async () => {
  const clock = new FakeClock();
  const calls: string[] = [];
  const fetchFn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push(`${init?.redirect} ${String(input)}`);
    const res = new Response('<title>首页</title>', {
      status: 200,
      headers: { 'content-type': 'text/html' },
    });
    // A browser answers redirect: 'manual' with an opaque redirect whose target it does not show.
    if (init?.redirect === 'manual') Object.defineProperty(res, 'type', { value: 'opaqueredirect' });
    Object.defineProperty(res, 'url', { value: String(input) });
    return res;
  }) as typeof fetch;
  const checker = createLinkChecker({ fetch: fetchFn, clock });
  await clock.run(checker.check('http://a.gov.cn/1'));
  await clock.run(checker.check('http://a.gov.cn/2'));
  expect(calls).toEqual(['manual http://a.gov.cn/1', 'follow http://a.gov.cn/1', 'follow http://a.gov.cn/2']);
});

describe('hosts the inspector has not allowed', () => {
  test('a link to such a host is only probed (opaque, no cookies), and checked in full once allowed', async () => {
    let allowed = false;
    const modes: string[] = [];
    const s = setup(() => page, { mayRequest: (u) => allowed || u.includes('.gov.cn') });
    const seen = s.fetch;
    const checker = createLinkChecker({
      clock: s.clock,
      mayRequest: (u) => allowed || u.includes('.gov.cn'),
      fetch: ((input: RequestInfo | URL, init?: RequestInit) => {
        modes.push(`${init?.method} ${init?.mode ?? 'cors'} ${init?.credentials}`);
        return seen(input, init);
      }) as typeof fetch,
    });
    const check = (u: string) => s.clock.run(checker.check(u));
    expect(await check('https://www.people.com.cn/a.html')).toMatchObject({
      verdict: 'skipped',
      reason: NO_ACCESS_REASON,
    });
    expect(modes).toEqual(['HEAD no-cors omit']);
    expect((await check('http://a.gov.cn/')).verdict).toBe('ok');
    allowed = true;
    expect((await check('https://www.people.com.cn/a.html')).verdict).toBe('ok');
    expect(modes.slice(1).every((m) => !m.includes('no-cors'))).toBe(true);
  });

  test('a .invalid name never resolves (RFC 6761): dead without a lookup, whatever access is held', async () => {
    const s = setup(() => page, { mayRequest: (u) => u.includes('.gov.cn') });
    expect(await s.check('http://unreachable.invalid/a')).toMatchObject({
      verdict: 'dead',
      reason: '无法解析域名',
    });
    expect(await s.check('http://www.invalid.gov.cn/')).toMatchObject({ verdict: 'ok' });
    expect(s.calls.map((c) => c.url)).toEqual(['http://www.invalid.gov.cn/']);
  });

  test('such a host that does not answer at all is dead all the same', async () => {
    const s = setup(() => ({ error: new TypeError('Failed to fetch') }), { mayRequest: () => false });
    expect(await s.check('http://gone.example.com/')).toMatchObject({ verdict: 'dead', reason: '无法访问' });
    const t = setup(() => ({ never: true }), { mayRequest: () => false });
    expect(await t.check('http://slow.example.com/')).toMatchObject({ verdict: 'dead', reason: '超时' });
  });

  test('a request the browser stopped on a hop is skipped with that hop, and not kept', async () => {
    let hop = true;
    const s = setup(() => (hop ? { error: new TypeError('Failed to fetch') } : page), {
      explainError: () =>
        hop ? { skipped: NO_ACCESS_HOP_REASON, finalUrl: 'https://mp.weixin.qq.com/s/x' } : '?',
    });
    expect(await s.check('http://a.gov.cn/wx')).toMatchObject({
      verdict: 'skipped',
      reason: NO_ACCESS_HOP_REASON,
      finalUrl: 'https://mp.weixin.qq.com/s/x',
    });
    hop = false;
    expect((await s.check('http://a.gov.cn/wx')).verdict).toBe('ok');
  });

  test('a named network error is still a dead link', async () => {
    const s = setup(() => ({ error: new TypeError('Failed to fetch') }), {
      explainError: () => '无法解析域名',
    });
    expect(await s.check('http://gone.gov.cn/')).toMatchObject({ verdict: 'dead', reason: '无法解析域名' });
  });
});

describe('the browser rule for redirect hops blocks what the checker skips', () => {
  const res = PRIVATE_URL_PATTERNS.map((p) => new RegExp(p, 'i'));
  const re = { test: (u: string) => res.some((r) => r.test(u)) };
  const privateHosts = [
    '10.0.0.1',
    '10.255.255.255',
    '127.0.0.1',
    '127.8.9.1',
    '172.16.0.1',
    '172.31.255.1',
    '192.168.0.10',
    '169.254.169.254',
    '100.64.0.1',
    '100.127.1.1',
    '0.0.0.0',
    '198.18.0.1',
    '224.0.0.1',
    '[::1]',
    '[fd00::1]',
    '[fc12::5]',
    '[fe80::1]',
    '[::ffff:7f00:1]',
    'localhost',
    'a.localhost',
    'intranet',
    'oa',
    'printer.local',
    'db.internal',
    'nas.lan',
    'intranet.',
  ];
  const publicHosts = [
    'www.gov.cn',
    'www.demo.gov.cn',
    '8.8.8.8',
    '172.15.0.1',
    '172.32.0.1',
    '192.169.0.1',
    '100.63.1.1',
    '100.128.0.1',
    '11.0.0.1',
    '[2001:db8::1]',
    'localhost.gov.cn',
    'local.gov.cn',
    'lan.example.com',
    '1.10.0.1',
    '110.0.0.1',
  ];
  const urls = (hosts: string[]) =>
    hosts.flatMap((h) => [`http://${h}/`, `https://${h}:8443/a?b#c`, `http://${h}`, `http://u@${h}/x`]);

  test.each(urls(privateHosts))('%s is blocked, as the checker skips it', (url) => {
    expect(re.test(url)).toBe(true);
    expect(privateTarget(url)).toBeTruthy();
  });
  test.each(urls(publicHosts))('%s is let through, as the checker checks it', (url) => {
    expect(re.test(url)).toBe(false);
    expect(privateTarget(url)).toBeUndefined();
  });
  test('the pattern stays within what the browser accepts (RE2, no look-around or back-references)', () => {
    for (const p of PRIVATE_URL_PATTERNS) {
      expect(p).not.toMatch(/\(\?[=!<]|\\[1-9]/);
      expect(p.length).toBeLessThan(200);
    }
  });
});
