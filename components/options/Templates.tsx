// The 通报's own words, edited once by the supervisor: 发文机关, 主送, the opening paragraph, the
// next-step requirements and the signature. Saved together; the defaults come back on request.
import { useState } from 'preact/hooks';
import { CIRCULAR_TEMPLATE_DEFAULTS, type CircularTemplates } from '../../lib/domain/templates';
import { translator, type Lang } from '../shared/i18n';

const FIELDS = [
  ['circularIssuer', 'templateIssuer', 1],
  ['circularRecipients', 'templateRecipients', 1],
  ['circularOpening', 'templateOpening', 4],
  ['circularRequirements', 'templateRequirements', 7],
  ['circularSignature', 'templateSignature', 1],
] as const;

export function Templates(p: {
  lang: Lang;
  value: CircularTemplates;
  save(next: CircularTemplates): Promise<void>;
}) {
  const L = translator(p.lang);
  const [draft, setDraft] = useState<CircularTemplates>(p.value);
  const [status, setStatus] = useState('');
  const save = async (next: CircularTemplates) => {
    setDraft(next);
    await p.save(next);
    setStatus(L('saved'));
  };
  return (
    <div class="stack" data-testid="circular-templates">
      <p class="muted">{L('templateHelp')}</p>
      {FIELDS.map(([key, label, rows]) => (
        <label key={key}>
          {L(label)}
          {rows === 1 ? (
            <input
              value={draft[key]}
              maxLength={200}
              onInput={(e) => setDraft({ ...draft, [key]: (e.target as HTMLInputElement).value })}
              data-testid={`template-${key}`}
            />
          ) : (
            <textarea
              rows={rows}
              value={draft[key]}
              maxLength={4000}
              onInput={(e) => setDraft({ ...draft, [key]: (e.target as HTMLTextAreaElement).value })}
              data-testid={`template-${key}`}
            />
          )}
        </label>
      ))}
      <div class="row">
        <button type="button" onClick={() => void save(draft)} data-testid="save-templates">
          {L('saveTemplates')}
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => void save({ ...CIRCULAR_TEMPLATE_DEFAULTS })}
          data-testid="restore-templates"
        >
          {L('restoreTemplates')}
        </button>
        <span role="status">{status}</span>
      </div>
    </div>
  );
}
