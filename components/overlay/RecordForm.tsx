// The in-page recording form: the same prefilled finding as the popup, so the inspector
// never leaves the page.
import { useRef, useState } from 'preact/hooks';
import type { FindingInput } from '../../lib/domain/model';
import { findingFromFlag, type FlagRecord, type RecordContext } from '../../lib/engine/records';
import { t, type Lang } from '../shared/text';

export interface RecordFormProps {
  flag: FlagRecord;
  lang: Lang;
  context: RecordContext & { unitName?: string };
  save: (f: FindingInput) => Promise<{ updated: boolean }>;
  onClose: () => void;
  /** Act on the inspector's own input only: a page script's synthetic events are ignored. */
  trustedOnly?: boolean;
}

export function RecordForm(p: RecordFormProps) {
  const [description, setDescription] = useState(p.flag.message);
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<string>('');
  const lastInput = useRef(false);
  const track = (ev: Event) => (lastInput.current = ev.isTrusted);
  const submit = async (e: Event) => {
    e.preventDefault();
    // A hostile page can reach our elements and click them, and the submit a scripted click
    // causes is itself trusted: what counts is whether the click or key that caused it was.
    if (p.trustedOnly && !lastInput.current) return;
    try {
      // No inspector's name in here: the background writes it from settings, so a page that
      // reads this form learns nothing about who inspects it.
      const r = await p.save(findingFromFlag(p.flag, { ...p.context, inspector: '' }, description, note));
      setStatus(r.updated ? t(p.lang, 'updated') : t(p.lang, 'recorded'));
    } catch (err) {
      setStatus(`${t(p.lang, 'error')}：${(err as Error).message}`);
    }
  };
  return (
    <form
      class="sp-form"
      role="dialog"
      aria-label={t(p.lang, 'popupTitle')}
      onSubmit={submit}
      onClickCapture={track}
      onKeyDownCapture={track}
    >
      <p>
        <strong>{t(p.lang, 'unit')}：</strong>
        {p.context.unitName ?? t(p.lang, 'unknownUnit')}
      </p>
      <label>
        {t(p.lang, 'description')}
        <textarea
          value={description}
          onInput={(e) => setDescription((e.target as HTMLTextAreaElement).value)}
          rows={3}
          autoFocus
          data-testid="finding-description"
        />
      </label>
      <label>
        {t(p.lang, 'note')}
        <input value={note} onInput={(e) => setNote((e.target as HTMLInputElement).value)} />
      </label>
      <div class="sp-actions">
        <button type="submit" data-testid="save-finding">
          {t(p.lang, 'save')}
        </button>
        <button type="button" onClick={p.onClose}>
          {t(p.lang, 'close')}
        </button>
      </div>
      <p role="status" data-testid="record-status">
        {status}
      </p>
    </form>
  );
}
