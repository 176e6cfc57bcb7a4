import { expect, test } from 'vitest';
import { findingFromFlag, flagFacts, toRecord } from '../../../lib/engine/records';
import type { Flag } from '../../../lib/engine/types';
import { docFrom } from '../../fixtures/helpers';

test('a flag becomes a plain record with a selector and typed evidence; its facts read by rule', () => {
  const doc = docFrom('<div id="box"><h3>工作动态</h3><a href="/x.pdf">附件</a></div>');
  const link: Flag = {
    rule: 'dead-link',
    level: 'flag',
    message: '页面存在不可用链接（404）：http://a.gov.cn/x.pdf',
    href: '/x.pdf',
    element: doc.querySelector('a')!,
    evidence: {
      url: 'http://a.gov.cn/x.pdf',
      status: 404,
      finalUrl: null,
      reason: '404',
      kind: 'attachment',
    },
  };
  const r = toRecord(link);
  expect(r.selector).toBe('#box > a');
  expect(r.snippet).toBe('附件');
  expect(flagFacts(r)).toEqual({ url: 'http://a.gov.cn/x.pdf', reason: '404' });
  const ctx = { roundId: 'r', unitId: 'u', pageUrl: 'http://a.gov.cn/', pageTitle: 't', inspector: '张三' };
  expect(findingFromFlag(r, ctx).linkUrl).toBe('http://a.gov.cn/x.pdf');
  const blank: Flag = {
    rule: 'blank-column',
    level: 'flag',
    message: '“工作动态”为空白栏目',
    column: '工作动态',
    element: doc.querySelector('h3')!,
    evidence: { category: 'news' },
  };
  expect(flagFacts(toRecord(blank))).toEqual({ category: 'news' });
});
