// Editing the column-category profile: regions stricter than the national checklist set their
// own windows and name patterns here.
import { useState } from 'preact/hooks';
import { NATIONAL_PROFILE, windowLabel } from '../../lib/domain/profile';
import type { Category, Profile, Window } from '../../lib/engine/types';
import { translator, type Lang, type MsgKey } from '../shared/i18n';

type Unit = 'days' | 'weeks' | 'months' | 'years';
const UNITS: Array<[Unit, MsgKey]> = [
  ['days', 'unitDays'],
  ['weeks', 'unitWeeks'],
  ['months', 'unitMonths'],
  ['years', 'unitYears'],
];

function windowParts(w?: Window): { n: number; unit: Unit } {
  for (const [u] of [...UNITS].reverse()) if (w?.[u]) return { n: w[u]!, unit: u };
  return { n: 0, unit: 'days' };
}

export function ProfileEditor(p: {
  lang: Lang;
  profile: Profile;
  save: (profile: Profile) => Promise<void>;
}) {
  const [draft, setDraft] = useState<Profile>(p.profile);
  const [status, setStatus] = useState('');
  const L = translator(p.lang);
  const setCat = (i: number, c: Category) =>
    setDraft({ ...draft, categories: draft.categories.map((x, j) => (j === i ? c : x)) });
  const submit = async (profile: Profile) => {
    try {
      await p.save(profile);
      setDraft(profile);
      setStatus(L('savedReloadInspectedPagesTo'));
    } catch (e) {
      setStatus((e as Error).message);
    }
  };
  return (
    <form
      class="stack"
      onSubmit={(e) => {
        e.preventDefault();
        void submit({ ...draft, id: draft.id === 'national' ? 'custom' : draft.id });
      }}
      aria-label={L('columnCategoriesAndWindows')}
    >
      <label>
        {L('profileName')}
        <input
          value={draft.name}
          onInput={(e) => setDraft({ ...draft, name: (e.target as HTMLInputElement).value })}
          data-testid="profile-name"
        />
      </label>
      <table>
        <thead>
          <tr>
            <th>{L('category2')}</th>
            <th>{L('columnNameContains')}</th>
            <th>{L('window')}</th>
            <th>{L('warnAheadDays')}</th>
          </tr>
        </thead>
        <tbody>
          {draft.categories.map((c, i) => {
            const w = windowParts(c.window);
            return (
              <tr key={c.id} data-testid="profile-category">
                <td>{c.name}</td>
                <td>
                  <input
                    aria-label={`${c.name} ${L('namePatterns')}`}
                    value={c.patterns.join('，')}
                    onInput={(e) =>
                      setCat(i, {
                        ...c,
                        patterns: (e.target as HTMLInputElement).value.split(/[,，、\s]+/).filter(Boolean),
                      })
                    }
                  />
                </td>
                <td>
                  {c.window ? (
                    <span class="row">
                      <input
                        type="number"
                        min={1}
                        style={{ width: '5em' }}
                        aria-label={`${c.name} ${L('windowLength')}`}
                        value={w.n}
                        onInput={(e) =>
                          setCat(i, {
                            ...c,
                            window: { [w.unit]: Number((e.target as HTMLInputElement).value) || 1 },
                          })
                        }
                        data-testid={`window-${c.id}`}
                      />
                      <select
                        aria-label={`${c.name} ${L('windowUnit')}`}
                        value={w.unit}
                        onChange={(e) =>
                          setCat(i, {
                            ...c,
                            window: { [(e.target as HTMLSelectElement).value as Unit]: w.n },
                          })
                        }
                      >
                        {UNITS.map(([u, key]) => (
                          <option key={u} value={u}>
                            {L(key)}
                          </option>
                        ))}
                      </select>
                      <span class="muted">（{windowLabel(c.window)}）</span>
                    </span>
                  ) : (
                    L('exempt')
                  )}
                </td>
                <td>
                  {c.window ? (
                    <input
                      type="number"
                      min={0}
                      style={{ width: '5em' }}
                      aria-label={`${c.name} ${L('leadDays')}`}
                      value={c.leadDays ?? 0}
                      onInput={(e) =>
                        setCat(i, { ...c, leadDays: Number((e.target as HTMLInputElement).value) || 0 })
                      }
                    />
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div class="row">
        <button type="submit" data-testid="save-profile">
          {L('saveProfile')}
        </button>
        <button type="button" class="secondary" onClick={() => void submit(NATIONAL_PROFILE)}>
          {L('restoreTheNationalProfile')}
        </button>
      </div>
      <p role="status">{status}</p>
    </form>
  );
}
