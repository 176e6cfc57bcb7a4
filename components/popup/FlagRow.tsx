// One flag of the page in the popup: a checkbox, its description, editable once chosen.
import type { FlagRecord } from '../../lib/engine/records';
import { t, type Lang } from '../shared/i18n';

export function FlagRow(p: {
  flag: FlagRecord;
  checked: boolean;
  onToggle: () => void;
  description: string;
  onDescription: (v: string) => void;
  lang: Lang;
}) {
  const id = `flag-${p.flag.key.replace(/[^\w-]/g, '_')}`;
  return (
    <li class={`flag ${p.flag.level}`}>
      <label for={id} class="check">
        <input
          id={id}
          type="checkbox"
          checked={p.checked}
          onChange={p.onToggle}
          data-testid="flag-checkbox"
        />
        <span>{p.flag.message}</span>
      </label>
      {p.checked && (
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
