// The background is the only writer of stored findings. Every message is validated before it
// touches the store; the scanner is injected on demand and registered for units' sites.
import { browser } from 'wxt/browser';
import { makeEnvelope } from '../lib/exchange/export';
import { NATIONAL_PROFILE } from '../lib/domain/profile';
import { createLinkChecker, type LinkChecker } from '../lib/linkcheck/index';
import type { LinkVerdict } from '../lib/engine/types';
import { newId, toMatchPattern } from '../lib/domain/model';
import { describeIssues, messageSchema, type Message } from '../lib/exchange/schema';
import { applyImport, snapshot, Store } from '../lib/storage/store';
import {
  planMerge,
  sizeProblem,
  validateFiles,
  type ImportFile,
  type ImportProblem,
  type MergePlan,
} from '../lib/exchange/importer';

const CONTENT_SCRIPT = '/content-scripts/content.js';
const DYNAMIC_ID = 'site-patrol-units';

export default defineBackground(() => {
  let storePromise: Promise<Store> | undefined;
  const pendingImports = new Map<
    string,
    { envelopes: ReturnType<typeof validateFiles>['envelopes']; plan: MergePlan; generation: number }
  >();
  const store = () => (storePromise ??= Store.open());
  const links = createLinkService(async () => {
    const s = await store();
    return { perHost: await s.setting('perHost', 4), overall: await s.setting('overall', 16) };
  });

  void navigator.storage?.persist?.().catch(() => false);
  // How often this browser session's worker has started: a stop and restart shows here.
  void browser.storage.session
    .get('workerStarts')
    .then((v) => browser.storage.session.set({ workerStarts: (Number(v.workerStarts) || 0) + 1 }))
    .catch(() => {});

  async function syncUnitScripts() {
    const units = await (await store()).units();
    const matches = [
      ...new Set(
        units
          .flatMap((u) => u.prefixes)
          .map(toMatchPattern)
          .filter((m): m is string => !!m),
      ),
    ];
    try {
      await browser.scripting.unregisterContentScripts({ ids: [DYNAMIC_ID] }).catch(() => {});
      if (matches.length) {
        await browser.scripting.registerContentScripts([
          {
            id: DYNAMIC_ID,
            js: [CONTENT_SCRIPT],
            matches,
            runAt: 'document_idle',
            persistAcrossSessions: true,
          },
        ]);
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

  async function handle(
    msg: Message,
    sender: { tab?: { id?: number; windowId?: number } },
  ): Promise<unknown> {
    const s = await store();
    switch (msg.type) {
      case 'state:get': {
        const round = await s.currentRound();
        return {
          round,
          rounds: await s.rounds(),
          units: await s.units(),
          profile: await s.setting('profile', NATIONAL_PROFILE),
          overrides: await s.setting('overrides', {}),
          settings: {
            inspector: await s.setting('inspector', ''),
            lang: await s.setting('lang', 'zh'),
            autoLinks: await s.setting('autoLinks', true),
            trainee: await s.setting('trainee', false),
            linkCap: await s.setting('linkCap', 1500),
            perHost: await s.setting('perHost', 4),
            overall: await s.setting('overall', 16),
          },
        };
      }
      case 'finding:save':
        return s.saveFinding(msg.finding);
      case 'finding:delete':
        return s.deleteFinding(msg.id);
      case 'findings:list': {
        const roundId = msg.roundId ?? (await s.currentRound()).id;
        return s.findings(roundId);
      }
      case 'unit:save': {
        const unit = await s.saveUnit(msg.unit);
        await syncUnitScripts();
        return unit;
      }
      case 'units:import': {
        const result = await s.saveUnits(msg.units);
        await syncUnitScripts();
        return result;
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
      case 'profile:set':
        await s.setSetting('profile', msg.profile);
        return true;
      case 'override:set': {
        // Remembered per site: the same column name can be news on one site and a notice list on another.
        const all = await s.setting<Record<string, Record<string, string>>>('overrides', {});
        const site = { ...(all[msg.site] ?? {}) };
        if (msg.category) site[msg.column] = msg.category;
        else delete site[msg.column];
        await s.setSetting('overrides', { ...all, [msg.site]: site });
        return true;
      }
      case 'settings:set':
        await s.setSetting(msg.key, msg.value);
        return true;
      case 'export:json': {
        const round = msg.roundId
          ? (await s.rounds()).find((r) => r.id === msg.roundId)
          : await s.currentRound();
        if (!round) throw new Error('没有这个检查轮次 / no such round');
        return makeEnvelope(round, await s.units(), await s.findings(round.id));
      }
      case 'import:preview': {
        // Everything is validated before anything is written; the validated files wait for the
        // supervisor's confirmation under a token, so they cross the message channel once.
        const read = await Promise.all(msg.files.map(readImportFile));
        const unreadable = read
          .filter((r) => 'problem' in r)
          .map((r) => (r as { problem: ImportProblem }).problem);
        if (unreadable.length) return { problems: unreadable, summary: null };
        const { envelopes, problems } = validateFiles(read as ImportFile[]);
        if (problems.length) return { problems, summary: null };
        const generation = s.generation;
        const plan = planMerge(await snapshot(s), envelopes);
        const token = newId('import');
        pendingImports.clear();
        pendingImports.set(token, { envelopes, plan, generation });
        return { problems: [], summary: plan.summary, token };
      }
      case 'import:apply': {
        const pending = pendingImports.get(msg.token);
        if (!pending)
          throw new Error('导入已过期，请重新选择文件 / the preview expired; choose the files again');
        // Planned again if anything was written since the preview, so nothing recorded meanwhile is lost.
        const plan =
          s.generation === pending.generation
            ? pending.plan
            : planMerge(await snapshot(s), pending.envelopes);
        await applyImport(s, plan);
        pendingImports.delete(msg.token);
        return { problems: [], summary: plan.summary };
      }
      case 'round:verdict': {
        const round = await s.currentRound();
        const verdicts = { ...(round.verdicts ?? {}) };
        if (msg.verdict) verdicts[msg.unitId] = msg.verdict;
        else delete verdicts[msg.unitId];
        return s.saveRound({ ...round, verdicts });
      }
      case 'round:previous': {
        const round = await s.currentRound();
        return s.saveRound({ ...round, previousRoundId: msg.roundId || undefined });
      }
      case 'findings:previous': {
        const round = await s.currentRound();
        return round.previousRoundId ? await s.findings(round.previousRoundId) : [];
      }
      case 'rectification:set': {
        const f = await s.finding(msg.id);
        if (!f) throw new Error('没有这条记录 / no such finding');
        return s.saveFinding({ ...f, rectification: msg.status });
      }
      case 'screenshot:get':
        return s.screenshot(msg.id);
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
        return (await links()).checkAll(msg.urls);
      case 'screenshot:capture': {
        const dataUrl = await browser.tabs.captureVisibleTab(
          msg.windowId ?? browser.windows.WINDOW_ID_CURRENT,
          { format: 'jpeg', quality: 70 },
        );
        return s.saveScreenshot(msg.findingId, dataUrl);
      }
    }
  }

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if ((raw as { type?: string })?.type === 'scan:ping') return undefined; // meant for content scripts
    const parsed = messageSchema.safeParse(raw);
    if (!parsed.success)
      return Promise.resolve({
        error: `消息格式错误 / bad message: ${describeIssues(parsed.error).join('; ')}`,
      });
    return handle(parsed.data, sender as { tab?: { id?: number } }).then(
      (result) => ({ ok: true, result }),
      (e: unknown) => ({ error: e instanceof Error ? e.message : String(e) }),
    );
  });

  browser.runtime.onInstalled.addListener(() => void syncUnitScripts());
  browser.runtime.onStartup.addListener(() => void syncUnitScripts());
  if (import.meta.env.BROWSER !== 'firefox') {
    // The side panel opens from the extension's own menu; the toolbar click stays the popup.
    void (browser as unknown as { sidePanel?: { setPanelBehavior(o: object): Promise<void> } }).sidePanel
      ?.setPanelBehavior({ openPanelOnActionClick: false })
      .catch(() => {});
  }
});

const NET_ERRORS: Record<string, string> = {
  'net::ERR_NAME_NOT_RESOLVED': '无法解析域名',
  'net::ERR_NAME_RESOLUTION_FAILED': '无法解析域名',
  'net::ERR_CONNECTION_REFUSED': '拒绝连接',
  'net::ERR_CONNECTION_RESET': '连接被重置',
  'net::ERR_CONNECTION_TIMED_OUT': '超时',
  'net::ERR_TIMED_OUT': '超时',
  'net::ERR_ADDRESS_UNREACHABLE': '无法访问',
  'net::ERR_SSL_PROTOCOL_ERROR': '证书错误',
};

/**
 * The link checker of this browser session: verdicts are kept in storage.session so a service
 * worker that the browser stopped and restarted reuses them instead of checking again.
 */
function createLinkService(caps: () => Promise<{ perHost: number; overall: number }>) {
  const netErrors = new Map<string, string>();
  // fetch() only says "Failed to fetch"; the network layer says why.
  browser.webRequest?.onErrorOccurred.addListener(
    (d) => {
      if (d.tabId === -1) netErrors.set(d.url, d.error);
    },
    { urls: ['<all_urls>'] },
  );

  let ready: Promise<{ checkAll(urls: string[]): Promise<LinkVerdict[]> }> | undefined;
  return () =>
    (ready ??= (async () => {
      const saved = ((await browser.storage.session.get('linkVerdicts')).linkVerdicts ?? {}) as Record<
        string,
        LinkVerdict
      >;
      const { perHost, overall } = await caps();
      const checker: LinkChecker = createLinkChecker({
        perHost,
        overall,
        explainError: async (url) => {
          await new Promise((r) => setTimeout(r, 30)); // the webRequest event may trail the rejection
          const code = netErrors.get(url) ?? netErrors.get(url.replace(/\/$/, ''));
          return code ? (NET_ERRORS[code] ?? code.replace(/^net::/, '')) : undefined;
        },
      });
      let dirty = false;
      const persist = () => {
        if (dirty) return;
        dirty = true;
        setTimeout(() => {
          dirty = false;
          void browser.storage.session.set({ linkVerdicts: saved }).catch(() => {});
        }, 500);
      };
      return {
        checkAll: (urls: string[]) =>
          Promise.all(
            urls.map(async (u) => {
              const key = u.replace(/#.*$/, '');
              const known = saved[key];
              if (known) return known;
              const v = await checker.check(u);
              if (v.verdict !== 'skipped') {
                saved[key] = v;
                persist();
              }
              return v;
            }),
          ),
      };
    })());
}

/**
 * An import file handed over as a blob: URL of the extension's own side panel: 50 MB read here
 * directly instead of being serialised through runtime messaging (~2.5 s of the import budget).
 */
async function readImportFile(
  f: { name: string; text: string } | { name: string; url: string },
): Promise<ImportFile | { problem: ImportProblem }> {
  if ('text' in f) return f;
  const cantRead = {
    problem: {
      file: f.name,
      message: '无法读取文件，请重新选择 / the file could not be read; choose it again',
    },
  };
  if (!f.url.startsWith(`blob:${location.origin}/`)) return cantRead;
  try {
    const blob = await (await fetch(f.url)).blob();
    const tooLarge = sizeProblem(f.name, blob.size);
    return tooLarge ? { problem: tooLarge } : { name: f.name, text: await blob.text() };
  } catch {
    return cantRead;
  }
}
