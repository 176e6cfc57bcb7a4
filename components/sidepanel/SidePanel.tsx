// The side panel: the current round's findings grouped by unit in the round's order, each unit's
// result against the veto thresholds, exports, import and merge, and last round's follow-up.
import { useEffect, useMemo, useState } from 'preact/hooks';
import ANSWER_KEY from '../../demo/answer-key.json';
import { unitResults } from '../../lib/domain/circular';
import type { Finding } from '../../lib/domain/model';
import { formatDate } from '../../lib/engine/dates';
import { t, translator, type Lang } from '../shared/i18n';
import { afterPaint } from '../shared/paint';
import type { SidePanelApi } from './api';
import { ImportFollowUp } from './ImportFollowUp';
import { Practice } from './Practice';
import { Review } from './Review';
import { RoundsUnits } from './RoundsUnits';

export type { SidePanelApi };

export function SidePanel({ api }: { api: SidePanelApi }) {
  const [st, setSt] = useState<Awaited<ReturnType<SidePanelApi['state']>> | null>(null);
  const [findings, setFindings] = useState<Finding[]>([]);
  const [previous, setPrevious] = useState<Finding[]>([]);
  const [error, setError] = useState('');
  const [tab, setTab] = useState<'review' | 'setup' | 'import' | 'practice'>('review');
  const lang: Lang = st?.settings.lang === 'en' ? 'en' : 'zh';
  const L = translator(lang);

  const reload = async (first = false, attempt = 0) => {
    try {
      const s = await api.state();
      setError('');
      if (first) {
        // A huge round shows its first rows at once; the rest follows.
        const head = await api.findings(s.round.id, 200);
        setSt(s);
        setFindings(head);
        if (head.length < 200) {
          setPrevious(await api.previousFindings());
          return;
        }
        // Let those rows paint before the full read, whose decoding holds the main thread.
        await afterPaint();
      }
      const [f, p] = await Promise.all([api.findings(s.round.id), api.previousFindings()]);
      setSt(s);
      setFindings(f);
      setPrevious(p);
    } catch (e) {
      // Right after the browser starts, the background may not answer yet: the first read is
      // tried again for a few seconds before the panel shows the error.
      if (first && attempt < 6) setTimeout(() => void reload(true, attempt + 1), 500 * (attempt + 1));
      else setError((e as Error).message);
    }
  };
  useEffect(() => {
    void reload(true);
    const onFocus = () => void reload();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, []);

  const results = useMemo(
    () => (st ? unitResults(st.round, st.units, findings, previous, st.round.verdicts ?? {}) : []),
    [st, findings, previous],
  );

  if (!st) return <main class="panel">{error ? <p role="alert">{error}</p> : <p>…</p>}</main>;
  return (
    <main class="panel" lang={t(lang, 'en')}>
      <h1>{t(lang, 'sideTitle')}</h1>
      <p class="muted" data-testid="panel-round">
        {t(lang, 'round')}：{st.round.name} · {t(lang, 'asOf')} {st.round.asOf}
      </p>
      <div role="tablist" class="row" aria-label={t(lang, 'sideTitle')}>
        {(
          [
            ['review', 'tabFindings'],
            ['setup', 'tabSetup'],
            ['import', 'tabImport'],
            ...(st.settings.trainee ? [['practice', 'tabPractice'] as const] : []),
          ] as const
        ).map(([id, key]) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={tab === id}
            class={tab === id ? '' : 'secondary'}
            onClick={() => setTab(id)}
            data-testid={`tab-${id}`}
          >
            {L(key)}
          </button>
        ))}
      </div>
      {tab === 'setup' && (
        <RoundsUnits
          key={st.round.id + st.round.updatedAt}
          api={api}
          lang={lang}
          round={st.round}
          rounds={st.rounds}
          units={st.units}
          onChange={() => void reload()}
        />
      )}
      {tab === 'practice' && (
        <Practice
          lang={lang}
          findings={findings}
          answerKey={ANSWER_KEY}
          practising={st.round.name.startsWith('练习')}
          onStart={() =>
            void api
              .saveRound(
                {
                  name: `练习：演示县网站 ${formatDate(new Date())}`,
                  asOf: formatDate(new Date()),
                  notes: '',
                  unitIds: [],
                },
                true,
              )
              .then(() => reload())
          }
        />
      )}
      {tab === 'import' && (
        <ImportFollowUp
          api={api}
          lang={lang}
          round={st.round}
          rounds={st.rounds}
          units={st.units}
          previous={previous}
          onChange={() => void reload()}
        />
      )}
      {tab === 'review' && (
        <Review
          api={api}
          lang={lang}
          round={st.round}
          units={st.units}
          findings={findings}
          results={results}
          templates={st.settings}
          error={error}
          setError={setError}
          onRemoved={(f) => setFindings(findings.filter((x) => x.id !== f.id))}
          reload={reload}
        />
      )}
    </main>
  );
}
