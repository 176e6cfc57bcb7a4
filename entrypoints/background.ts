// The background is the only writer of stored findings. Every message is validated before it
// touches the store; the scanner is injected on demand and registered for units' sites.
import { browser } from 'wxt/browser';
import { makeEnvelope } from '../lib/export';
import { createLinkChecker } from '../lib/linkcheck';
import { toMatchPattern } from '../lib/model';
import { describeIssues, messageSchema, type Message } from '../lib/schema';
import { plainFinding, Store } from '../lib/store';

const CONTENT_SCRIPT = '/content-scripts/content.js';
const DYNAMIC_ID = 'site-patrol-units';

export default defineBackground(() => {
  let storePromise: Promise<Store> | undefined;
  const store = () => (storePromise ??= Store.open());
  // Session cache of link verdicts shared by every tab; a restarted worker starts a new session.
  const links = createLinkChecker();

  void navigator.storage?.persist?.().catch(() => false);

  async function syncUnitScripts() {
    const units = await (await store()).units();
    const matches = [...new Set(units.flatMap((u) => u.prefixes).map(toMatchPattern).filter((m): m is string => !!m))];
    try {
      await browser.scripting.unregisterContentScripts({ ids: [DYNAMIC_ID] }).catch(() => {});
      if (matches.length) {
        await browser.scripting.registerContentScripts([{ id: DYNAMIC_ID, js: [CONTENT_SCRIPT], matches, runAt: 'document_idle', persistAcrossSessions: true }]);
      }
    } catch (e) {
      console.warn('site-patrol: cannot register unit scripts', e);
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

  async function handle(msg: Message, sender: { tab?: { id?: number; windowId?: number } }): Promise<unknown> {
    const s = await store();
    switch (msg.type) {
      case 'state:get': {
        const round = await s.currentRound();
        return {
          round, rounds: await s.rounds(), units: await s.units(),
          settings: { inspector: await s.setting('inspector', ''), lang: await s.setting('lang', 'zh'), autoLinks: await s.setting('autoLinks', true), trainee: await s.setting('trainee', false) },
        };
      }
      case 'finding:save':
        return s.saveFinding(msg.finding);
      case 'finding:delete':
        return s.deleteFinding(msg.id);
      case 'findings:list': {
        const roundId = msg.roundId ?? (await s.currentRound()).id;
        return (await s.findings(roundId)).map(plainFinding);
      }
      case 'unit:save': {
        const unit = await s.saveUnit(msg.unit);
        await syncUnitScripts();
        return unit;
      }
      case 'unit:delete':
        await s.deleteUnit(msg.id);
        await syncUnitScripts();
        return true;
      case 'round:save':
        return s.saveRound(msg.round, msg.select);
      case 'round:select':
        await s.setSetting('currentRoundId', msg.id);
        return s.currentRound();
      case 'settings:set':
        await s.setSetting(msg.key, msg.value);
        return true;
      case 'export:json': {
        const round = msg.roundId ? (await s.rounds()).find((r) => r.id === msg.roundId) : await s.currentRound();
        if (!round) throw new Error('没有这个检查轮次 / no such round');
        return makeEnvelope(round, await s.units(), (await s.findings(round.id)).map(plainFinding));
      }
      case 'scan:ensure':
        return ensureScanner(msg.tabId);
      case 'scan:report': {
        const tabId = sender.tab?.id;
        if (tabId !== undefined) {
          const n = msg.flags + msg.warns;
          await browser.action.setBadgeText({ tabId, text: n ? String(n) : '' });
          await browser.action.setBadgeBackgroundColor({ tabId, color: msg.flags ? '#b91c1c' : '#b45309' });
        }
        return true;
      }
      case 'links:check':
        return Promise.all(msg.urls.map((u) => links.check(u)));
      case 'screenshot:capture': {
        const dataUrl = await browser.tabs.captureVisibleTab(msg.windowId ?? browser.windows.WINDOW_ID_CURRENT, { format: 'jpeg', quality: 70 });
        return s.saveScreenshot(msg.findingId, dataUrl);
      }
    }
  }

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if ((raw as { type?: string })?.type === 'scan:ping') return undefined; // meant for content scripts
    const parsed = messageSchema.safeParse(raw);
    if (!parsed.success) return Promise.resolve({ error: `消息格式错误 / bad message: ${describeIssues(parsed.error).join('; ')}` });
    return handle(parsed.data, sender as { tab?: { id?: number } }).then(
      (result) => ({ ok: true, result }),
      (e: unknown) => ({ error: e instanceof Error ? e.message : String(e) }),
    );
  });

  browser.runtime.onInstalled.addListener(() => void syncUnitScripts());
  browser.runtime.onStartup.addListener(() => void syncUnitScripts());
  if (import.meta.env.BROWSER !== 'firefox') {
    // The side panel opens from the extension's own menu; the toolbar click stays the popup.
    void (browser as unknown as { sidePanel?: { setPanelBehavior(o: object): Promise<void> } }).sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => {});
  }
});
