import { describe, expect, test } from 'vitest';
import {
  classify,
  explainNodeError,
  refreshTarget,
  titleAndHeading,
  type AnswerFacts,
} from '../../../lib/linkcheck/classify';

const facts = (over: Partial<AnswerFacts> = {}): AnswerFacts => ({
  url: 'http://a.gov.cn/x.html',
  method: 'GET',
  status: 200,
  finalUrl: 'http://a.gov.cn/x.html',
  redirected: false,
  contentType: 'text/html',
  contentLength: null,
  titleText: '某县人民政府',
  elapsedMs: 100,
  kind: 'page',
  backedOff: false,
  retried5xx: false,
  ...over,
});
const verdict = (f: AnswerFacts) => {
  const step = classify(f, 5000);
  return 'verdict' in step ? `${step.verdict.verdict}:${step.verdict.reason}` : `retry:${step.retry}`;
};

describe('classify: from answer facts to a verdict (domain.md §5)', () => {
  test.each([
    [{}, 'ok:200'],
    [{ status: 404 }, 'dead:404'],
    [{ status: 410 }, 'dead:410'],
    [{ status: 403 }, 'warn:403'],
    [{ status: 401 }, 'warn:401'],
    [{ status: 999 }, 'warn:999'],
    [{ status: 500 }, 'retry:5xx'],
    [{ status: 500, retried5xx: true }, 'dead:500'],
    [{ status: 429 }, 'retry:backoff'],
    [{ status: 429, backedOff: true }, 'warn:429'],
    [{ status: 503, backedOff: true }, 'retry:5xx'],
    [{ method: 'HEAD' as const, status: 405 }, 'retry:get'],
    [{ method: 'HEAD' as const, status: 501 }, 'retry:get'],
    [{ titleText: '提示信息 抱歉，您访问的页面不存在或已被删除' }, 'dead:软404'],
    [{ titleText: '404 Not Found' }, 'dead:软404'],
    [{ titleText: '安全验证' }, 'warn:防火墙拦截'],
    [{ elapsedMs: 6000 }, 'warn:响应慢'],
    [{ redirected: true, finalUrl: 'http://a.gov.cn/login.html?r=1' }, 'warn:跳转登录页'],
    [{ kind: 'attachment' as const, method: 'HEAD' as const, contentType: 'text/html' }, 'retry:get'],
    [{ kind: 'attachment' as const, contentType: 'text/html' }, 'dead:附件返回网页'],
    [{ kind: 'image' as const, contentType: 'text/html' }, 'dead:图片返回网页'],
    [{ kind: 'attachment' as const, contentType: 'application/pdf', contentLength: '0' }, 'dead:附件为空'],
    [{ kind: 'attachment' as const, contentType: 'application/pdf', contentLength: '1200' }, 'ok:200'],
  ])('%o → %s', (over, expected) => {
    expect(verdict(facts(over))).toBe(expected);
  });

  test('only the title and main heading are read for a soft 404, never the body', () => {
    expect(verdict(facts({ titleText: '流浪乞讨人员救助工作动态' }))).toBe('ok:200');
  });

  test('network errors are named', () => {
    expect(explainNodeError({ cause: { code: 'ENOTFOUND' } })).toBe('无法解析域名');
    expect(explainNodeError({ code: 'ECONNREFUSED' })).toBe('拒绝连接');
    expect(explainNodeError(new Error('boom'))).toBe('无法访问');
  });
});

describe('soft-404 pages: title, h1–h3, or the largest block of a short page', () => {
  const soft = (html: string) => verdict(facts({ titleText: titleAndHeading(html) }));
  test.each([
    [
      '<title>提示信息</title><body><div class="box"><h2>抱歉，您访问的页面不存在或已被删除</h2></div></body>',
    ],
    [
      '<title>提示</title><body><div><p>对不起，您要找的页面找不到了！</p><a href="/">返回首页</a></div></body>',
    ],
    ['<title>某县人民政府</title><body><h3>404 Not Found</h3></body>'],
    [
      '<html><head><title>温馨提示</title><script>var x="<div>"</script></head><body><table><tr><td>该信息已被删除</td></tr></table></body></html>',
    ],
  ])('%s is dead', (html) => expect(soft(html)).toBe('dead:软404'));

  test('a normal long page that mentions such words in its body is not a soft 404', () => {
    const body = '本县围绕群众反映的“办事找不到窗口”问题，推进政务服务标准化建设。'.repeat(20);
    expect(
      soft(
        `<title>政务服务标准化建设取得实效</title><body><h1>政务服务标准化建设取得实效</h1><div>${body}</div></body>`,
      ),
    ).toBe('ok:200');
  });

  test('hostile markup is read in linear time', () => {
    const hostile = '<script>'.repeat(8000) + '<h1>'.repeat(8000);
    const t = performance.now();
    titleAndHeading(hostile);
    expect(performance.now() - t).toBeLessThan(50);
  });
});

describe("pages that send the browser on to the site's error page", () => {
  const page = (html: string, over: Partial<AnswerFacts> = {}) =>
    verdict(facts({ titleText: titleAndHeading(html), refreshTo: refreshTarget(html), ...over }));
  test.each(['/404.html', '/404.htm', '/error.jsp', '/notfound/', '/common/page-not-found.html', '/404'])(
    'a redirect ending on %s is a soft 404 whatever its title',
    (path) => {
      expect(
        verdict(facts({ redirected: true, finalUrl: `http://a.gov.cn${path}`, titleText: '某县人民政府' })),
      ).toBe('dead:软404');
    },
  );
  test('a meta refresh or a one-line script to the error page is a soft 404', () => {
    expect(
      page('<head><meta http-equiv="refresh" content="0;url=/404.html"><title>跳转中</title></head>'),
    ).toBe('dead:软404');
    expect(page(`<title>某县人民政府</title><script>window.location.href='/error.html';</script>`)).toBe(
      'dead:软404',
    );
    expect(page(`<title>某县人民政府</title><script>location.replace("/404.htm")</script>`)).toBe(
      'dead:软404',
    );
  });
  test('other redirects, and a full page whose script may go to an error page, stay fine', () => {
    expect(verdict(facts({ redirected: true, finalUrl: 'http://a.gov.cn/col/404/index.html' }))).toBe(
      'ok:200',
    );
    expect(verdict(facts({ redirected: true, finalUrl: 'http://a.gov.cn/news/error-correction.html' }))).toBe(
      'ok:200',
    );
    expect(page('<head><meta http-equiv="refresh" content="0;url=/index.html"></head>')).toBe('ok:200');
    const prose = '<p>' + '本县推进政务服务标准化建设，取得明显成效。'.repeat(40) + '</p>';
    expect(
      page(`<title>工作动态</title><body>${prose}<script>if(!id)location.href='/404.html'</script></body>`),
    ).toBe('ok:200');
  });
  test('hostile markup is read in linear time', () => {
    const hostile = '<meta http-equiv=refresh '.repeat(4000) + 'location='.repeat(8000);
    const t = performance.now();
    refreshTarget(hostile);
    expect(performance.now() - t).toBeLessThan(50);
  });
});
