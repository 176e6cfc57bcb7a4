// What the network layer says about the checker's own requests. fetch() only says "Failed to
// fetch"; webRequest names the error and the redirect hops. Only tab-less requests to links being
// checked now are followed (by request id, so a hop's error is the link's), and each note is
// read once; the maps are bounded.
import { browser } from 'wxt/browser';

const MAX = 500;

function remember<K, V>(map: Map<K, V>, key: K, value: V) {
  map.delete(key);
  map.set(key, value);
  if (map.size > MAX) map.delete(map.keys().next().value!);
}

export interface NetNote {
  /** The network error, e.g. net::ERR_NAME_NOT_RESOLVED. */
  error?: string;
  /** The last address a redirect of this link pointed to. */
  hop?: string;
}

export function createNetWatch() {
  const watching = new Set<string>();
  const requests = new Map<string, string>();
  const notes = new Map<string, NetNote>();
  const linkOf = (url: string) => {
    const u = url.replace(/#.*$/, '');
    return watching.has(u) ? u : watching.has(u.replace(/\/$/, '')) ? u.replace(/\/$/, '') : undefined;
  };
  const note = (link: string, patch: NetNote) => remember(notes, link, { ...notes.get(link), ...patch });
  const filter = { urls: ['http://*/*', 'https://*/*'], tabId: -1 };
  const wr = browser.webRequest;
  wr?.onBeforeRequest.addListener((d) => {
    const link = d.tabId === -1 ? linkOf(d.url) : undefined;
    if (link) remember(requests, d.requestId, link);
    return undefined;
  }, filter);
  wr?.onBeforeRedirect.addListener((d) => {
    const link = requests.get(d.requestId);
    if (link) note(link, { hop: d.redirectUrl });
  }, filter);
  wr?.onErrorOccurred.addListener((d) => {
    const link = requests.get(d.requestId) ?? (d.tabId === -1 ? linkOf(d.url) : undefined);
    if (link) note(link, { error: d.error });
    requests.delete(d.requestId);
  }, filter);
  wr?.onCompleted.addListener((d) => void requests.delete(d.requestId), filter);

  return {
    watch(link: string) {
      watching.add(link);
      notes.delete(link);
    },
    unwatch(link: string) {
      watching.delete(link);
      notes.delete(link);
    },
    /** The note on a link whose request failed; the webRequest event may trail the rejection. */
    async read(link: string): Promise<NetNote> {
      await new Promise((r) => setTimeout(r, 30));
      const n = notes.get(link) ?? notes.get(link.replace(/\/$/, '')) ?? {};
      notes.delete(link);
      return n;
    },
  };
}
