// A unit's header row in the review list: its result, how far it is from each veto, and the
// supervisor's override of the computed result.
import type { UnitResult, Verdict } from '../../lib/domain/circular';
import { translator, type Lang } from '../shared/i18n';

const VERDICT_CLASS: Record<Verdict, string> = { 不合格: 'fail', 合格: 'pass', 无问题: 'none' };
export const VERDICT_KEY = { 不合格: 'verdictFail', 合格: 'verdictPass', 无问题: 'verdictNone' } as const;

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
      <strong class="uname">{r.unit.name}</strong>
      <span class="badge">{p.shown}</span>
      <span class={`badge ${VERDICT_CLASS[r.verdict]}`} data-testid="unit-verdict">
        {L(VERDICT_KEY[r.verdict])}
        {overridden ? L('set') : ''}
      </span>
      <span class="muted small" title={r.vetoes.join('；')} data-testid="unit-distance">
        {L('toVetoNewsNoticeP0', {
          p0: r.distance.staleNewsNotice,
          p1: r.distance.staleAny,
          p2: r.distance.blank,
        })}
      </span>
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
  );
}
