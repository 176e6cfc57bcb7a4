// One handler per message type (lib/messages.ts): the compiler points at any message without one.
import { browser } from 'wxt/browser';
import { NATIONAL_PROFILE } from '../../lib/domain/profile';
import { dedupeKey, matchUnit, newId } from '../../lib/domain/model';
import { readSettings, SETTING_DEFAULTS, type Settings } from '../../lib/domain/settings';
import { makeEnvelope } from '../../lib/exchange/export';
import {
  planMerge,
  validateFiles,
  type ImportFile,
  type ImportProblem,
  type MergePlan,
} from '../../lib/exchange/importer';
import type { CategoryId } from '../../lib/engine/types';
import type { Handlers, Sender, State } from '../../lib/messages';
import { applyImport, snapshot, type Store } from '../../lib/storage/store';
import { readImportFile } from './imports';
import type { LinkService } from './links';
import { MESSAGES } from '../../components/shared/i18n';
import { OVERLAY_CSS } from '../../components/overlay/styles';
import { withSeed } from '../../lib/engine/public-scan';
import type { WordingEntry } from '../../lib/engine/wording/types';
import { mergeWording } from '../../lib/exchange/wording';

export interface HandlerContext {
  store: Store;
  /** Who sent the message: an extension page, or a content script inside a web page. */
  from: Sender;
  sender: { tab?: { id?: number; url?: string } };
  links(): Promise<LinkService>;
  syncUnitScripts(): Promise<void>;
  ensureScanner(tabId: number): Promise<boolean>;
}

type Pending = {
  envelopes: ReturnType<typeof validateFiles>['envelopes'];
  plan: MergePlan;
  generation: number;
};

export function createHandlers(): Handlers<HandlerContext> {
  // Validated files wait for the supervisor's confirmation under a token, so they cross the
  // message channel once.
  const pendingImports = new Map<string, Pending>();
  return {
    'state:get': async (_m, { store: s, sender }) => {
      const units = await s.units();
      return {
        round: await s.currentRound(),
        rounds: await s.rounds(),
        units,
        // The unit of the sending tab's page, by the address the browser reports (not the page's word).
        pageUnit: sender.tab?.url ? matchUnit(units, sender.tab.url) : undefined,
        profile: await s.setting('profile', NATIONAL_PROFILE),
        overrides: await s.setting<Record<string, Record<string, CategoryId>>>('overrides', {}),
        corners: await s.setting<State['corners']>('overlayCorners', {}),
        settings: await readSettings((key, fallback) => s.setting(key, fallback)),
      };
    },
    'text:get': async (m) => MESSAGES[m.lang],
    // The overlay's style sheet, sent to content scripts rather than bundled into every page's.
    'overlay:css': async () => OVERLAY_CSS,
    'finding:save': async (m, { store, from }) =>
      // From inside a web page, the inspector's name is never taken from the page's side: the
      // background writes it from settings (the overlay does not hold it at all).
      store.saveFinding(
        from === 'content'
          ? { ...m.finding, inspector: await store.setting('inspector', SETTING_DEFAULTS.inspector) }
          : m.finding,
      ),
    'finding:delete': (m, { store }) => store.deleteFinding(m.id),
    'findings:list': async (m, { store }) => store.findings(m.roundId ?? (await store.currentRound()).id),
    'findings:page': async (m, { store }) => {
      const page = m.pageUrl.replace(/#.*$/, '');
      const all = await store.findings((await store.currentRound()).id);
      return all.filter((f) => f.pageUrl.replace(/#.*$/, '') === page).map(dedupeKey);
    },
    'unit:save': async (m, c) => {
      const unit = await c.store.saveUnit(m.unit);
      await c.syncUnitScripts();
      return unit;
    },
    'units:import': async (m, c) => {
      const result = await c.store.saveUnits(m.units);
      await c.syncUnitScripts();
      return result;
    },
    'unit:delete': async (m, c) => {
      await c.store.deleteUnit(m.id);
      await c.syncUnitScripts();
      return true;
    },
    'round:save': (m, { store }) => store.saveRound(m.round, m.select),
    'round:select': async (m, { store }) => {
      await store.setSetting('currentRoundId', m.id);
      return store.currentRound();
    },
    'profile:set': async (m, { store }) => {
      await store.setSetting('profile', m.profile);
      return true;
    },
    'overlay:corner': async (m, { store }) => {
      const corners = await store.setting<State['corners']>('overlayCorners', {});
      // Bounded: the sites an inspector visits, not every page a hostile script could name.
      const kept = Object.entries({ ...corners, [m.site]: m.corner }).slice(-500);
      await store.setSetting('overlayCorners', Object.fromEntries(kept));
      return true;
    },
    'override:set': async (m, { store }) => {
      // Remembered per site: the same column name can be news on one site and a notice list on another.
      const all = await store.setting<Record<string, Record<string, CategoryId>>>('overrides', {});
      const site = { ...(all[m.site] ?? {}) };
      if (m.category) site[m.column] = m.category;
      else delete site[m.column];
      await store.setSetting('overrides', { ...all, [m.site]: site });
      return true;
    },
    'settings:set': async (m, { store }) => {
      if (typeof m.value !== typeof SETTING_DEFAULTS[m.key as keyof Settings]) {
        throw new Error(`设置“${m.key}”的值类型不对 / wrong value type for ${m.key}`);
      }
      await store.setSetting(m.key, m.value);
      return true;
    },
    'export:json': async (m, { store }) => {
      const round = m.roundId
        ? (await store.rounds()).find((r) => r.id === m.roundId)
        : await store.currentRound();
      if (!round) throw new Error('没有这个检查轮次 / no such round');
      const env = makeEnvelope(round, await store.units(), await store.findings(round.id));
      const entries = await store.setting<WordingEntry[]>('wording', []);
      return entries.length ? { ...env, wording: { entries } } : env;
    },
    'import:preview': async (m, { store }) => {
      // Everything is validated before anything is written.
      const read = await Promise.all(m.files.map(readImportFile));
      const unreadable = read
        .filter((r): r is { problem: ImportProblem } => 'problem' in r)
        .map((r) => r.problem);
      if (unreadable.length) return { problems: unreadable, summary: null };
      const known = {
        rounds: new Set((await store.rounds()).map((r) => r.id)),
        units: new Set((await store.units()).map((u) => u.id)),
      };
      const { envelopes, problems } = validateFiles(read as ImportFile[], new Date(), known);
      if (problems.length) return { problems, summary: null };
      const generation = store.generation;
      const plan = planMerge(await snapshot(store), envelopes);
      const token = newId('import');
      pendingImports.clear();
      pendingImports.set(token, { envelopes, plan, generation });
      return { problems: [], summary: plan.summary, token };
    },
    'import:apply': async (m, c) => {
      const { store } = c;
      const pending = pendingImports.get(m.token);
      if (!pending)
        throw new Error('导入已过期，请重新选择文件 / the preview expired; choose the files again');
      // Planned again if anything was written since the preview, so nothing recorded meanwhile is lost.
      const plan =
        store.generation === pending.generation
          ? pending.plan
          : planMerge(await snapshot(store), pending.envelopes);
      await applyImport(store, plan);
      // A supervisor's dictionary travels in the file: merged into this office's.
      const shared = pending.envelopes.flatMap((e) => e.env.wording?.entries ?? []);
      if (shared.length) {
        await store.setSetting(
          'wording',
          mergeWording(await store.setting<WordingEntry[]>('wording', []), shared),
        );
      }
      pendingImports.delete(m.token);
      // The panel shows what was imported: the files' round becomes the current one when the
      // current round is still empty; otherwise the panel offers to switch.
      const current = await store.currentRound();
      const [only] = plan.targets.length === 1 ? plan.targets : [];
      if (only && only !== current.id && !(await store.findings(current.id)).length)
        await store.setSetting('currentRoundId', only);
      const target = only ? (await store.rounds()).find((r) => r.id === only) : undefined;
      // Imported units' addresses start being watched now, not at the next browser start.
      if (plan.units.length) await c.syncUnitScripts();
      return {
        problems: [],
        summary: plan.summary,
        target: target && { id: target.id, name: target.name },
      };
    },
    'round:verdict': async (m, { store }) => {
      const round = await store.currentRound();
      const verdicts = { ...(round.verdicts ?? {}) };
      if (m.verdict) verdicts[m.unitId] = m.verdict;
      else delete verdicts[m.unitId];
      return store.saveRound({ ...round, verdicts });
    },
    'round:previous': async (m, { store }) => {
      const round = await store.currentRound();
      return store.saveRound({ ...round, previousRoundId: m.roundId || undefined });
    },
    'findings:previous': async (_m, { store }) => {
      const round = await store.currentRound();
      return round.previousRoundId ? store.findings(round.previousRoundId) : [];
    },
    'rectification:set': async (m, { store }) => {
      const f = await store.finding(m.id);
      if (!f) throw new Error('没有这条记录 / no such finding');
      return store.saveFinding({ ...f, rectification: m.status });
    },
    'screenshot:get': (m, { store }) => store.screenshot(m.id),
    'wording:get': async (m, { store }) => {
      const exceptions = await store.setting<Record<string, string[]>>('wordingExceptions', {});
      return withSeed({
        entries: await store.setting<WordingEntry[]>('wording', []),
        exceptions: exceptions[m.site] ?? [],
      });
    },
    'wording:dictionary': (_m, { store }) => store.setting<WordingEntry[]>('wording', []),
    'wording:set': async (m, { store }) => {
      await store.setSetting('wording', m.entries);
      return { count: m.entries.length };
    },
    'wording:except': async (m, { store }) => {
      // "Not a problem here": remembered for the site, like a column's category.
      const all = await store.setting<Record<string, string[]>>('wordingExceptions', {});
      const site = new Set(all[m.site] ?? []);
      if (m.add) site.add(m.wrong);
      else site.delete(m.wrong);
      await store.setSetting('wordingExceptions', { ...all, [m.site]: [...site] });
      return true;
    },
    'scan:ensure': (m, c) => c.ensureScanner(m.tabId),
    'scan:report': async (m, { sender }) => {
      const tabId = sender.tab?.id;
      if (tabId !== undefined) {
        const n = m.flags + m.warns;
        // "!" on a page that blocked the overlay: the inspector opens the popup for the results.
        await browser.action.setBadgeText({ tabId, text: m.blocked ? '!' : n ? String(n) : '' });
        await browser.action.setBadgeBackgroundColor({
          tabId,
          color: m.blocked ? '#1d4ed8' : m.flags ? '#b91c1c' : '#b45309',
        });
      }
      return true;
    },
    // The page's own address decides whether private targets may be checked (an intranet site's).
    'links:check': async (m, c) => (await c.links()).checkAll(m.urls, c.sender.tab?.url, c.sender.tab?.id),
    'links:access': async (m, c) => (await c.links()).needed(m.tabId),
    'screenshot:capture': async (m, { store }) => {
      // The browser allows a capture only for the tab the toolbar button (or its shortcut) was used
      // on, or with access to all sites, which the tool does not hold unless the inspector allowed it.
      const dataUrl = await browser.tabs
        .captureVisibleTab(m.windowId ?? browser.windows.WINDOW_ID_CURRENT, { format: 'jpeg', quality: 70 })
        .catch((e: unknown) => {
          if (/activeTab|all_urls|permission/i.test(String((e as Error)?.message ?? e)))
            throw new Error(
              '问题已记录，但未能截图：请从浏览器工具栏的“巡网助手”按钮（或 Alt+Shift+X）打开本窗口后再截图。' +
                ' / Recorded, but no screenshot: open this window from the toolbar button (or Alt+Shift+X).',
            );
          throw e;
        });
      return store.saveScreenshot(m.findingId, dataUrl);
    },
  };
}
