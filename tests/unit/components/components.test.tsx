import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import JSZip from 'jszip';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Options, type OptionsApi } from '../../../components/options/Options';
import { Overlay } from '../../../components/overlay/Overlay';
import { shortUrl } from '../../../components/popup/FlagRow';
import { Popup, type PopupApi } from '../../../components/popup/Popup';
import { SidePanel, type SidePanelApi } from '../../../components/sidepanel/SidePanel';
import { RoundsUnits, type RoundsUnitsApi } from '../../../components/sidepanel/RoundsUnits';
import { dedupeKey, type Finding, type Round, type Unit } from '../../../lib/domain/model';
import { NATIONAL_PROFILE } from '../../../lib/domain/profile';
import { SETTING_DEFAULTS } from '../../../lib/domain/settings';
import { findingFromFlag, type FlagRecord, type ScanSummary } from '../../../lib/engine/records';

afterEach(cleanup);

const stamp = '2026-11-20T08:00:00.000Z';
const round: Round = {
  id: 'r1',
  name: '2026年第四季度',
  asOf: '2026-11-22',
  notes: '',
  unitIds: ['u2', 'u1'],
  createdAt: stamp,
  updatedAt: stamp,
};
const units: Unit[] = [
  {
    id: 'u1',
    name: '县人社局',
    siteName: '县人社局网站',
    siteIdCode: '9999000003',
    prefixes: ['rsj.demo.gov.cn'],
    createdAt: stamp,
    updatedAt: stamp,
  },
  {
    id: 'u2',
    name: '县司法局',
    siteName: '县司法局网站',
    siteIdCode: '9999000002',
    prefixes: ['sfj.demo.gov.cn'],
    createdAt: stamp,
    updatedAt: stamp,
  },
];
const flag = (over: Partial<FlagRecord> = {}): FlagRecord =>
  ({
    key: 'k1',
    rule: 'stale-column',
    level: 'flag',
    message: '“三公经费”栏目超过1年未更新',
    column: '三公经费',
    selector: '#sgjf h3',
    snippet: '三公经费',
    evidence: {
      category: 'other',
      categoryName: '应更新栏目',
      window: '1年',
      newestDate: '2025-09-28',
      newestTitle: '三公经费公开',
      threshold: '2025-11-22',
      daysOverdue: 55,
      daysLeft: 0,
      items: 3,
    },
    ...over,
  }) as FlagRecord;
const summary = (flags: FlagRecord[]): ScanSummary => ({
  url: 'http://rsj.demo.gov.cn/',
  title: '县人社局',
  kind: 'home',
  site: { name: '县人社局网站', idCode: '9999000003' },
  asOf: '2026-11-22',
  flags,
  columns: 3,
  links: 10,
});

function popupApi(over: Partial<PopupApi> = {}): PopupApi & { saved: unknown[] } {
  const saved: unknown[] = [];
  return {
    saved,
    targetTab: async () => ({
      id: 7,
      url: 'http://rsj.demo.gov.cn/index.html',
      title: '县人社局',
      windowId: 1,
    }),
    state: async () => ({ round, units, settings: { inspector: '张三', lang: 'zh' } }),
    recorded: async () => [],
    scan: async () =>
      summary([
        flag(),
        flag({
          key: 'k2',
          rule: 'blank-column',
          message: '“建议提案办理”为空白栏目',
          column: '建议提案办理',
        }),
      ]),
    ensureScanner: async () => {},
    save: async (f) => {
      saved.push(f);
      return { finding: { id: `f${saved.length}` }, updated: false };
    },
    saveUnit: async (u) => ({ ...u, id: 'u9', createdAt: stamp, updatedAt: stamp }),
    setInspector: async () => {},
    screenshot: async () => {},
    checkLinks: async () => {},
    linkAccess: async () => [],
    requestAccess: async () => true,
    openSidePanel: async () => {},
    ...over,
  };
}

describe('Popup at 400×600', () => {
  test('flags are grouped with counts; one this round holds is marked and 全选 leaves it out', async () => {
    const probe = popupApi();
    const flags = (await probe.scan(7))!.flags;
    const ctx = {
      roundId: 'r1',
      unitId: 'u1',
      pageUrl: 'http://rsj.demo.gov.cn/index.html',
      pageTitle: '县人社局',
      inspector: '张三',
    };
    const held = dedupeKey(findingFromFlag(flags[0], ctx));
    render(<Popup api={popupApi({ recorded: async () => [held] })} />);
    const group = await screen.findByTestId('flag-group-columns');
    expect(group.querySelector('h2')!.textContent).toBe(`栏目（${flags.length}）`);
    await waitFor(() => expect(screen.getAllByTestId('flag-recorded')).toHaveLength(1));
    fireEvent.click(screen.getByTestId('select-all-flags'));
    const boxes = screen.getAllByTestId('flag-checkbox') as HTMLInputElement[];
    expect(boxes.map((b) => b.checked)).toEqual(flags.map((_, i) => i !== 0));
    expect(screen.getByTestId('save-finding').textContent).toBe(`记录所选（${flags.length - 1}）`);
    // The note opens on demand.
    expect(screen.getByTestId('popup-more').hasAttribute('open')).toBe(false);
  });
  test('a dead link reads by its text and where it is, the address shortened on a second line', () => {
    expect(shortUrl('http://www.example.gov.cn/col/col123/art/2026/11/very-long-article-name.html?x=1')).toBe(
      'www.example.gov.cn/…/very-long-article-name.html?…',
    );
    expect(shortUrl('http://a.gov.cn/')).toBe('a.gov.cn/');
  });
});

describe('Popup', () => {
  test("shows the page's unit and flags, and records the chosen ones with an edited description", async () => {
    const api = popupApi();
    render(<Popup api={api} />);
    expect(await screen.findByTestId('popup-unit')).toHaveProperty('textContent', '单位：县人社局');
    const boxes = await screen.findAllByTestId('flag-checkbox');
    expect(boxes).toHaveLength(2);
    fireEvent.click(boxes[0]);
    fireEvent.click(screen.getByTestId('rewrite-description'));
    const edit = screen.getByLabelText('问题描述', { selector: 'textarea' });
    fireEvent.input(edit, { target: { value: '“三公经费”栏目超过1年未更新（2025年决算未公开）' } });
    fireEvent.click(screen.getByTestId('save-finding'));
    await waitFor(() => expect(screen.getByTestId('popup-status').textContent).toBe('已记录 1'));
    expect(api.saved).toEqual([
      expect.objectContaining({
        roundId: 'r1',
        unitId: 'u1',
        rule: 'stale-column',
        column: '三公经费',
        description: '“三公经费”栏目超过1年未更新（2025年决算未公开）',
        pageUrl: 'http://rsj.demo.gov.cn/index.html',
        inspector: '张三',
        selector: '#sgjf h3',
      }),
    ]);
  });

  test('hostile page text is shown as text, never run', async () => {
    const api = popupApi({
      scan: async () => summary([flag({ message: '“<img src=x onerror=alert(1)>”为空白栏目' })]),
    });
    const { container } = render(<Popup api={api} />);
    expect(await screen.findByText('“<img src=x onerror=alert(1)>”为空白栏目')).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
  });

  test('a page not yet scanned offers to scan it', async () => {
    let scanned = false;
    const ensure = vi.fn(async () => {
      scanned = true;
    });
    render(
      <Popup
        api={popupApi({ scan: async () => (scanned ? summary([flag()]) : null), ensureScanner: ensure })}
      />,
    );
    fireEvent.click(await screen.findByTestId('scan-page'));
    expect(await screen.findByText('“三公经费”栏目超过1年未更新')).toBeTruthy();
    expect(ensure).toHaveBeenCalledWith(7);
  });

  test('an unknown site offers quick-add prefilled from its meta tags and host', async () => {
    const api = popupApi({
      targetTab: async () => ({ id: 7, url: 'http://new.demo.gov.cn/a/b.html', title: 'x' }),
    });
    render(<Popup api={api} />);
    fireEvent.click(await screen.findByTestId('quick-add-unit'));
    expect((screen.getByTestId('unit-name') as HTMLInputElement).value).toBe('县人社局网站');
    expect((screen.getByLabelText('网站标识码') as HTMLInputElement).value).toBe('9999000003');
    expect((screen.getByLabelText('网址前缀（每行一个）') as HTMLTextAreaElement).value).toBe(
      'http://new.demo.gov.cn/',
    );
  });

  test('links to hosts not allowed are named; 允许访问 asks inside the click, then checks again', async () => {
    const order: string[] = [];
    const api = popupApi({
      linkAccess: async () => ['*://www.people.com.cn/*'],
      requestAccess: vi.fn(async (p: string[]) => {
        order.push(`ask ${p.join()}`);
        return true;
      }),
      checkLinks: vi.fn(async () => void order.push('check')),
    });
    render(<Popup api={api} />);
    const notice = await screen.findByTestId('links-access-needed');
    expect(notice.textContent).toContain('www.people.com.cn');
    expect(notice.textContent).toContain('不发送 Cookie');
    fireEvent.click(screen.getByTestId('grant-link-access'));
    // Browsers grant host access only during the user's gesture: the request is made synchronously.
    expect(order).toEqual(['ask *://www.people.com.cn/*']);
    await waitFor(() => expect(order).toEqual(['ask *://www.people.com.cn/*', 'check']));
    expect((await screen.findByTestId('links-access-needed')).textContent).toContain('已获准访问');
  });

  test('a refused request says so and can be asked again', async () => {
    const ask = vi.fn(async () => false);
    render(
      <Popup api={popupApi({ linkAccess: async () => ['*://mp.weixin.qq.com/*'], requestAccess: ask })} />,
    );
    fireEvent.click(await screen.findByTestId('grant-link-access'));
    expect((await screen.findByText(/未获允许/)).textContent).toContain('仍不会检查');
    fireEvent.click(screen.getByTestId('grant-link-access'));
    expect(ask).toHaveBeenCalledTimes(2);
  });

  test('a unit outside gov.cn asks for its host when saved, and is saved without waiting', async () => {
    const ask = vi.fn(() => new Promise<boolean>(() => {})); // a prompt nobody answers
    const saveUnit = vi.fn(async (u: Omit<Unit, 'id' | 'createdAt' | 'updatedAt'>) => ({
      ...u,
      id: 'u9',
      createdAt: stamp,
      updatedAt: stamp,
    }));
    const api = popupApi({
      targetTab: async () => ({ id: 7, url: 'https://www.example-county.com/news/', title: 'x' }),
      requestAccess: ask,
      saveUnit,
    });
    render(<Popup api={api} />);
    fireEvent.click(await screen.findByTestId('quick-add-unit'));
    fireEvent.input(screen.getByTestId('unit-name'), { target: { value: '县融媒体中心' } });
    fireEvent.click(screen.getByTestId('save-unit'));
    expect(ask).toHaveBeenCalledWith(['*://www.example-county.com/*']);
    await waitFor(() => expect(saveUnit).toHaveBeenCalledTimes(1));
    expect((await screen.findByTestId('popup-unit')).textContent).toContain('县融媒体中心');
  });

  test('a gov.cn or loopback unit needs no permission', async () => {
    const ask = vi.fn(async () => true);
    const api = popupApi({
      targetTab: async () => ({ id: 7, url: 'http://new.demo.gov.cn/a/b.html', title: 'x' }),
      requestAccess: ask,
    });
    render(<Popup api={api} />);
    fireEvent.click(await screen.findByTestId('quick-add-unit'));
    fireEvent.input(screen.getByLabelText('网址前缀（每行一个）'), {
      target: { value: 'http://new.demo.gov.cn/\nhttp://127.0.0.1:8080/' },
    });
    fireEvent.click(screen.getByTestId('save-unit'));
    await waitFor(() => expect(screen.queryByTestId('save-unit')).toBeNull());
    expect(ask).not.toHaveBeenCalled();
  });

  test('a screenshot taken with a finding shows as a thumbnail; one refused says why', async () => {
    const shot = vi.fn(async () => ({ dataUrl: 'data:image/jpeg;base64,/9j/AA==' }));
    render(<Popup api={popupApi({ screenshot: shot })} />);
    fireEvent.click((await screen.findAllByTestId('flag-checkbox'))[0]);
    fireEvent.click(screen.getByLabelText('附截图'));
    fireEvent.click(screen.getByTestId('save-finding'));
    expect(((await screen.findByTestId('screenshot-thumb')) as HTMLImageElement).src).toMatch(
      /^data:image\/jpeg/,
    );
    expect(shot).toHaveBeenCalledWith('f1', 1);
    cleanup();
    const refused = popupApi({
      screenshot: async () => {
        throw new Error('问题已记录，但未能截图：请从浏览器工具栏的“巡网助手”按钮打开本窗口后再截图。');
      },
    });
    render(<Popup api={refused} />);
    fireEvent.click((await screen.findAllByTestId('flag-checkbox'))[0]);
    fireEvent.click(screen.getByLabelText('附截图'));
    fireEvent.click(screen.getByTestId('save-finding'));
    expect((await screen.findByRole('alert')).textContent).toContain('未能截图');
    expect(refused.saved).toHaveLength(1);
  });

  test('a storage error is shown, not swallowed', async () => {
    const api = popupApi({
      save: async () => {
        throw new Error('存储空间已满，记录未保存。');
      },
    });
    render(<Popup api={api} />);
    fireEvent.click((await screen.findAllByTestId('flag-checkbox'))[0]);
    fireEvent.click(screen.getByTestId('save-finding'));
    expect((await screen.findByRole('alert')).textContent).toContain('存储空间已满');
  });
});

function finding(over: Partial<Finding>): Finding {
  return {
    id: 'f',
    roundId: 'r1',
    unitId: 'u1',
    rule: 'stale-column',
    level: 'flag',
    column: '三公经费',
    item: '',
    pageUrl: 'http://rsj.demo.gov.cn/',
    pageTitle: '',
    selector: '',
    snippet: '',
    linkUrl: '',
    evidence: {},
    description: '“三公经费”栏目超过1年未更新',
    inspector: '张三',
    points: null,
    rectification: '',
    note: '',
    screenshotId: '',
    createdAt: stamp,
    updatedAt: stamp,
    ...over,
  };
}

type Download = { name: string; content: string; bytes?: Uint8Array };

function panelApi(findings: Finding[]): SidePanelApi & { downloads: Download[]; removed: string[] } {
  const downloads: Download[] = [];
  const removed: string[] = [];
  return {
    downloads,
    removed,
    state: async () => ({ round, rounds: [round], units, settings: { lang: 'zh' } }),
    findings: async () => findings.filter((f) => !removed.includes(f.id)),
    remove: async (id) => void removed.push(id),
    restore: async (f) => void removed.splice(removed.indexOf(f.id), 1),
    exportJson: async () => ({
      format: 'site-patrol-findings',
      schemaVersion: 1,
      exportedAt: stamp,
      tool: { name: 't', version: '1' },
      round,
      units,
      findings,
    }),
    download: (name, content) =>
      void downloads.push(
        typeof content === 'string' ? { name, content } : { name, content: '', bytes: content },
      ),
    reveal: () => {},
    screenshot: async () => undefined,
    saveRound: async (r) => ({ ...round, ...r }),
    selectRound: async () => {},
    saveUnit: async (u) => ({ ...units[0], ...u }),
    deleteUnit: async () => {},
    missingAccess: async () => [],
    requestAccess: async () => true,
    importUnits: async () => ({ added: 0, updated: 0 }),
    previousFindings: async () => [],
    save: async () => {},
    setVerdict: async () => {},
    setPrevious: async () => {},
    setRectification: async () => {},
    importPreview: async () => ({ problems: [], summary: null }),
    importApply: async () => ({ problems: [], summary: null }),
  };
}

describe('SidePanel', () => {
  const fs = [
    finding({ id: 'a', unitId: 'u1' }),
    finding({ id: 'b', unitId: 'u2', column: '通知公告', description: '“通知公告”栏目超过半年未更新' }),
  ];
  test('a background not answering yet right after the browser starts is asked again', async () => {
    const api = panelApi(fs);
    const state = api.state;
    let calls = 0;
    api.state = async () => {
      if (calls++ === 0) throw new Error('Could not establish connection. Receiving end does not exist.');
      return state();
    };
    render(<SidePanel api={api} />);
    expect(await screen.findByText(/共 2 条记录/, undefined, { timeout: 3000 })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
  test("groups findings by unit in the round's order", async () => {
    render(<SidePanel api={panelApi(fs)} />);
    await screen.findByText(/共 2 条记录/);
    const headers = screen.getAllByTestId('unit-header').map((h) => h.querySelector('.uname')!.textContent);
    expect(headers).toEqual(['县司法局', '县人社局']);
    expect(screen.getAllByTestId('unit-verdict').map((e) => e.textContent)).toEqual(['合格', '合格']);
    // The nearest veto in words, and a bar per veto clause against its threshold.
    expect(screen.getAllByTestId('unit-distance')[0].textContent).toBe(
      '再有 5 个动态要闻、通知公告/政策文件类栏目超期即单项否决',
    );
    const chart = screen.getAllByTestId('unit-chart')[0];
    expect([...chart.querySelectorAll('.ubar-n')].map((e) => e.textContent)).toEqual(['0/5', '1/10', '0/5']);
    expect((chart.querySelectorAll('.ubar-fill')[1] as HTMLElement).style.width).toBe('10%');
  });
  test('a finding reads as a card: its description first, then 问题/提示 in words, column and indicator', async () => {
    render(<SidePanel api={panelApi(fs)} />);
    const cards = await screen.findAllByTestId('finding-row');
    const card = cards.find((c) => c.querySelector('.fcol')!.textContent === '三公经费')!;
    expect(card.firstElementChild!.textContent).toBe('“三公经费”栏目超过1年未更新');
    expect(card.querySelector('.fmeta')!.textContent).toMatch(/^问题三公经费栏目未更新张三/);
    // Actions wait in a compact menu.
    expect(card.querySelector('details.factions:not([open])')).not.toBeNull();
  });
  test('one filter button opens the filters; the count of active ones shows on it', async () => {
    render(<SidePanel api={panelApi(fs)} />);
    const toggle = await screen.findByTestId('filter-toggle');
    expect(screen.getByTestId('filter-panel').hidden).toBe(true);
    fireEvent.click(toggle);
    expect(screen.getByTestId('filter-panel').hidden).toBe(false);
    fireEvent.change(screen.getByTestId('filter-level'), { target: { value: 'warn' } });
    expect(toggle.textContent).toBe('筛选 (1)');
  });
  test('a unit of the round without problems shows as 无问题 until a filter is set', async () => {
    render(<SidePanel api={panelApi([fs[0]])} />);
    await screen.findByText(/共 1 条记录/);
    const verdicts = () =>
      screen
        .getAllByTestId('unit-header')
        .map(
          (h) =>
            `${h.querySelector('.uname')!.textContent}:${h.querySelector('[data-testid="unit-verdict"]')!.textContent}`,
        );
    expect(verdicts()).toEqual(['县司法局:无问题', '县人社局:合格']);
    fireEvent.change(screen.getByTestId('filter-rule'), { target: { value: 'stale-column' } });
    await waitFor(() => expect(verdicts()).toEqual(['县人社局:合格']));
  });
  test('findings recorded at the same moment keep one order whatever order the store returns', async () => {
    const same = ['c', 'a', 'b'].map((id) =>
      finding({ id, column: `栏目${id}`, description: `“栏目${id}”栏目超过1年未更新` }),
    );
    render(<SidePanel api={panelApi(same)} />);
    await screen.findByText(/共 3 条记录/);
    expect(screen.getAllByTestId('finding-row').map((r) => r.querySelector('.fcol')!.textContent)).toEqual([
      '栏目a',
      '栏目b',
      '栏目c',
    ]);
  });
  test('exports CSV and JSON with dated file names', async () => {
    const api = panelApi(fs);
    render(<SidePanel api={api} />);
    fireEvent.click(await screen.findByTestId('export-findings-csv'));
    fireEvent.click(screen.getByTestId('export-findings-json'));
    await waitFor(() => expect(api.downloads).toHaveLength(2));
    expect(api.downloads[0].name).toMatch(/^巡检结果_2026年第四季度_\d{4}-\d{2}-\d{2}\.csv$/);
    expect(api.downloads[0].content.split('\r\n')[1]).toContain('县司法局');
    expect(JSON.parse(api.downloads[1].content).findings).toHaveLength(2);
    fireEvent.click(screen.getByTestId('export-circular-csv'));
    expect(api.downloads[2].name).toMatch(/^通报表_2026年第四季度_/);
    expect(api.downloads[2].content).toContain('合计,检查单位2个,合格2个，不合格0个,合格率100.0%');
  });
  test('the Word 通报 and the Excel workbook download as office files, with warnings only when ticked', async () => {
    const api = panelApi([
      ...fs,
      finding({
        id: 'w',
        rule: 'stale-column-soon',
        level: 'warn',
        description: '“通知公告”栏目即将超过半年未更新',
      }),
    ]);
    render(<SidePanel api={api} />);
    const docx = await screen.findByTestId('export-circular-docx');
    fireEvent.click(docx);
    await waitFor(() => expect(api.downloads).toHaveLength(1), { timeout: 10_000 });
    expect(api.downloads[0].name).toMatch(/^通报_2026年第四季度_\d{4}-\d{2}-\d{2}\.docx$/);
    const text = async (d: Download) =>
      (await (await JSZip.loadAsync(d.bytes!)).file('word/document.xml')!.async('string')).replace(
        /<[^>]+>/g,
        '',
      );
    expect(await text(api.downloads[0])).not.toContain('即将超过半年');
    fireEvent.click(screen.getByTestId('circular-include-warnings'));
    await waitFor(() =>
      expect((screen.getByTestId('export-circular-docx') as HTMLButtonElement).disabled).toBe(false),
    );
    fireEvent.click(screen.getByTestId('export-circular-docx'));
    await waitFor(() => expect(api.downloads).toHaveLength(2), { timeout: 10_000 });
    expect(await text(api.downloads[1])).toContain('（提示）“通知公告”栏目即将超过半年未更新');
    fireEvent.click(screen.getByTestId('export-findings-xlsx'));
    await waitFor(() => expect(api.downloads).toHaveLength(3), { timeout: 10_000 });
    expect(api.downloads[2].name).toMatch(/^巡检结果_2026年第四季度_.*\.xlsx$/);
    const names = Object.keys((await JSZip.loadAsync(api.downloads[2].bytes!)).files);
    expect(names).toContain('xl/worksheets/sheet3.xml');
  });
  test('filters by indicator and text, and renders only the rows in view of a huge round', async () => {
    const many = Array.from({ length: 20_000 }, (_, i) =>
      finding({
        id: `m${i}`,
        unitId: i % 2 ? 'u1' : 'u2',
        column: `栏目${i}`,
        description: `“栏目${i}”栏目超过1年未更新`,
      }),
    );
    render(
      <SidePanel
        api={panelApi([
          ...many,
          finding({ id: 'z', rule: 'blank-column', description: '“建议提案办理”为空白栏目' }),
        ])}
      />,
    );
    await screen.findByText(/共 20001 条记录/);
    expect(screen.getAllByTestId('finding-row').length).toBeLessThan(80);
    fireEvent.change(screen.getByTestId('filter-rule'), { target: { value: 'blank-column' } });
    await waitFor(() =>
      expect(screen.getAllByTestId('finding-row').map((r) => r.textContent)).toEqual([
        expect.stringContaining('“建议提案办理”为空白栏目'),
      ]),
    );
    fireEvent.change(screen.getByTestId('filter-rule'), { target: { value: '' } });
    fireEvent.input(screen.getByTestId('filter-text'), { target: { value: '栏目1999”' } });
    await waitFor(() => expect(screen.getAllByTestId('finding-row')).toHaveLength(1));
  });

  test('delete can be undone', async () => {
    const api = panelApi(fs);
    render(<SidePanel api={api} />);
    fireEvent.click(await screen.findByLabelText('删除：“通知公告”栏目超过半年未更新'));
    await screen.findByText(/共 1 条记录/);
    fireEvent.click(screen.getByText('撤销'));
    await screen.findByText(/共 2 条记录/);
  });
});

describe('Overlay', () => {
  const base = {
    lang: 'zh' as const,
    scanning: false,
    openExplanations: false,
    checklistUrl: (r: string) => `options.html#${r}`,
    recorder: {
      context: {
        roundId: 'r1',
        unitId: 'u1',
        unitName: '县人社局',
        pageUrl: 'http://x/',
        pageTitle: 't',
        inspector: '张三',
      },
      save: vi.fn(async () => ({ updated: false })),
    },
  };
  test('the summary counts flags and warnings per rule', () => {
    render(
      <Overlay
        {...base}
        flags={[
          flag(),
          flag({
            key: 'k2',
            rule: 'stale-column-soon',
            level: 'warn',
            message: '“政策文件”栏目即将超过半年未更新',
          }),
        ]}
      />,
    );
    expect(screen.getByTestId('overlay-counts').textContent).toBe('1 问题 · 1 提示');
    expect(screen.getByText('栏目未更新：1')).toBeTruthy();
  });
  test('the record action opens a prefilled form and saves the finding', async () => {
    render(<Overlay {...base} flags={[flag()]} />);
    fireEvent.click(screen.getByTestId('overlay-record'));
    expect((screen.getByTestId('finding-description') as HTMLTextAreaElement).value).toBe(
      '“三公经费”栏目超过1年未更新',
    );
    fireEvent.click(screen.getByTestId('save-finding'));
    await waitFor(() => expect(screen.getByTestId('record-status').textContent).toBe('已记录'));
    expect(base.recorder.save).toHaveBeenCalledWith(
      expect.objectContaining({ unitId: 'u1', column: '三公经费', rule: 'stale-column' }),
    );
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.queryByTestId('finding-description')).toBeNull();
  });
  test('a jump to an element no longer on the page says so', () => {
    const { rerender } = render(<Overlay {...base} flags={[flag()]} />);
    expect(screen.queryByTestId('overlay-notice')).toBeNull();
    rerender(<Overlay {...base} flags={[flag()]} reveal={{ key: '', seq: 1 }} />);
    expect(screen.getByTestId('overlay-notice').textContent).toBe('该元素已不在页面上（页面可能已变化）');
  });
});

/** The options page's API with nothing stored: tests override what they look at. */
const optionsApi = (over: Partial<OptionsApi> = {}): OptionsApi => ({
  settings: async () => ({ ...SETTING_DEFAULTS, perHost: 4, overall: 16, linkCap: 1500 }),
  set: async () => {},
  profile: async () => NATIONAL_PROFILE,
  saveProfile: async () => {},
  dictionary: async () => [],
  saveDictionary: async () => {},
  download: () => {},
  ...over,
});

describe('Options', () => {
  test('the checklist is searchable and every indicator shows its fields', async () => {
    render(<Options api={optionsApi()} />);
    const all = await screen.findAllByTestId('indicator');
    expect(all.length).toBeGreaterThanOrEqual(17);
    fireEvent.input(screen.getAllByLabelText('搜索指标…')[0], { target: { value: '份数' } });
    const shown = screen.getAllByTestId('indicator');
    expect(shown.map((e) => e.id)).toEqual(['missing-material-count']);
    expect(shown[0].textContent).toMatch(/标准.*含义.*如何识别.*正确示例.*问题示例/);
  });
});

describe('Options: the 通报 templates', () => {
  test('edits are saved together; the defaults come back on request', async () => {
    const set: Array<[string, unknown]> = [];
    render(<Options api={optionsApi({ set: async (k, v) => void set.push([k, v]) })} />);
    const issuer = (await screen.findByTestId('template-circularIssuer')) as HTMLInputElement;
    expect(issuer.value).toBe('县人民政府办公室');
    fireEvent.input(issuer, { target: { value: '溧阳市人民政府办公室' } });
    fireEvent.click(screen.getByTestId('save-templates'));
    await waitFor(() => expect(set).toHaveLength(5));
    expect(set).toContainEqual(['circularIssuer', '溧阳市人民政府办公室']);
    fireEvent.click(screen.getByTestId('restore-templates'));
    await waitFor(() => expect(set).toHaveLength(10));
    expect(set[5 + set.slice(5).findIndex(([k]) => k === 'circularIssuer')][1]).toBe('县人民政府办公室');
    expect((screen.getByTestId('template-circularIssuer') as HTMLInputElement).value).toBe(
      '县人民政府办公室',
    );
  });
});

describe('Options: the office dictionary', () => {
  const api = (saved: unknown[]) => optionsApi({ saveDictionary: async (e) => void saved.push(...e) });
  const upload = (text: string | Uint8Array<ArrayBuffer>, name = '词库.csv') =>
    fireEvent.change(screen.getByTestId('import-wording-dictionary'), {
      target: { files: [new File([text], name, { type: 'text/csv' })] },
    });

  test('a good file is stored whole; a bad one stores nothing and names the row', async () => {
    const saved: unknown[] = [];
    render(<Options api={api(saved)} />);
    await screen.findByTestId('import-wording-dictionary');
    upload(
      '\uFEFF错误写法,正确写法,类别,级别,说明\r\n县长助里,县长助理,领导职务,确定,\r\n凌笪乡,凌笪镇,行政区划,疑似,撤乡设镇\r\n',
    );
    await waitFor(() => expect(screen.getByTestId('dictionary-status').textContent).toContain('已导入 2 条'));
    expect(saved).toEqual([
      { wrong: '县长助里', right: '县长助理', category: '领导职务', level: 'flag' },
      { wrong: '凌笪乡', right: '凌笪镇', category: '行政区划', level: 'warn', note: '撤乡设镇' },
    ]);
    upload('错误写法,正确写法,类别,级别,说明\n县长助里,县长助理,,确定,\n县长助里,县长,,确定,\n');
    await waitFor(() => expect(screen.getByTestId('dictionary-problems').textContent).toContain('第3行'));
    expect(saved).toHaveLength(2);
  });

  test('a GBK file is refused with the encoding named; an empty file says so', async () => {
    const saved: unknown[] = [];
    render(<Options api={api(saved)} />);
    await screen.findByTestId('import-wording-dictionary');
    // 错误写法 in GBK
    upload(new Uint8Array([0xb4, 0xed, 0xce, 0xf3, 0xd0, 0xb4, 0xb7, 0xa8, 0x2c, 0x0a]));
    await waitFor(() =>
      expect(screen.getByTestId('dictionary-problems').textContent).toContain('不是 UTF-8'),
    );
    upload(new Uint8Array([]), '空.csv');
    await waitFor(() =>
      expect(screen.getByTestId('dictionary-problems').textContent).toContain('空.csv：文件是空的'),
    );
    expect(saved).toEqual([]);
  });
});

test('Options: a dictionary entry is added and deleted by hand', async () => {
  const saved: unknown[][] = [];
  render(
    <Options
      api={optionsApi({
        dictionary: async () => [{ wrong: '凌笪乡', right: '凌笪镇', level: 'warn' }],
        saveDictionary: async (e) => void saved.push(e),
      })}
    />,
  );
  await waitFor(() => expect(screen.getByTestId('dictionary-count').textContent).toContain('1'));
  fireEvent.input(screen.getByTestId('entry-wrong'), { target: { value: '县长助里' } });
  fireEvent.input(screen.getByTestId('entry-right'), { target: { value: '县长助理' } });
  fireEvent.submit(screen.getByTestId('add-entry').closest('form')!);
  await waitFor(() => expect(screen.getByTestId('dictionary-count').textContent).toContain('2'));
  expect(saved.at(-1)).toEqual([
    { wrong: '凌笪乡', right: '凌笪镇', level: 'warn' },
    { wrong: '县长助里', right: '县长助理', level: 'flag' },
  ]);
  fireEvent.click(screen.getByLabelText('删除：凌笪乡'));
  await waitFor(() =>
    expect(saved.at(-1)).toEqual([{ wrong: '县长助里', right: '县长助理', level: 'flag' }]),
  );
});

describe('Units outside gov.cn', () => {
  const far: Unit = { ...units[0], id: 'u3', name: '县融媒体中心', prefixes: ['https://www.xrmt.com.cn/'] };
  const api = (over: Partial<RoundsUnitsApi> = {}): RoundsUnitsApi => ({
    saveRound: async (r) => ({ ...round, ...r, id: 'r1' }),
    selectRound: async () => {},
    saveUnit: async (u) => ({ ...far, ...u, id: 'u9' }),
    deleteUnit: async () => {},
    importUnits: async () => ({ added: 0, updated: 0 }),
    missingAccess: async (p) => p,
    requestAccess: async () => true,
    ...over,
  });

  test('a unit whose host is not allowed is named, and 允许访问 asks for exactly that host', async () => {
    const ask = vi.fn(async () => true);
    const missing = vi.fn(async (p: string[]) => p);
    render(
      <RoundsUnits
        api={api({ requestAccess: ask, missingAccess: missing })}
        lang="zh"
        round={round}
        rounds={[round]}
        units={[...units, far]}
        onChange={() => {}}
      />,
    );
    const notice = await screen.findByTestId('unit-access-needed');
    expect(notice.textContent).toContain('www.xrmt.com.cn');
    expect(notice.textContent).not.toContain('demo.gov.cn');
    expect(missing).toHaveBeenCalledWith(['*://www.xrmt.com.cn/*']);
    fireEvent.click(screen.getByTestId('grant-unit-access'));
    expect(ask).toHaveBeenCalledWith(['*://www.xrmt.com.cn/*']);
    expect(await screen.findByText(/已获准访问/)).toBeTruthy();
  });

  test('gov.cn units alone ask for nothing', async () => {
    const missing = vi.fn(async (p: string[]) => p);
    render(
      <RoundsUnits
        api={api({ missingAccess: missing })}
        lang="en"
        round={round}
        rounds={[round]}
        units={units}
        onChange={() => {}}
      />,
    );
    await screen.findByText(/Units|单位/);
    expect(screen.queryByTestId('unit-access-needed')).toBeNull();
    expect(missing).not.toHaveBeenCalled();
  });
});
