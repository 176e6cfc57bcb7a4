// Redirect hops into the office network, for the checker's own requests. A browser hides where a
// redirect goes until it has followed it, so a session rule blocks tab-less requests of this
// extension to private addresses while links of public pages are checked. A page that is itself
// on a private network checks its links with the rule lifted; the two kinds never run at once.
import { browser } from 'wxt/browser';
import { PRIVATE_URL_PATTERNS } from '../../lib/linkcheck/address';

const FIRST_RULE = 4_201;

type Dnr = {
  updateSessionRules(o: { removeRuleIds?: number[]; addRules?: object[] }): Promise<void>;
};

export function createHopGuard() {
  const dnr = (browser as unknown as { declarativeNetRequest?: Dnr }).declarativeNetRequest;
  const rules = PRIVATE_URL_PATTERNS.map((regexFilter, i) => ({
    id: FIRST_RULE + i,
    priority: 1,
    action: { type: 'block' },
    condition: {
      regexFilter,
      tabIds: [-1],
      initiatorDomains: [browser.runtime.id],
      resourceTypes: ['xmlhttprequest', 'other'],
    },
  }));
  const ids = rules.map((r) => r.id);
  let mode: 'public' | 'private' | undefined;
  let active = 0;
  let waiting: Array<() => void> = [];
  let applied: { on: boolean; done: Promise<void> } | undefined;
  const apply = (on: boolean): Promise<void> => {
    if (!dnr) return Promise.resolve();
    if (applied?.on === on) return applied.done;
    const done = dnr
      .updateSessionRules(on ? { removeRuleIds: ids, addRules: rules } : { removeRuleIds: ids })
      .catch((e) => {
        console.warn('site-patrol: the redirect guard could not be set', e);
        applied = undefined;
      });
    applied = { on, done };
    return done;
  };
  return {
    /** Runs one batch of checks of a public (guarded) or private (unguarded) page. */
    async run<T>(privatePage: boolean, work: () => Promise<T>): Promise<T> {
      const want = privatePage ? 'private' : 'public';
      while (active && mode !== want) await new Promise<void>((r) => waiting.push(r));
      mode = want;
      active++;
      try {
        await apply(want === 'public');
        return await work();
      } finally {
        if (--active === 0) {
          const wake = waiting;
          waiting = [];
          wake.forEach((w) => w());
        }
      }
    },
  };
}
