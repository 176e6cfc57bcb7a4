// Asking the inspector to let the tool read hosts outside gov.cn: which hosts, why, one button.
// The browser's own prompt answers; the request is made inside the click (browsers grant host
// access only from a user gesture), and nothing else waits for the answer.
import { useState } from 'preact/hooks';
import { patternHost } from '../../lib/domain/access';
import { t, type Lang } from './i18n';

export interface AccessNoticeProps {
  lang: Lang;
  /** Host patterns (`*://host/*`) not allowed yet. */
  patterns: string[];
  kind: 'links' | 'unit';
  request(patterns: string[]): Promise<boolean>;
  onGranted(): void;
}

export function AccessNotice(p: AccessNoticeProps) {
  const [state, setState] = useState<'idle' | 'asking' | 'denied' | 'granted'>('idle');
  if (!p.patterns.length && state !== 'granted') return null;
  const ask = () => {
    setState('asking');
    p.request(p.patterns).then(
      (ok) => {
        setState(ok ? 'granted' : 'denied');
        if (ok) p.onGranted();
      },
      () => setState('denied'),
    );
  };
  const hosts = p.patterns.map(patternHost).join('、');
  return (
    <div class="notice stack" role="note" data-testid={`${p.kind}-access-needed`}>
      {state !== 'granted' && (
        <>
          <p>{t(p.lang, p.kind === 'links' ? 'accessLinksP0' : 'accessUnitP0', { p0: hosts })}</p>
          <p class="muted small">{t(p.lang, 'accessWhy')}</p>
          <button
            type="button"
            class="secondary"
            disabled={state === 'asking'}
            onClick={ask}
            data-testid={`grant-${p.kind === 'links' ? 'link' : 'unit'}-access`}
          >
            {t(p.lang, 'allowAccess')}
          </button>
        </>
      )}
      <p role="status" class="small">
        {state === 'asking'
          ? t(p.lang, 'accessAsking')
          : state === 'denied'
            ? t(p.lang, 'accessDenied')
            : state === 'granted'
              ? t(p.lang, 'accessGranted')
              : ''}
      </p>
    </div>
  );
}
