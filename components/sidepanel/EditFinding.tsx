// The edit form of one finding: description, note and rectification.
import { useState } from 'preact/hooks';
import type { Finding, Rectification } from '../../lib/domain/model';
import { t, translator, type Lang } from '../shared/i18n';
import { RECT, RECT_KEY } from './rectification';

export function EditFinding(p: {
  lang: Lang;
  f: Finding;
  onSave: (f: Finding) => void;
  onCancel: () => void;
}) {
  const [f, setF] = useState(p.f);
  const L = translator(p.lang);
  return (
    <form
      class="stack edit"
      role="dialog"
      aria-label={L('editFinding')}
      onSubmit={(e) => {
        e.preventDefault();
        p.onSave(f);
      }}
    >
      <label>
        {t(p.lang, 'description')}
        <textarea
          rows={2}
          value={f.description}
          onInput={(e) => setF({ ...f, description: (e.target as HTMLTextAreaElement).value })}
          data-testid="edit-description"
        />
      </label>
      <label>
        {t(p.lang, 'note')}
        <input value={f.note} onInput={(e) => setF({ ...f, note: (e.target as HTMLInputElement).value })} />
      </label>
      <label>
        {L('rectification')}
        <select
          value={f.rectification}
          onChange={(e) =>
            setF({ ...f, rectification: (e.target as HTMLSelectElement).value as Rectification })
          }
        >
          {RECT.map((r) => (
            <option key={r} value={r}>
              {r ? L(RECT_KEY[r]) : L('notSet')}
            </option>
          ))}
        </select>
      </label>
      {f.rule === 'stale-column' && (
        <label>
          {L('columnLevel')}
          <select
            value={f.evidence.level === 2 ? '2' : '1'}
            onChange={(e) =>
              setF({
                ...f,
                evidence: { ...f.evidence, level: Number((e.target as HTMLSelectElement).value) },
              })
            }
            data-testid="edit-column-level"
          >
            <option value="1">{L('levelFirst')}</option>
            <option value="2">{L('levelSub')}</option>
          </select>
        </label>
      )}
      <div class="row">
        <button type="submit" data-testid="save-edit">
          {t(p.lang, 'save')}
        </button>
        <button type="button" class="secondary" onClick={p.onCancel}>
          {t(p.lang, 'cancel')}
        </button>
      </div>
    </form>
  );
}
