// One flag of the page in the popup: a checkbox and what it is. A link or picture reads by its
// text and where it sits, the address on a second line, shortened; a flag this round already
// holds is marked. The description becomes editable once the flag is chosen.
import { useState } from 'preact/hooks';
import { flagFacts, type FlagRecord } from '../../lib/engine/records';
import { t, translator, type Lang } from '../shared/i18n';

/** host/…/last part of an address: enough to tell links apart in a 400 px popup. */
export function shortUrl(url: string): string {
  try {
    const u = new URL(url);
    const parts = u.pathname.split('/').filter(Boolean);
    const last = parts.at(-1) ?? '';
    const path = parts.length > 1 ? `/…/${last}` : parts.length ? `/${last}` : '/';
    const tail = path.length > 40 ? `${path.slice(0, 39)}…` : path;
    return `${u.host}${tail}${u.search ? '?…' : ''}`;
  } catch {
    return url.length > 50 ? `${url.slice(0, 49)}…` : url;
  }
}

export function FlagRow(p: {
  flag: FlagRecord;
  checked: boolean;
  recorded: boolean;
  onToggle: () => void;
  description: string;
  onDescription: (v: string) => void;
  lang: Lang;
}) {
  const L = translator(p.lang);
  // The description is rewritten on request only: after 全选, eleven text boxes would push the
  // list far below the fold.
  const [rewriting, setRewriting] = useState(false);
  const id = `flag-${p.flag.key.replace(/[^\w-]/g, '_')}`;
  const facts = flagFacts(p.flag);
  const isLink = p.flag.rule === 'dead-link' || p.flag.rule === 'broken-image';
  const text = (p.flag.item || p.flag.snippet || '').trim();
  return (
    <li class={`flag ${p.flag.level}${p.recorded ? ' recorded' : ''}`} data-rule={p.flag.rule}>
      <label for={id} class="check">
        <input
          id={id}
          type="checkbox"
          checked={p.checked}
          onChange={p.onToggle}
          data-testid="flag-checkbox"
        />
        <span class="fl-body">
          <span class="fl-level">{L(p.flag.level === 'warn' ? 'warning' : 'problem')}</span>
          {isLink ? (
            <>
              <span class="fl-main">
                {text ? `“${text.slice(0, 60)}”` : p.flag.message}
                {p.flag.column ? ` · ${p.flag.column}` : ''}
                {facts.reason ? `（${facts.reason}）` : ''}
              </span>
              {facts.url && (
                <span class="fl-url" title={facts.url}>
                  {shortUrl(facts.url)}
                </span>
              )}
            </>
          ) : (
            <span class="fl-main">{p.flag.message}</span>
          )}
          {p.recorded && (
            <span class="fl-recorded" data-testid="flag-recorded">
              {L('alreadyRecorded')}
            </span>
          )}
        </span>
      </label>
      {p.checked && !rewriting && (
        <button
          type="button"
          class="link small"
          onClick={() => setRewriting(true)}
          data-testid="rewrite-description"
        >
          {L('rewriteDescription')}
        </button>
      )}
      {p.checked && rewriting && (
        <textarea
          rows={2}
          aria-label={t(p.lang, 'description')}
          value={p.description}
          onInput={(e) => p.onDescription((e.target as HTMLTextAreaElement).value)}
        />
      )}
    </li>
  );
}
