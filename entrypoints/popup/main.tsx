import { render } from 'preact';
import { browser } from 'wxt/browser';
import { call, callTab } from '../../components/shared/messaging';
import { Popup, type PopupApi } from '../../components/popup/Popup';
import '../../components/shared/page.css';

const api: PopupApi = {
  async targetTab() {
    const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
    const tab =
      Number.isInteger(fromQuery) && fromQuery > 0
        ? await browser.tabs.get(fromQuery)
        : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (!tab?.id) throw new Error('找不到目标标签页 / no target tab');
    return { id: tab.id, url: tab.url ?? '', title: tab.title ?? '', windowId: tab.windowId };
  },
  state: () => call({ type: 'state:get' }),
  scan: (tabId) => callTab(tabId, { type: 'scan:get' }),
  recorded: (pageUrl) => call({ type: 'findings:page', pageUrl }),
  ensureScanner: async (tabId) => void (await call({ type: 'scan:ensure', tabId })),
  save: (finding) => call({ type: 'finding:save', finding }),
  saveUnit: (unit) => call({ type: 'unit:save', unit }),
  setInspector: async (value) => void (await call({ type: 'settings:set', key: 'inspector', value })),
  screenshot: (findingId, windowId) => call({ type: 'screenshot:capture', findingId, windowId }),
  checkLinks: async (tabId) => void (await callTab(tabId, { type: 'links:run' })),
  linkAccess: (tabId) => call({ type: 'links:access', tabId }),
  requestAccess: (origins) => browser.permissions.request({ origins }),
  async openSidePanel(windowId) {
    const sp = (browser as unknown as { sidePanel?: { open(o: { windowId: number }): Promise<void> } })
      .sidePanel;
    if (sp && windowId !== undefined) await sp.open({ windowId });
    else await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
  },
};

render(<Popup api={api} />, document.getElementById('app')!);
