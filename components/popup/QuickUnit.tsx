// Adding the page's unit from the popup, prefilled from the page's SiteName/SiteIDCode meta.
import { useState } from 'preact/hooks';
import { t, type Lang } from '../shared/i18n';

export interface UnitDraft {
  name: string;
  siteName: string;
  siteIdCode: string;
  prefixes: string;
}

export function QuickUnit(p: { lang: Lang; suggested: UnitDraft; onAdd(d: UnitDraft): Promise<boolean> }) {
  const { lang } = p;
  const [unitDraft, setUnitDraft] = useState<UnitDraft | null>(null);
  const addUnit = async () => {
    if (unitDraft && (await p.onAdd(unitDraft))) setUnitDraft(null);
  };
  if (!unitDraft)
    return (
      <button type="button" onClick={() => setUnitDraft(p.suggested)} data-testid="quick-add-unit">
        {t(lang, 'addUnit')}
      </button>
    );
  return (
    <form
      class="stack"
      onSubmit={(e) => {
        e.preventDefault();
        void addUnit();
      }}
    >
      <label>
        {t(lang, 'unitName')}
        <input
          required
          value={unitDraft.name}
          onInput={(e) => setUnitDraft({ ...unitDraft, name: (e.target as HTMLInputElement).value })}
          data-testid="unit-name"
        />
      </label>
      <label>
        {t(lang, 'siteName')}
        <input
          value={unitDraft.siteName}
          onInput={(e) => setUnitDraft({ ...unitDraft, siteName: (e.target as HTMLInputElement).value })}
        />
      </label>
      <label>
        {t(lang, 'siteIdCode')}
        <input
          value={unitDraft.siteIdCode}
          onInput={(e) => setUnitDraft({ ...unitDraft, siteIdCode: (e.target as HTMLInputElement).value })}
        />
      </label>
      <label>
        {t(lang, 'prefixes')}
        <textarea
          rows={2}
          value={unitDraft.prefixes}
          onInput={(e) => setUnitDraft({ ...unitDraft, prefixes: (e.target as HTMLTextAreaElement).value })}
        />
      </label>
      <div class="row">
        <button type="submit" data-testid="save-unit">
          {t(lang, 'save')}
        </button>
        <button type="button" class="secondary" onClick={() => setUnitDraft(null)}>
          {t(lang, 'cancel')}
        </button>
      </div>
    </form>
  );
}
