// The overlay's place in someone else's page. A plain <div>: a custom-element name could be
// defined by the page first (and its shadow disabled), a <div> cannot. Styled inline with
// !important, which beats every rule of the page's style sheets. Put back when the page removes
// it, and rebuilt when the page empties it. The shadow root holds nothing of the inspector's
// (name, settings); its buttons act on trusted input only (see the overlay). A page that keeps
// removing it, or breaks mounting, is reported as blocking the tool: the scan still runs and the
// popup shows its results.
const HOST_STYLE = [
  'all: initial',
  'display: block',
  'position: static',
  'visibility: visible',
  'opacity: 1',
  'transform: none',
  'filter: none',
  'clip-path: none',
  'contain: none',
]
  .map((d) => `${d} !important`)
  .join('; ');

/** How often the page may remove the overlay before the tool says the page blocks it. */
const MAX_REMOUNTS = 5;

export interface Mounted {
  /** The element the overlay renders into; replaced when the page empties the shadow root. */
  mount(): HTMLElement;
  stop(): void;
}

export function mountOverlay(css: string, onRebuilt: () => void, onBlocked: () => void): Mounted | undefined {
  let host: HTMLElement;
  let shadow: ShadowRoot;
  let mount: HTMLElement;
  const fill = () => {
    const style = document.createElement('style');
    style.textContent = css;
    mount = document.createElement('div');
    shadow.replaceChildren(style, mount);
  };
  try {
    host = document.createElement('div');
    host.setAttribute('data-site-patrol', '');
    host.setAttribute('style', HOST_STYLE);
    shadow = host.attachShadow({ mode: 'open' });
    fill();
    document.documentElement.append(host);
  } catch {
    onBlocked();
    return undefined;
  }
  let remounts = 0;
  const watch = new MutationObserver(() => {
    if (remounts > MAX_REMOUNTS) return;
    const removed = !host.isConnected;
    const emptied = !mount.isConnected || mount.getRootNode() !== shadow;
    const restyled = host.getAttribute('style') !== HOST_STYLE;
    if (!removed && !emptied && !restyled) return;
    if (++remounts > MAX_REMOUNTS) {
      onBlocked();
      return;
    }
    if (restyled) host.setAttribute('style', HOST_STYLE);
    if (removed) document.documentElement.append(host);
    if (emptied) {
      fill();
      onRebuilt();
    }
  });
  watch.observe(document.documentElement, { childList: true });
  watch.observe(host, { attributes: true, attributeFilter: ['style'] });
  watch.observe(shadow, { childList: true });
  return {
    mount: () => mount,
    stop() {
      watch.disconnect();
      host.remove();
    },
  };
}
