import { render } from 'preact';
import { browser } from 'wxt/browser';
import { call, callTab } from '../../components/shared/messaging';
import { SidePanel, type SidePanelApi } from '../../components/sidepanel/SidePanel';
import { openPatrolDB, readFindings } from '../../lib/storage/store';
import '../../components/shared/page.css';
import { saveFile } from '../../components/shared/download';
import { isWebUrl } from '../../lib/domain/addresses';

let db: ReturnType<typeof openPatrolDB> | undefined;

function dataUrlBytes(url: string): Uint8Array<ArrayBuffer> {
  const bin = atob(url.slice(url.indexOf(',') + 1));
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

const api: SidePanelApi = {
  state: () => call({ type: 'state:get' }),
  // Read directly (read-only) from the extension's own IndexedDB: no 50 MB message for a big round.
  findings: async (roundId, limit) => readFindings(await (db ??= openPatrolDB()), roundId, limit),
  previousFindings: () => call({ type: 'findings:previous' }),
  save: async (finding) => void (await call({ type: 'finding:save', finding })),
  setVerdict: async (unitId, verdict) => void (await call({ type: 'round:verdict', unitId, verdict })),
  setPrevious: async (roundId) => void (await call({ type: 'round:previous', roundId })),
  setRectification: async (id, status) => void (await call({ type: 'rectification:set', id, status })),
  async importPreview(files) {
    // The background reads each file through a blob: URL of this page (see readImportFile).
    const handed = files.map((f) => ({ name: f.name, url: URL.createObjectURL(f) }));
    try {
      return await call({ type: 'import:preview', files: handed });
    } finally {
      for (const h of handed) URL.revokeObjectURL(h.url);
    }
  },
  importApply: (token) => call({ type: 'import:apply', token }),
  remove: async (id) => void (await call({ type: 'finding:delete', id })),
  restore: async (f) => void (await call({ type: 'finding:save', finding: f })),
  exportJson: () => call({ type: 'export:json' }),
  saveRound: (round, select) => call({ type: 'round:save', round, select }),
  selectRound: async (id) => void (await call({ type: 'round:select', id })),
  saveUnit: (unit) => call({ type: 'unit:save', unit }),
  deleteUnit: async (id) => void (await call({ type: 'unit:delete', id })),
  importUnits: (units) => call({ type: 'units:import', units }),
  requestAccess: (origins) => browser.permissions.request({ origins }),
  async missingAccess(patterns) {
    const held = await Promise.all(patterns.map((o) => browser.permissions.contains({ origins: [o] })));
    return patterns.filter((_, i) => !held[i]);
  },
  screenshot: (id) => call({ type: 'screenshot:get', id }),
  download(name, content, type) {
    // Screenshots arrive as data: URLs, office files as bytes; everything else is text.
    saveFile(
      name,
      typeof content !== 'string' ? content : content.startsWith('data:') ? dataUrlBytes(content) : content,
      type,
    );
  },
  // Jump to the finding's page, then to its element once the page's scanner answers.
  async reveal(f) {
    // Only http(s) pages open: an imported data:, javascript:, file: or chrome: address never does.
    if (!isWebUrl(f.pageUrl)) return;
    const [open] = await browser.tabs.query({ url: f.pageUrl.replace(/#.*$/, '') }).catch(() => []);
    const tab = open?.id
      ? await browser.tabs.update(open.id, { active: true })
      : await browser.tabs.create({ url: f.pageUrl });
    if (!tab?.id || !f.selector) return;
    for (let i = 0; i < 40; i++) {
      const ok = await callTab(tab.id, { type: 'scan:reveal', selector: f.selector }).catch(() => false);
      if (ok) return;
      await new Promise((r) => setTimeout(r, 250));
    }
  },
};

render(<SidePanel api={api} />, document.getElementById('app')!);
