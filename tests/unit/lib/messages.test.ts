import { describe, expect, test } from 'vitest';
import { MESSAGES, parseMessage, type MessageType } from '../../../lib/messages';

describe('messages: one map of names, senders and payloads', () => {
  test('a well-formed message from an allowed sender is accepted', () => {
    expect(parseMessage({ type: 'state:get' }, 'content')).toEqual({ msg: { type: 'state:get' } });
    expect(parseMessage({ type: 'finding:delete', id: 'f1' }, 'extension')).toEqual({
      msg: { type: 'finding:delete', id: 'f1' },
    });
  });

  test('destructive, export and settings messages are refused from a web page', () => {
    const forbidden: Array<Record<string, unknown>> = [
      { type: 'finding:delete', id: 'f1' },
      { type: 'export:json' },
      { type: 'settings:set', key: 'inspector', value: 'x' },
      { type: 'unit:delete', id: 'u1' },
      { type: 'import:apply', token: 't' },
      { type: 'round:select', id: 'r' },
      { type: 'profile:set', profile: {} },
    ];
    for (const m of forbidden) {
      const r = parseMessage(m, 'content');
      expect('error' in r && r.error, String(m.type)).toMatch(/not allowed from content/);
    }
  });

  test('every message names who may send it; only a few are open to content scripts', () => {
    const open = (Object.keys(MESSAGES) as MessageType[]).filter((k) => MESSAGES[k].from.includes('content'));
    expect(open.sort()).toEqual([
      'finding:save',
      'links:check',
      'overlay:corner',
      'overlay:css',
      'override:set',
      'scan:report',
      'state:get',
      'text:get',
      'wording:except',
      'wording:get',
    ]);
  });

  test('unknown types and bad payloads get a clear error', () => {
    expect(parseMessage({ type: 'scan:rescan' }, 'extension')).toEqual({
      error: expect.stringContaining('unknown message'),
    });
    expect(parseMessage(null, 'extension')).toEqual({ error: expect.stringContaining('unknown message') });
    const bad = parseMessage({ type: 'finding:delete', id: 5 }, 'extension');
    expect('error' in bad && bad.error).toMatch(/消息格式错误.*id/);
    const badCategory = parseMessage(
      { type: 'override:set', site: 'a.gov.cn', column: '工作动态', category: 'nonsense' },
      'content',
    );
    expect('error' in badCategory).toBe(true);
  });
});
