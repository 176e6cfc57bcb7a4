// Trainee practice: the trainee records what they find on the demo site; this scores the round
// against the answer key, explaining each found, missed and wrongly recorded problem.
import { indicator } from '../../lib/domain/checklist';
import type { Finding } from '../../lib/domain/model';
import { scorePractice, targetOf, type AnswerItem } from '../../lib/domain/practice';
import { useState } from 'preact/hooks';
import { translator, type Lang } from '../shared/i18n';

export function Practice(p: {
  lang: Lang;
  findings: Finding[];
  answerKey: AnswerItem[];
  onStart: () => void;
  practising: boolean;
}) {
  const L = translator(p.lang);
  const s = scorePractice(p.findings, p.answerKey);
  // The answers stay hidden until the trainee hands in: the list of what was missed is the key.
  const [handedIn, setHandedIn] = useState(false);
  const foundRequired = s.found.filter((k) => !k.optional).length;
  const explain = (rule: string) => {
    const x = indicator(rule);
    return x ? `${x[p.lang].name}：${x[p.lang].meaning} ${L('recognise2')}${x[p.lang].recognise}` : rule;
  };
  const item = (k: AnswerItem) => `${k.path} · ${indicator(k.rule)?.[p.lang].name ?? k.rule} · ${k.target}`;
  return (
    <div class="stack">
      <h2>{L('practiceScoreDemoSite')}</h2>
      <p>{L('browseTheDemoSiteRecord')}</p>
      {!p.practising && (
        <div>
          <button type="button" onClick={p.onStart} data-testid="start-practice">
            {L('startAPracticeRound')}
          </button>
        </div>
      )}
      {p.practising && !handedIn && (
        <div class="stack">
          <p data-testid="practice-progress">{L('practiceRecordedP0', { p0: p.findings.length })}</p>
          <div>
            <button type="button" onClick={() => setHandedIn(true)} data-testid="hand-in">
              {L('handIn')}
            </button>
          </div>
        </div>
      )}
      {handedIn && (
        <>
          <p data-testid="practice-score">
            <strong>{L('scoreP0', { p0: s.score })}</strong>
            {L('p0FoundP1MissedP2', { p0: s.found.length, p1: s.missed.length, p2: s.wrong.length })}
          </p>
          <p class="muted" data-testid="practice-formula">
            {L('scoreFormulaP0P1P2P3', {
              p0: foundRequired,
              p1: s.wrong.length,
              p2: s.required,
              p3: s.score,
            })}
          </p>
          <details open>
            <summary>
              {L('found')}（{s.found.length}）
            </summary>
            <ul data-testid="practice-found">
              {s.found.map((k, i) => (
                <li key={i}>{item(k)}</li>
              ))}
            </ul>
          </details>
          <details open>
            <summary>
              {L('missed')}（{s.missed.length}）
            </summary>
            <ul data-testid="practice-missed">
              {s.missed.map((k, i) => (
                <li key={i}>
                  <strong>{item(k)}</strong>
                  <br />
                  <span class="muted">{explain(k.rule)}</span>
                </li>
              ))}
            </ul>
          </details>
          <details open>
            <summary>
              {L('wronglyRecordedNotAProblem')}（{s.wrong.length}）
            </summary>
            <ul data-testid="practice-wrong">
              {s.wrong.map((f) => (
                <li key={f.id}>
                  <strong>{f.description}</strong>（{new URL(f.pageUrl, 'http://x').pathname} · {targetOf(f)}
                  ）
                  <br />
                  <span class="muted">{explain(f.rule)}</span>
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
    </div>
  );
}
