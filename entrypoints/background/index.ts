// The background is the only writer of stored findings. Every message is checked for its sender
// and its shape before it touches the store (lib/messages.ts); the handlers live in handlers.ts.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { toMatchPattern } from '../../lib/domain/model';
import { SETTING_DEFAULTS } from '../../lib/domain/settings';
import { parseMessage, type Message, type Sender } from '../../lib/messages';
import { Store } from '../../lib/storage/store';
import { createHandlers, type HandlerContext } from './handlers';
import { createLinkService } from './links';

const CONTENT_SCRIPT = '/content-scripts/content.js';
/** The single registration older versions made for every unit at once. */
const DYNAMIC_ID = 'site-patrol-units';
const UNIT_SCRIPT = 'site-patrol-unit-';

export default defineBackground(() => {
  let storePromise: Promise<Store> | undefined;
  const store = () => (storePromise ??= Store.open());
  const handlers = createHandlers();
  const links = createLinkService(async () => {
    const s = await store();
    return {
      perHost: await s.setting('perHost', SETTING_DEFAULTS.perHost),
      overall: await s.setting('overall', SETTING_DEFAULTS.overall),
    };
  });

  void navigator.storage?.persist?.().catch(() => false);
  // How often this browser session's worker has started: a stop and restart shows here.
  void browser.storage.session
    .get('workerStarts')
    .then((v) => browser.storage.session.set({ workerStarts: (Number(v.workerStarts) || 0) + 1 }))
    .catch(() => {});

  // One registration per unit: a prefix the browser refuses drops that unit's script only, and
  // the others keep running. Old registrations (the single shared one included) are dropped.
  async function syncUnitScripts() {
    const units = await (await store()).units();
    const wanted = new Map<string, string[]>();
    for (const u of units) {
      const matches = [...new Set(u.prefixes.map(toMatchPattern).filter((m): m is string => !!m))];
      if (matches.length) wanted.set(`${UNIT_SCRIPT}${u.id}`, matches);
    }
    const existing = await browser.scripting.getRegisteredContentScripts().catch(() => []);
    const stale = existing.map((r) => r.id).filter((id) => id === DYNAMIC_ID || id.startsWith(UNIT_SCRIPT));
    if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale }).catch(() => {});
    for (const [id, matches] of wanted) {
      try {
        await browser.scripting.registerContentScripts([
          { id, js: [CONTENT_SCRIPT], matches, runAt: 'document_idle', persistAcrossSessions: true },
        ]);
      } catch (e) {
        console.warn(`site-patrol: the browser refused ${id}'s addresses`, matches, e);
      }
    }
  }

  async function ensureScanner(tabId: number): Promise<boolean> {
    try {
      await browser.tabs.sendMessage(tabId, { type: 'scan:ping' });
      return true;
    } catch {
      await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
      return true;
    }
  }

  function dispatch(msg: Message, ctx: HandlerContext): Promise<unknown> {
    const handler = handlers[msg.type] as (m: Message, c: HandlerContext) => Promise<unknown>;
    return handler(msg, ctx);
  }

  /** An extension page (popup, side panel, options) or a content script in some web page. */
  function senderOf(sender: { id?: string; url?: string }): Sender | undefined {
    if (sender.id !== browser.runtime.id) return undefined;
    return sender.url?.startsWith(browser.runtime.getURL('/')) ? 'extension' : 'content';
  }

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if ((raw as { type?: string })?.type === 'scan:ping') return undefined; // meant for content scripts
    const from = senderOf(sender);
    if (!from) return Promise.resolve({ error: '未知发送方 / unknown sender' });
    const parsed = parseMessage(raw, from);
    if ('error' in parsed) return Promise.resolve({ error: parsed.error });
    return store()
      .then((s) =>
        dispatch(parsed.msg, {
          store: s,
          from,
          sender: sender as { tab?: { id?: number; url?: string } },
          links,
          syncUnitScripts,
          ensureScanner,
        }),
      )
      .then(
        (result) => ({ ok: true, result }),
        (e: unknown) => ({ error: e instanceof Error ? e.message : String(e) }),
      );
  });

  browser.runtime.onInstalled.addListener(() => void syncUnitScripts());
  browser.runtime.onStartup.addListener(() => void syncUnitScripts());
  // A host the inspector has just allowed: its unit's pages are checked from the next load on.
  browser.permissions?.onAdded?.addListener(() => void syncUnitScripts());
  if (import.meta.env.BROWSER !== 'firefox') {
    // The side panel opens from the extension's own menu; the toolbar click stays the popup.
    void (browser as unknown as { sidePanel?: { setPanelBehavior(o: object): Promise<void> } }).sidePanel
      ?.setPanelBehavior({ openPanelOnActionClick: false })
      .catch(() => {});
  }
});
