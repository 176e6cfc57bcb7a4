// The units whose sites lie outside gov.cn and that the inspector has not allowed the tool to
// read: their pages get no automatic check until allowed. Rechecked whenever the units change.
import { useEffect, useState } from 'preact/hooks';
import { patternsToRequest } from '../../lib/domain/access';
import type { Unit } from '../../lib/domain/model';
import { AccessNotice } from '../shared/AccessNotice';
import type { Lang } from '../shared/i18n';

export interface AccessApi {
  /** Of these host patterns, the ones the inspector has not allowed. */
  missingAccess(patterns: string[]): Promise<string[]>;
  /** Asks the browser for access to these hosts (from a click); true when allowed. */
  requestAccess(patterns: string[]): Promise<boolean>;
}

export const unitPatterns = (units: Array<Pick<Unit, 'prefixes'>>) =>
  patternsToRequest(units.flatMap((u) => u.prefixes));

export function UnitAccess(p: { api: AccessApi; lang: Lang; units: Unit[]; asked: number }) {
  const [missing, setMissing] = useState<string[]>([]);
  const patterns = unitPatterns(p.units).join(' ');
  useEffect(() => {
    let live = true;
    const wanted = patterns ? patterns.split(' ') : [];
    (wanted.length ? p.api.missingAccess(wanted) : Promise.resolve([])).then(
      (m) => live && setMissing(m),
      () => live && setMissing([]),
    );
    return () => {
      live = false;
    };
  }, [patterns, p.asked]);
  return (
    <AccessNotice
      lang={p.lang}
      kind="unit"
      patterns={missing}
      request={p.api.requestAccess}
      onGranted={() => setMissing([])}
    />
  );
}
