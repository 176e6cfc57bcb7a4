// The content script: waits for the page to settle, runs the engine, shows the overlay inside a
// shadow root, re-scans when lists change, and asks the background to check links.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentHandlers, ContentMessage, State } from '../../lib/messages';
import { call } from '../../components/shared/messaging';
import { Overlay, type OverlayFlag } from '../../components/overlay/Overlay';
import { mountOverlay } from './mount';
import { formatDate, parseIsoDay } from '../../lib/engine/dates';
import { scanPage } from '../../lib/engine/scan';
import type { FindingInput } from '../../lib/domain/model';
import { toRecord, type ScanSummary } from '../../lib/engine/records';
import { linkFlag, orderForChecking } from '../../lib/engine/linkflags';
import {
  CATEGORY_IDS,
  type CategoryId,
  type LinkVerdict,
  type PageScan,
  type Profile,
} from '../../lib/engine/types';
import { registerText, type TextTable } from '../../components/shared/text';

const QUIET_MS = 600;
const MAX_SETTLE_MS = 6000;
const RESCAN_MIN_INTERVAL = 500;
const LINK_BATCH = 40;

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  runAt: 'document_idle',
  main(ctx) {
    void start(ctx.onInvalidated.bind(ctx));
  },
});

async function start(onInvalidated: (cb: () => void) => void) {
  let state: State;
  try {
    state = await call({ type: 'state:get' });
  } catch {
    return; // extension context gone (reloaded); nothing to show
  }
  const asOf = parseIsoDay(state.round.asOf) ?? new Date();
  const unit = state.pageUnit;
  const lang = state.settings.lang === 'en' ? 'en' : 'zh';
  const site = location.host;
  // The UI text, the overlay's styles and the 错敏词 dictionary (the seed and the office's) come from
  // the background in one round trip's time: none ships in this script.
  const [text, css, fetched] = await Promise.all([
    call({ type: 'text:get', lang }).catch(() => ({})),
    call({ type: 'overlay:css' }).catch(() => ''),
    call({ type: 'wording:get', site }).catch(() => undefined),
  ]);
  registerText(lang, text as TextTable);
  let wording = fetched;
  let profile: Profile = { ...state.profile, overrides: state.overrides[site] ?? {} };

  // Never throws: a page that breaks the overlay still gets scanned, and the popup says so.
  let blocked = false;
  const overlay = mountOverlay(
    css,
    () => draw(),
    () => {
      blocked = true;
      report();
    },
  );

  let scan: PageScan | undefined;
  let pageFlags: OverlayFlag[] = [];
  let linkFlags: OverlayFlag[] = [];
  let progress: { done: number; total: number; partial: boolean } | undefined;
  let scanning = true;
  let lastScan = 0;
  let pending: number | undefined;
  let linksRun = 0;
  let linksBusy = false;
  let rescans = 0;
  let changed = false;
  let revealing: { key: string; seq: number } | undefined;

  const draw = () => {
    if (!overlay || blocked) return;
    render(
      <Overlay
        flags={[...pageFlags, ...linkFlags]}
        lang={lang}
        scanning={scanning}
        openExplanations={state.settings.trainee}
        linkProgress={progress && { ...progress, running: linksBusy }}
        checklistUrl={(rule) => browser.runtime.getURL(`/options.html#${rule}`)}
        categories={profile.categories.map((c) => ({ id: c.id, name: c.name }))}
        onCategory={(column, chosen) => {
          const category = (CATEGORY_IDS as readonly string[]).includes(chosen) ? (chosen as CategoryId) : '';
          const overrides = { ...profile.overrides };
          if (category) overrides[column] = category;
          else delete overrides[column];
          profile = { ...profile, overrides };
          void call({ type: 'override:set', site, column, category }).catch(() => {});
          runScan();
        }}
        trustedOnly
        corner={state.corners?.[site] ?? 'br'}
        onCorner={(corner) => void call({ type: 'overlay:corner', site, corner }).catch(() => {})}
        rescans={rescans}
        reveal={revealing}
        onExcept={(wrong) => {
          void call({ type: 'wording:except', site, wrong, add: true })
            .then(() => call({ type: 'wording:get', site }))
            .then((w) => {
              wording = w;
              runScan();
            })
            .catch(() => {});
        }}
        recorder={{
          context: {
            roundId: state.round.id,
            unitId: unit?.id ?? '',
            unitName: unit?.name,
            pageUrl: location.href,
            pageTitle: document.title,
            inspector: '',
          },
          save: (finding: FindingInput) => call({ type: 'finding:save', finding }),
        }}
      />,
      overlay.mount(),
    );
  };

  const runScan = () => {
    pending = undefined;
    lastScan = performance.now();
    scan = scanPage(document, { asOf, url: location.href, profile, wording });
    if (changed) rescans++;
    changed = false;
    scanning = false;
    pageFlags = scan.flags.map((f) => ({ ...toRecord(f), element: f.element }));
    draw();
    report();
  };

  function report() {
    const flags = [...pageFlags, ...linkFlags];
    void call({
      type: 'scan:report',
      url: location.href,
      flags: flags.filter((f) => f.level === 'flag').length,
      warns: flags.filter((f) => f.level === 'warn').length,
      blocked,
    }).catch(() => {});
  }

  // Re-scan when lists change, debounced and at most about twice a second.
  const schedule = (delay = QUIET_MS) => {
    if (pending !== undefined) clearTimeout(pending);
    const wait = Math.max(delay, RESCAN_MIN_INTERVAL - (performance.now() - lastScan));
    pending = window.setTimeout(runScan, wait);
  };

  // Only a change of the page itself shows the "checked again" cue, not the inspector's own edits.
  const observer = new MutationObserver(() => {
    changed = true;
    schedule();
  });

  const checkLinks = async () => {
    if (!scan) return;
    // One check at a time: pressing 检查链接 during the automatic check adds nothing twice.
    if (linksBusy) return;
    linksBusy = true;
    try {
      await runLinkCheck();
    } finally {
      linksBusy = false;
      draw();
    }
  };

  const runLinkCheck = async () => {
    if (!scan) return;
    const run = ++linksRun;
    const ordered = orderForChecking(
      scan.links.filter((l) => l.kind !== 'image'),
      window.innerHeight,
    );
    const cap = state.settings.linkCap || 1500;
    const targets = ordered.slice(0, cap);
    progress = { done: 0, total: targets.length, partial: ordered.length > cap };
    linkFlags = [];
    const flagged = new Set<string>();
    draw();
    for (let i = 0; i < targets.length && run === linksRun; i += LINK_BATCH) {
      const batch = targets.slice(i, i + LINK_BATCH);
      let verdicts: LinkVerdict[] | undefined;
      // A batch lost to a service-worker restart is asked again once; if that fails too, the rest
      // stays unchecked (progress below the total), never shown as fine.
      for (let attempt = 0; attempt < 2 && !verdicts; attempt++) {
        verdicts = await call({ type: 'links:check', urls: batch.map((l) => l.url) }).catch(() => undefined);
      }
      if (!verdicts) break;
      verdicts.forEach((v, j) => {
        const f = linkFlag(batch[j], v);
        // One flag per address: the same dead link twice on a page is one problem.
        if (f && !flagged.has(`${f.rule} ${f.href}`)) {
          flagged.add(`${f.rule} ${f.href}`);
          linkFlags.push({ ...toRecord(f), element: f.element });
        }
      });
      progress = { ...progress, done: Math.min(targets.length, i + batch.length) };
      draw();
    }
  };

  const reveal = (key?: string, selector?: string): boolean => {
    let el: Element | null | undefined = [...pageFlags, ...linkFlags].find((x) => x.key === key)?.element;
    if (!el && selector) {
      try {
        el = document.querySelector(selector);
      } catch {
        el = null;
      }
    }
    el?.scrollIntoView({ block: 'center' });
    // The overlay flashes the element and opens its explanation.
    // Or, the element gone (the page changed since it was recorded), says so.
    const flag = el && [...pageFlags, ...linkFlags].find((x) => x.element === el);
    if (flag || (scan && !el)) {
      revealing = { key: flag ? flag.key : '', seq: (revealing?.seq ?? 0) + 1 };
      draw();
    }
    return !!el;
  };
  const handlers: ContentHandlers = {
    'scan:ping': async () => true,
    'scan:get': async () => summary(),
    'links:run': async () => {
      void checkLinks();
      return true;
    },
    'scan:reveal': async (m) => reveal(m.key, m.selector),
  };
  browser.runtime.onMessage.addListener((msg: unknown) => {
    const type = (msg as { type?: string } | null)?.type;
    if (!type || !Object.hasOwn(handlers, type)) return undefined;
    const handler = handlers[type as keyof ContentHandlers] as (m: ContentMessage) => Promise<unknown>;
    return handler(msg as ContentMessage);
  });

  const summary = (): ScanSummary | null =>
    scan
      ? {
          url: location.href,
          title: document.title,
          kind: scan.kind,
          site: scan.site,
          asOf: formatDate(asOf),
          flags: [...pageFlags, ...linkFlags].map(({ element: _e, ...r }) => r),
          columns: scan.columns.length,
          links: scan.links.length,
          blocked,
          linkProgress: progress && { done: progress.done, total: progress.total, running: linksBusy },
        }
      : null;

  draw();
  // Wait for the page to settle so script-filled lists are never judged blank before they arrive.
  const settleStart = performance.now();
  await new Promise<void>((resolve) => {
    let timer = window.setTimeout(resolve, QUIET_MS);
    const settle = new MutationObserver(() => {
      clearTimeout(timer);
      timer = window.setTimeout(
        resolve,
        Math.max(0, Math.min(QUIET_MS, MAX_SETTLE_MS - (performance.now() - settleStart))),
      );
    });
    settle.observe(document.body ?? document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    window.setTimeout(() => {
      settle.disconnect();
      resolve();
    }, MAX_SETTLE_MS);
  });
  runScan();
  observer.observe(document.body ?? document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  // Automatically on the round's units' pages, and on every page in a trainee's practice round.
  const practising = state.round.name.startsWith('练习');
  if (state.settings.autoLinks && (practising || (unit && state.round.unitIds.includes(unit.id))))
    void checkLinks();

  // An image that fails after the scan is a broken image too.
  const onImageError = (e: Event) => {
    if ((e.target as Element)?.tagName === 'IMG') schedule(200);
  };
  window.addEventListener('error', onImageError, true);

  onInvalidated(() => {
    window.removeEventListener('error', onImageError, true);
    observer.disconnect();
    if (pending !== undefined) clearTimeout(pending);
    if (overlay) {
      render(null, overlay.mount());
      overlay.stop();
    }
  });
}
