// Rounds (检查轮次) and units (单位): the set-up an inspector does once per quarter.
import { useState } from 'preact/hooks';
import { formatDate } from '../../lib/engine/dates';
import { defaultRoundName, type Round, type Unit } from '../../lib/domain/model';
import { importUnits, type UnitDraft } from '../../lib/exchange/unitimport';
import { translator, type Lang } from '../shared/i18n';
import { UnitAccess, unitPatterns, type AccessApi } from './UnitAccess';

export interface RoundsUnitsApi extends AccessApi {
  saveRound(
    r: Omit<Round, 'id' | 'createdAt' | 'updatedAt'> & { id?: string },
    select: boolean,
  ): Promise<Round>;
  selectRound(id: string): Promise<void>;
  saveUnit(u: Omit<Unit, 'id' | 'createdAt' | 'updatedAt'> & { id?: string }): Promise<Unit>;
  deleteUnit(id: string): Promise<void>;
  importUnits(units: UnitDraft[]): Promise<{ added: number; updated: number }>;
}

interface Props {
  api: RoundsUnitsApi;
  lang: Lang;
  round: Round;
  rounds: Round[];
  units: Unit[];
  onChange: () => void;
}

const emptyUnit = { name: '', siteName: '', siteIdCode: '', prefixes: '' };

export function RoundsUnits({ api, lang, round, rounds, units, onChange }: Props) {
  const L = translator(lang);
  const [draft, setDraft] = useState({ name: round.name, asOf: round.asOf, notes: round.notes });
  const [unitForm, setUnitForm] = useState<(typeof emptyUnit & { id?: string }) | null>(null);
  const [pending, setPending] = useState<{ units: UnitDraft[]; problems: string[]; file: string } | null>(
    null,
  );
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [asked, setAsked] = useState(0);
  // Asked inside the click that saves or imports (browsers grant host access only then); the units
  // are saved whatever the answer, and the notice below offers it again.
  const askAccess = (list: Array<Pick<Unit, 'prefixes'>>) => {
    const patterns = unitPatterns(list);
    if (patterns.length)
      void api.requestAccess(patterns).then(
        () => setAsked((n) => n + 1),
        () => {},
      );
  };
  const run = async (work: () => Promise<unknown>, done: string) => {
    setError('');
    try {
      await work();
      setStatus(done);
      onChange();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const ordered = [
    ...round.unitIds.map((id) => units.find((u) => u.id === id)).filter((u): u is Unit => !!u),
    ...units.filter((u) => !round.unitIds.includes(u.id)),
  ];

  const readFile = async (file: File) => {
    const r = importUnits(new Uint8Array(await file.arrayBuffer()));
    setPending({ ...r, file: file.name });
  };

  return (
    <div class="stack">
      <section aria-labelledby="round-h">
        <h2 id="round-h">{L('inspectionRound')}</h2>
        <div class="row">
          <label>
            {L('currentRound')}
            <select
              value={round.id}
              onChange={(e) =>
                void run(() => api.selectRound((e.target as HTMLSelectElement).value), L('switched'))
              }
              data-testid="round-select"
            >
              {rounds.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}（{r.asOf}）
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            class="secondary"
            data-testid="new-round"
            onClick={() =>
              void run(
                () =>
                  api.saveRound(
                    {
                      name:
                        defaultRoundName(new Date()) +
                        (rounds.some((r) => r.name === defaultRoundName(new Date()))
                          ? `（${rounds.length + 1}）`
                          : ''),
                      asOf: formatDate(new Date()),
                      notes: '',
                      unitIds: round.unitIds,
                    },
                    true,
                  ),
                L('roundCreated'),
              )
            }
          >
            {L('newRound')}
          </button>
        </div>
        <form
          class="stack"
          style={{ maxWidth: '480px' }}
          onSubmit={(e) => {
            e.preventDefault();
            void run(
              () => api.saveRound({ id: round.id, unitIds: round.unitIds, ...draft }, true),
              L('saved'),
            );
          }}
        >
          <label>
            {L('roundName')}
            <input
              required
              value={draft.name}
              onInput={(e) => setDraft({ ...draft, name: (e.target as HTMLInputElement).value })}
              data-testid="round-name"
            />
          </label>
          <label>
            {L('inspectionDateWindowsCountBack')}
            <input
              type="date"
              required
              value={draft.asOf}
              onInput={(e) => setDraft({ ...draft, asOf: (e.target as HTMLInputElement).value })}
              data-testid="round-asof"
            />
          </label>
          <label>
            {L('notes')}
            <textarea
              rows={2}
              value={draft.notes}
              onInput={(e) => setDraft({ ...draft, notes: (e.target as HTMLTextAreaElement).value })}
            />
          </label>
          <div>
            <button type="submit" data-testid="save-round">
              {L('saveRound')}
            </button>
          </div>
        </form>
      </section>

      <section aria-labelledby="units-h">
        <h2 id="units-h">
          {L('units')}（{units.length}）
        </h2>
        <div class="row">
          <button type="button" onClick={() => setUnitForm({ ...emptyUnit })} data-testid="add-unit">
            {L('addUnit2')}
          </button>
          <label>
            {L('importFromASpreadsheetCsv')}
            <input
              type="file"
              accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
              onChange={(e) => {
                const f = (e.target as HTMLInputElement).files?.[0];
                if (f) void readFile(f);
              }}
              data-testid="import-units"
            />
          </label>
        </div>
        <UnitAccess api={api} lang={lang} units={units} asked={asked} />
        {pending && (
          <div role="dialog" aria-label={L('importUnits')} class="stack" data-testid="import-units-preview">
            <p>{L('unitsInFile', { file: pending.file, n: pending.units.length })}</p>
            {pending.problems.length > 0 && (
              <ul>
                {pending.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            )}
            <div class="row">
              <button
                type="button"
                disabled={!pending.units.length}
                data-testid="confirm-import-units"
                onClick={() => {
                  askAccess(pending.units);
                  void run(async () => {
                    const r = await api.importUnits(pending.units);
                    setPending(null);
                    setStatus(L('importedP0AddedP1Updated', { p0: r.added, p1: r.updated }));
                  }, '');
                }}
              >
                {L('import')}
              </button>
              <button type="button" class="secondary" onClick={() => setPending(null)}>
                {L('cancel')}
              </button>
            </div>
          </div>
        )}
        {unitForm && (
          <form
            class="stack"
            style={{ maxWidth: '480px' }}
            onSubmit={(e) => {
              e.preventDefault();
              const u = unitForm;
              const prefixes = u.prefixes.split(/\s+/).filter(Boolean);
              askAccess([{ prefixes }]);
              void run(async () => {
                await api.saveUnit({
                  id: u.id,
                  name: u.name.trim(),
                  siteName: u.siteName.trim(),
                  siteIdCode: u.siteIdCode.trim(),
                  prefixes,
                });
                setUnitForm(null);
              }, L('unitSaved'));
            }}
          >
            <label>
              {L('unitName')}
              <input
                required
                value={unitForm.name}
                onInput={(e) => setUnitForm({ ...unitForm, name: (e.target as HTMLInputElement).value })}
              />
            </label>
            <label>
              {L('siteName')}
              <input
                value={unitForm.siteName}
                onInput={(e) => setUnitForm({ ...unitForm, siteName: (e.target as HTMLInputElement).value })}
              />
            </label>
            <label>
              {L('siteIdCode')}
              <input
                value={unitForm.siteIdCode}
                pattern="[0-9A-Za-z]{10}"
                onInput={(e) =>
                  setUnitForm({ ...unitForm, siteIdCode: (e.target as HTMLInputElement).value })
                }
              />
            </label>
            <label>
              {L('urlPrefixesOnePerLine')}
              <textarea
                rows={2}
                value={unitForm.prefixes}
                onInput={(e) =>
                  setUnitForm({ ...unitForm, prefixes: (e.target as HTMLTextAreaElement).value })
                }
              />
            </label>
            <div class="row">
              <button type="submit">{L('save')}</button>
              <button type="button" class="secondary" onClick={() => setUnitForm(null)}>
                {L('cancel')}
              </button>
            </div>
          </form>
        )}
        <table>
          <thead>
            <tr>
              <th>{L('no')}</th>
              <th>{L('unit2')}</th>
              <th>{L('site')}</th>
              <th>{L('idCode')}</th>
              <th>{L('prefixes2')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {ordered.map((u, i) => (
              <tr key={u.id} data-testid="unit-row">
                <td>{i + 1}</td>
                <td>{u.name}</td>
                <td>{u.siteName}</td>
                <td>{u.siteIdCode}</td>
                <td>{u.prefixes.join(' ')}</td>
                <td class="row">
                  <button
                    type="button"
                    class="secondary"
                    onClick={() =>
                      setUnitForm({
                        id: u.id,
                        name: u.name,
                        siteName: u.siteName,
                        siteIdCode: u.siteIdCode,
                        prefixes: u.prefixes.join('\n'),
                      })
                    }
                  >
                    {L('edit')}
                  </button>
                  <button
                    type="button"
                    class="secondary"
                    aria-label={`${L('delete')} ${u.name}`}
                    onClick={() => {
                      if (confirm(L('deleteP0', { p0: u.name })))
                        void run(() => api.deleteUnit(u.id), L('deleted'));
                    }}
                  >
                    {L('delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <p role="status" data-testid="setup-status">
        {status}
      </p>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </div>
  );
}
