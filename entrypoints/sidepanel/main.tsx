import { render } from 'preact';
import { browser } from 'wxt/browser';
import { call } from '../../components/messaging';
import { SidePanel, type SidePanelApi } from '../../components/SidePanel';
import { openPatrolDB, readFindings } from '../../lib/store';
import '../../components/page.css';

let db: ReturnType<typeof openPatrolDB> | undefined;

const api: SidePanelApi = {
  state: () => call({ type: 'state:get' }),
  // Read directly (read-only) from the extension's own IndexedDB: no 50 MB message for a big round.
  findings: async (roundId, limit) => readFindings(await (db ??= openPatrolDB()), roundId, limit),
  previousFindings: () => call({ type: 'findings:previous' }),
  save: async (finding) => void (await call({ type: 'finding:save', finding })),
  setVerdict: async (unitId, verdict) => void (await call({ type: 'round:verdict', unitId, verdict })),
  setPrevious: async (roundId) => void (await call({ type: 'round:previous', roundId })),
  setRectification: async (id, status) => void (await call({ type: 'rectification:set', id, status })),
  importPreview: (files) => call({ type: 'import:preview', files }),
  importApply: (token) => call({ type: 'import:apply', token }),
  remove: async (id) => void (await call({ type: 'finding:delete', id })),
  restore: async (f) => void (await call({ type: 'finding:save', finding: f })),
  exportJson: () => call({ type: 'export:json' }),
  saveRound: (round, select) => call({ type: 'round:save', round, select }),
  selectRound: async (id) => void (await call({ type: 'round:select', id })),
  saveUnit: (unit) => call({ type: 'unit:save', unit }),
  deleteUnit: async (id) => void (await call({ type: 'unit:delete', id })),
  importUnits: (units) => call({ type: 'units:import', units }),
  download(name, content, type) {
    const url = URL.createObjectURL(new Blob([content], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
  async reveal(f) {
    const [tab] = await browser.tabs.query({ url: f.pageUrl.replace(/#.*$/, '') }).catch(() => []);
    if (tab?.id) {
      await browser.tabs.update(tab.id, { active: true });
    } else {
      await browser.tabs.create({ url: f.pageUrl });
    }
  },
};

render(<SidePanel api={api} />, document.getElementById('app')!);
