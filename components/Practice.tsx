// Trainee practice: the trainee records what they find on the demo site; this scores the round
// against the answer key, explaining each found, missed and wrongly recorded problem.
import { indicator } from '../lib/checklist';
import type { Finding } from '../lib/model';
import { scorePractice, targetOf, type AnswerItem } from '../lib/practice';
import type { Lang } from './i18n';

export function Practice(p: { lang: Lang; findings: Finding[]; answerKey: AnswerItem[]; onStart: () => void; practising: boolean }) {
  const L = (zh: string, en: string) => (p.lang === 'zh' ? zh : en);
  const s = scorePractice(p.findings, p.answerKey);
  const explain = (rule: string) => {
    const x = indicator(rule);
    return x ? `${x[p.lang].name}：${x[p.lang].meaning} ${L('识别：', 'Recognise: ')}${x[p.lang].recognise}` : rule;
  };
  const item = (k: AnswerItem) => `${k.path} · ${indicator(k.rule)?.[p.lang].name ?? k.rule} · ${k.target}`;
  return (
    <div class="stack">
      <h2>{L('练习评分（演示站点）', 'Practice score (demo site)')}</h2>
      <p>{L('在演示站点上浏览、记录你发现的问题，然后回到这里查看评分。每个结果都附有检查指标的说明。', 'Browse the demo site, record the problems you find, then come back for your score. Each result comes with the checklist\'s explanation.')}</p>
      {!p.practising && <div><button type="button" onClick={p.onStart} data-testid="start-practice">{L('开始练习轮次', 'Start a practice round')}</button></div>}
      <p data-testid="practice-score"><strong>{L(`得分 ${s.score}`, `Score ${s.score}`)}</strong>{L(`：发现 ${s.found.length}，遗漏 ${s.missed.length}，误记 ${s.wrong.length}`, `: ${s.found.length} found, ${s.missed.length} missed, ${s.wrong.length} wrongly recorded`)}</p>
      <details open><summary>{L('已发现', 'Found')}（{s.found.length}）</summary>
        <ul data-testid="practice-found">{s.found.map((k, i) => <li key={i}>{item(k)}</li>)}</ul>
      </details>
      <details open><summary>{L('遗漏', 'Missed')}（{s.missed.length}）</summary>
        <ul data-testid="practice-missed">{s.missed.map((k, i) => <li key={i}><strong>{item(k)}</strong><br /><span class="muted">{explain(k.rule)}</span></li>)}</ul>
      </details>
      <details open><summary>{L('误记（并非问题）', 'Wrongly recorded (not a problem)')}（{s.wrong.length}）</summary>
        <ul data-testid="practice-wrong">{s.wrong.map((f) => <li key={f.id}><strong>{f.description}</strong>（{new URL(f.pageUrl, 'http://x').pathname} · {targetOf(f)}）<br /><span class="muted">{explain(f.rule)}</span></li>)}</ul>
      </details>
    </div>
  );
}
