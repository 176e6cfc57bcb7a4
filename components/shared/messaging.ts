// Typed calls from a surface to the background. The background answers {ok, result} or {error}.
import { browser } from 'wxt/browser';
import type { Message } from '../../lib/exchange/schema';

export class BackgroundError extends Error {}

export async function call<T>(msg: Message): Promise<T> {
  const answer = (await browser.runtime.sendMessage(msg)) as
    { ok?: boolean; result?: T; error?: string } | undefined;
  if (!answer) throw new BackgroundError('后台无响应 / the background did not answer');
  if (answer.error) throw new BackgroundError(answer.error);
  return answer.result as T;
}
