// The options page: the checklist every trainee learns from, and the inspector's settings.
import { useEffect, useState } from 'preact/hooks';
import { CHECKLIST, LEVEL_LABEL } from '../../lib/domain/checklist';
import type { SettingKey, Settings } from '../../lib/domain/settings';
import { TEMPLATE_KEYS } from '../../lib/domain/templates';
import type { Profile } from '../../lib/engine/types';
import { t, type Lang } from '../shared/i18n';
import { Dictionary, type DictionaryApi } from './Dictionary';
import { Templates } from './Templates';
import { ProfileEditor } from './ProfileEditor';

export interface OptionsApi extends DictionaryApi {
  settings(): Promise<Settings>;
  set(key: SettingKey, value: string | boolean | number): Promise<void>;
  profile(): Promise<Profile>;
  saveProfile(p: Profile): Promise<void>;
}

export function Options({ api }: { api: OptionsApi }) {
  const [s, setS] = useState<Awaited<ReturnType<OptionsApi['settings']>> | null>(null);
  const [q, setQ] = useState('');
  const [status, setStatus] = useState('');
  const [profile, setProfile] = useState<Profile | null>(null);
  useEffect(() => {
    void api.settings().then(setS);
    void api.profile().then(setProfile);
  }, []);
  if (!s || !profile) return <main class="panel">…</main>;
  const lang = s.lang;
  const update = async (key: SettingKey, value: string | boolean | number) => {
    await api.set(key, value);
    setS({ ...s, [key]: value });
    setStatus(t(key === 'lang' ? (value as Lang) : lang, 'saved'));
  };
  const shown = CHECKLIST.filter(
    (x) => !q || JSON.stringify([x.id, x.zh, x.en]).toLowerCase().includes(q.toLowerCase()),
  );
  return (
    <main class="panel" lang={t(lang, 'en')}>
      <h1>{t(lang, 'optionsTitle')}</h1>
      <section aria-label={t(lang, 'settings')}>
        <h2>{t(lang, 'settings')}</h2>
        <div class="stack" style={{ maxWidth: '420px' }}>
          <label>
            {t(lang, 'inspector')}
            <input
              value={s.inspector}
              onChange={(e) => void update('inspector', (e.target as HTMLInputElement).value)}
            />
          </label>
          <label>
            {t(lang, 'language')}
            <select
              value={s.lang}
              onChange={(e) => void update('lang', (e.target as HTMLSelectElement).value)}
            >
              <option value="zh">简体中文</option>
              <option value="en">English</option>
            </select>
          </label>
          <label class="check">
            <input
              type="checkbox"
              checked={s.autoLinks}
              onChange={(e) => void update('autoLinks', (e.target as HTMLInputElement).checked)}
            />
            {t(lang, 'checkLinksAutomaticallyOnPages')}
          </label>
          <label class="check">
            <input
              type="checkbox"
              checked={s.trainee}
              onChange={(e) => void update('trainee', (e.target as HTMLInputElement).checked)}
            />
            {t(lang, 'traineeModeExplanationsOpenBy')}
          </label>
          <label>
            {t(lang, 'parallelLinkChecksPerSite')}
            <input
              type="number"
              min={1}
              max={16}
              value={s.perHost}
              onChange={(e) => void update('perHost', Number((e.target as HTMLInputElement).value) || 4)}
            />
          </label>
          <label>
            {t(lang, 'parallelLinkChecksOverall')}
            <input
              type="number"
              min={1}
              max={64}
              value={s.overall}
              onChange={(e) => void update('overall', Number((e.target as HTMLInputElement).value) || 16)}
            />
          </label>
          <label>
            {t(lang, 'mostLinksCheckedPerPage')}
            <input
              type="number"
              min={1}
              max={5000}
              value={s.linkCap}
              onChange={(e) => void update('linkCap', Number((e.target as HTMLInputElement).value) || 1500)}
            />
          </label>
          <p role="status">{status}</p>
        </div>
      </section>
      <section aria-label={t(lang, 'columnCategoriesAndWindows')}>
        <h2>{t(lang, 'columnCategoriesAndWindows')}</h2>
        <ProfileEditor
          lang={lang}
          profile={profile}
          save={async (p) => {
            await api.saveProfile(p);
            setProfile(p);
          }}
        />
      </section>
      <section aria-label={t(lang, 'circularTemplates')}>
        <h2>{t(lang, 'circularTemplates')}</h2>
        <Templates
          lang={lang}
          value={s}
          save={async (next) => {
            for (const key of TEMPLATE_KEYS) await api.set(key, next[key]);
            setS({ ...s, ...next });
          }}
        />
      </section>
      <section aria-label={t(lang, 'wordingDictionary')}>
        <h2>{t(lang, 'wordingDictionary')}</h2>
        <Dictionary api={api} lang={lang} />
      </section>
      <section aria-label={t(lang, 'checklist')}>
        <h2>{t(lang, 'checklist')}</h2>
        <input
          type="search"
          aria-label={t(lang, 'searchIndicator')}
          placeholder={t(lang, 'searchIndicator')}
          value={q}
          onInput={(e) => setQ((e.target as HTMLInputElement).value)}
        />
        {(['veto', 'deduction', 'warn'] as const).map((level) => (
          <div key={level}>
            <h2>{LEVEL_LABEL[level][lang]}</h2>
            {shown
              .filter((x) => x.level === level)
              .map((x) => {
                const d = x[lang];
                return (
                  <article class="indicator" id={x.id} key={x.id} data-testid="indicator">
                    <h3>
                      {d.name} <code>{x.id}</code>{' '}
                      <span class="badge">{x.automatic ? t(lang, 'automatic') : t(lang, 'manual')}</span>
                    </h3>
                    <dl class="fields">
                      <dt>{t(lang, 'threshold')}</dt>
                      <dd>{d.threshold}</dd>
                      {x.points !== null && (
                        <>
                          <dt>{t(lang, 'points')}</dt>
                          <dd>{x.points}</dd>
                        </>
                      )}
                      <dt>{t(lang, 'meaning')}</dt>
                      <dd>{d.meaning}</dd>
                      <dt>{t(lang, 'recognise')}</dt>
                      <dd>{d.recognise}</dd>
                      <dt>{t(lang, 'good')}</dt>
                      <dd>{d.good}</dd>
                      <dt>{t(lang, 'bad')}</dt>
                      <dd>{d.bad}</dd>
                      <dt>{t(lang, 'helps')}</dt>
                      <dd>{d.helps}</dd>
                    </dl>
                  </article>
                );
              })}
          </div>
        ))}
      </section>
    </main>
  );
}
