// Editing the column-category profile: regions stricter than the national checklist set their
// own windows and name patterns here.
import { useState } from 'preact/hooks';
import { NATIONAL_PROFILE, windowLabel } from '../lib/profile';
import type { Category, Profile, Window } from '../lib/types';
import type { Lang } from './i18n';

type Unit = 'days' | 'weeks' | 'months' | 'years';
const UNITS: Array<[Unit, string, string]> = [['days', '天', 'days'], ['weeks', '周', 'weeks'], ['months', '个月', 'months'], ['years', '年', 'years']];

function windowParts(w?: Window): { n: number; unit: Unit } {
  for (const [u] of [...UNITS].reverse()) if (w?.[u]) return { n: w[u]!, unit: u };
  return { n: 0, unit: 'days' };
}

export function ProfileEditor(p: { lang: Lang; profile: Profile; save: (profile: Profile) => Promise<void> }) {
  const [draft, setDraft] = useState<Profile>(p.profile);
  const [status, setStatus] = useState('');
  const L = (zh: string, en: string) => (p.lang === 'zh' ? zh : en);
  const setCat = (i: number, c: Category) => setDraft({ ...draft, categories: draft.categories.map((x, j) => (j === i ? c : x)) });
  const submit = async (profile: Profile) => {
    try {
      await p.save(profile);
      setDraft(profile);
      setStatus(L('已保存，刷新页面后生效', 'Saved; reload inspected pages to apply'));
    } catch (e) {
      setStatus((e as Error).message);
    }
  };
  return (
    <form class="stack" onSubmit={(e) => { e.preventDefault(); void submit({ ...draft, id: draft.id === 'national' ? 'custom' : draft.id }); }} aria-label={L('栏目类别与更新期限', 'Column categories and windows')}>
      <label>{L('方案名称', 'Profile name')}<input value={draft.name} onInput={(e) => setDraft({ ...draft, name: (e.target as HTMLInputElement).value })} data-testid="profile-name" /></label>
      <table>
        <thead><tr><th>{L('类别', 'Category')}</th><th>{L('栏目名称包含', 'Column name contains')}</th><th>{L('更新期限', 'Window')}</th><th>{L('提前提醒（天）', 'Warn ahead (days)')}</th></tr></thead>
        <tbody>
          {draft.categories.map((c, i) => {
            const w = windowParts(c.window);
            return (
              <tr key={c.id} data-testid="profile-category">
                <td>{c.name}</td>
                <td><input aria-label={`${c.name} ${L('名称关键词', 'name patterns')}`} value={c.patterns.join('，')} onInput={(e) => setCat(i, { ...c, patterns: (e.target as HTMLInputElement).value.split(/[,，、\s]+/).filter(Boolean) })} /></td>
                <td>
                  {c.window ? (
                    <span class="row">
                      <input type="number" min={1} style={{ width: '5em' }} aria-label={`${c.name} ${L('期限数值', 'window length')}`} value={w.n} onInput={(e) => setCat(i, { ...c, window: { [w.unit]: Number((e.target as HTMLInputElement).value) || 1 } })} data-testid={`window-${c.id}`} />
                      <select aria-label={`${c.name} ${L('期限单位', 'window unit')}`} value={w.unit} onChange={(e) => setCat(i, { ...c, window: { [(e.target as HTMLSelectElement).value as Unit]: w.n } })}>
                        {UNITS.map(([u, zh, en]) => <option key={u} value={u}>{p.lang === 'zh' ? zh : en}</option>)}
                      </select>
                      <span class="muted">（{windowLabel(c.window)}）</span>
                    </span>
                  ) : L('不考核更新', 'exempt')}
                </td>
                <td>{c.window ? <input type="number" min={0} style={{ width: '5em' }} aria-label={`${c.name} ${L('提前提醒天数', 'lead days')}`} value={c.leadDays ?? 0} onInput={(e) => setCat(i, { ...c, leadDays: Number((e.target as HTMLInputElement).value) || 0 })} /> : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div class="row">
        <button type="submit" data-testid="save-profile">{L('保存方案', 'Save profile')}</button>
        <button type="button" class="secondary" onClick={() => void submit(NATIONAL_PROFILE)}>{L('恢复国家标准', 'Restore the national profile')}</button>
      </div>
      <p role="status">{status}</p>
    </form>
  );
}
