// A unit's header in the review list: its result, how far it is from a veto said in words
// ("再有 2 个栏目超期即单项否决"), a small picture of each veto clause against its threshold, and
// the supervisor's override of the computed result.
import { THRESHOLDS, type UnitResult, type Verdict } from '../../lib/domain/circular';
import { translator, type Lang } from '../shared/i18n';

const VERDICT_CLASS: Record<Verdict, string> = { 不合格: 'fail', 合格: 'pass', 无问题: 'none' };
export const VERDICT_KEY = { 不合格: 'verdictFail', 合格: 'verdictPass', 无问题: 'verdictNone' } as const;

const CLAUSES = [
  { key: 'staleNewsNotice', label: 'clauseNews', words: 'toVetoNewsP0' },
  { key: 'staleAny', label: 'clauseStale', words: 'toVetoStaleP0' },
  { key: 'blank', label: 'clauseBlank', words: 'toVetoBlankP0' },
] as const;

/** The nearest veto in words, or the vetoes that already failed the unit. */
export function distanceWords(r: UnitResult, lang: Lang): string {
  const L = translator(lang);
  if (r.vetoes.length) return L('vetoedP0', { p0: r.vetoes.join('；') });
  const nearest = [...CLAUSES].sort((a, b) => r.distance[a.key] - r.distance[b.key])[0];
  return L(nearest.words, { p0: r.distance[nearest.key] });
}

function UnitChart({ r, lang }: { r: UnitResult; lang: Lang }) {
  const L = translator(lang);
  const count = { staleNewsNotice: r.staleNewsNotice, staleAny: r.staleAny, blank: r.blank };
  return (
    <div class="uchart" role="img" aria-label={L('vetoChart', { p0: r.unit.name })} data-testid="unit-chart">
      {CLAUSES.map((c) => {
        const n = count[c.key];
        const limit = THRESHOLDS[c.key];
        const share = Math.min(1, n / limit);
        return (
          <div class="ubar" key={c.key} data-clause={c.key}>
            <span class="ubar-label">{L(c.label)}</span>
            <span class="ubar-track">
              <span class={`ubar-fill${n >= limit ? ' over' : ''}`} style={{ width: `${share * 100}%` }} />
            </span>
            <span class="ubar-n">
              {n}/{limit}
            </span>
          </div>
        );
      })}
    </div>
  );
}

export function UnitHeader(p: {
  r: UnitResult;
  shown: number;
  lang: Lang;
  onVerdict: (v: Verdict | '') => void;
}) {
  const { r, lang } = p;
  const L = translator(lang);
  const overridden = r.verdict !== r.computed;
  return (
    <div class="uhead" data-testid="unit-header">
      <div class="uline">
        <strong class="uname">{r.unit.name}</strong>
        <span class={`badge ${VERDICT_CLASS[r.verdict]}`} data-testid="unit-verdict">
          {L(VERDICT_KEY[r.verdict])}
          {overridden ? L('set') : ''}
        </span>
        <span class="badge count">{p.shown}</span>
        <select
          aria-label={`${r.unit.name} ${L('result')}`}
          value={overridden ? r.verdict : ''}
          onChange={(e) => p.onVerdict((e.target as HTMLSelectElement).value as Verdict | '')}
        >
          <option value="">{L('computedP0', { p0: L(VERDICT_KEY[r.computed]) })}</option>
          <option value="不合格">{L('verdictFail')}</option>
          <option value="合格">{L('verdictPass')}</option>
          <option value="无问题">{L('verdictNone')}</option>
        </select>
      </div>
      <p class="udist" data-testid="unit-distance">
        {distanceWords(r, lang)}
      </p>
      <UnitChart r={r} lang={lang} />
    </div>
  );
}
