// The review's one-line toolbar: a search box and one 筛选 button that opens the filters (rule,
// level, rectification, inspector) and the sort, so a 320 px panel keeps its height for findings.
import { useState } from 'preact/hooks';
import { CHECKLIST } from '../../lib/domain/checklist';
import { t, translator, type Lang } from '../shared/i18n';
import { RECT, RECT_KEY } from './rectification';

export interface Filter {
  text: string;
  rule: string;
  level: string;
  rect: string;
  inspector: string;
}
export type Sort = 'time' | 'column' | 'rule';

export function Toolbar(p: {
  lang: Lang;
  filter: Filter;
  setFilter(f: Filter): void;
  sort: Sort;
  setSort(s: Sort): void;
  inspectors: string[];
}) {
  const { lang, filter, setFilter } = p;
  const L = translator(lang);
  const [open, setOpen] = useState(false);
  const active = [filter.rule, filter.level, filter.rect, filter.inspector].filter(Boolean).length;
  const set = (key: keyof Filter) => (e: Event) =>
    setFilter({ ...filter, [key]: (e.target as HTMLSelectElement).value });
  return (
    <div class="toolbar" role="search">
      <div class="toolbar-line">
        <input
          type="search"
          aria-label={t(lang, 'filterText')}
          placeholder={t(lang, 'filterText')}
          value={filter.text}
          onInput={(e) => setFilter({ ...filter, text: (e.target as HTMLInputElement).value })}
          data-testid="filter-text"
        />
        <button
          type="button"
          class="secondary"
          aria-expanded={open}
          aria-controls="filter-panel"
          onClick={() => setOpen(!open)}
          data-testid="filter-toggle"
        >
          {L('filters')}
          {active ? ` (${active})` : ''}
        </button>
      </div>
      {/* Rendered while closed too, so the filters keep their state and tests can reach them. */}
      <div id="filter-panel" class="filter-panel" hidden={!open} data-testid="filter-panel">
        <select
          aria-label={t(lang, 'rule')}
          value={filter.rule}
          onChange={set('rule')}
          data-testid="filter-rule"
        >
          <option value="">{L('allIndicators')}</option>
          {CHECKLIST.map((x) => (
            <option key={x.id} value={x.id}>
              {lang === 'zh' ? x.zh.name : x.en.name}
            </option>
          ))}
        </select>
        <select
          aria-label={t(lang, 'level')}
          value={filter.level}
          onChange={set('level')}
          data-testid="filter-level"
        >
          <option value="">{L('allLevels')}</option>
          <option value="flag">{L('problem')}</option>
          <option value="warn">{L('warning')}</option>
        </select>
        <select aria-label={L('rectification')} value={filter.rect} onChange={set('rect')}>
          <option value="">{L('anyRectification')}</option>
          <option value="-">{L('notSet')}</option>
          {RECT.filter(Boolean).map((r) => (
            <option key={r} value={r}>
              {L(RECT_KEY[r as keyof typeof RECT_KEY])}
            </option>
          ))}
        </select>
        <select aria-label={t(lang, 'inspector')} value={filter.inspector} onChange={set('inspector')}>
          <option value="">{L('allInspectors')}</option>
          {p.inspectors.map((i) => (
            <option key={i} value={i}>
              {i}
            </option>
          ))}
        </select>
        <select
          aria-label={L('sort')}
          value={p.sort}
          onChange={(e) => p.setSort((e.target as HTMLSelectElement).value as Sort)}
        >
          <option value="time">{L('byTime')}</option>
          <option value="column">{L('byColumn')}</option>
          <option value="rule">{L('byIndicator')}</option>
        </select>
      </div>
    </div>
  );
}
