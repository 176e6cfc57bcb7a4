// Recording an indicator that needs a person's judgement, picked from the checklist.
import { useState } from 'preact/hooks';
import { CHECKLIST, type Indicator } from '../../lib/domain/checklist';
import { t, type Lang } from '../shared/i18n';

function defaultManualDescription(template: string, column: string): string {
  return column ? template.replace(/某某|某栏目/, column) : template;
}

export function ManualFinding(p: {
  lang: Lang;
  onRecord(ind: Indicator, column: string, description: string): Promise<void>;
}) {
  const { lang } = p;
  const [query, setQuery] = useState('');
  const [manual, setManual] = useState<string>('');
  const [manualColumn, setManualColumn] = useState('');
  const [descriptions, setDescriptions] = useState<Record<string, string>>({});
  const matches = CHECKLIST.filter(
    (x) => !query || `${x.id} ${x.zh.name} ${x.en.name}`.toLowerCase().includes(query.toLowerCase()),
  );
  const recordManual = () => {
    const ind = CHECKLIST.find((x) => x.id === manual);
    if (!ind) return;
    const description =
      descriptions[`manual:${ind.id}`] ?? defaultManualDescription(ind.zh.description, manualColumn);
    void p.onRecord(ind, manualColumn, description);
  };
  return (
    <section aria-label={t(lang, 'manualFinding')}>
      <details>
        <summary>{t(lang, 'manualFinding')}</summary>
        <input
          type="search"
          placeholder={t(lang, 'searchIndicator')}
          aria-label={t(lang, 'searchIndicator')}
          value={query}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
          data-testid="indicator-search"
        />
        <select
          size={5}
          aria-label={t(lang, 'rule')}
          value={manual}
          onChange={(e) => setManual((e.target as HTMLSelectElement).value)}
          data-testid="indicator-picker"
        >
          {matches.map((x) => (
            <option key={x.id} value={x.id}>
              {lang === 'zh' ? x.zh.name : x.en.name}（
              {t(lang, x.level === 'veto' ? 'veto' : x.level === 'deduction' ? 'deduction' : 'warnLevel')}）
            </option>
          ))}
        </select>
        {manual && (
          <div class="stack">
            <label>
              {t(lang, 'column')}
              <input
                value={manualColumn}
                onInput={(e) => setManualColumn((e.target as HTMLInputElement).value)}
              />
            </label>
            <label>
              {t(lang, 'description')}
              <textarea
                rows={2}
                value={
                  descriptions[`manual:${manual}`] ??
                  defaultManualDescription(
                    CHECKLIST.find((x) => x.id === manual)!.zh.description,
                    manualColumn,
                  )
                }
                onInput={(e) =>
                  setDescriptions({
                    ...descriptions,
                    [`manual:${manual}`]: (e.target as HTMLTextAreaElement).value,
                  })
                }
              />
            </label>
            <button type="button" onClick={recordManual} data-testid="save-manual">
              {t(lang, 'record')}
            </button>
          </div>
        )}
      </details>
    </section>
  );
}
