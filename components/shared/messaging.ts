// Typed calls from a surface to the background, and from an extension page to a tab's content
// script. The background answers {ok, result} or {error}.
import { browser } from 'wxt/browser';
import type { ContentCalls, MessageOf, MessageType, Reply } from '../../lib/messages';

export class BackgroundError extends Error {}

export async function call<K extends MessageType>(msg: MessageOf<K> & { type: K }): Promise<Reply<K>> {
  const answer = (await browser.runtime.sendMessage(msg)) as
    { ok?: boolean; result?: Reply<K>; error?: string } | undefined;
  if (!answer) throw new BackgroundError('后台无响应 / the background did not answer');
  if (answer.error) throw new BackgroundError(answer.error);
  return answer.result as Reply<K>;
}

export function callTab<K extends keyof ContentCalls>(
  tabId: number,
  msg: ContentCalls[K]['msg'] & { type: K },
): Promise<ContentCalls[K]['reply']> {
  return browser.tabs.sendMessage(tabId, msg) as Promise<ContentCalls[K]['reply']>;
}
