// Which hosts the inspector has allowed the extension to read, beyond the install-time ones, and
// which hosts each tab's link check found it could not check, for the popup to offer.
import { browser } from 'wxt/browser';
import { coveredAtInstall, hostPattern } from '../../lib/domain/access';

const MAX_TABS = 50;
const MAX_HOSTS = 50;

export function createAccess() {
  const known = new Map<string, boolean>();
  const needs = new Map<number, Set<string>>();
  const granted = (origins: string[]) => {
    for (const set of needs.values()) for (const o of origins) set.delete(o);
  };
  browser.permissions?.onAdded?.addListener((p) => {
    known.clear();
    granted(p.origins ?? []);
  });
  browser.permissions?.onRemoved?.addListener(() => known.clear());
  browser.tabs?.onRemoved?.addListener((tabId) => void needs.delete(tabId));

  return {
    async may(url: string): Promise<boolean> {
      if (coveredAtInstall(url)) return true;
      const pattern = hostPattern(url);
      if (!pattern) return false;
      let ok = known.get(pattern);
      if (ok === undefined) {
        ok = await browser.permissions.contains({ origins: [pattern] }).catch(() => false);
        if (known.size > 500) known.clear();
        known.set(pattern, ok);
      }
      return ok;
    },
    /** A link on this tab pointed at a host not allowed. */
    need(tabId: number | undefined, url: string) {
      const pattern = hostPattern(url);
      if (tabId === undefined || !pattern) return;
      let set = needs.get(tabId);
      if (!set) {
        if (needs.size >= MAX_TABS) needs.delete(needs.keys().next().value!);
        needs.set(tabId, (set = new Set()));
      }
      if (set.size < MAX_HOSTS) set.add(pattern);
    },
    needed: (tabId: number): string[] => [...(needs.get(tabId) ?? [])].sort(),
  };
}
