// One finding as a card that reads at 320 px: its circular-style description first, wrapping
// (never clipped), then column · indicator · 问题/提示 · inspector · time, and the actions in a
// compact menu. The level is said in words as well as colour (forced-colours mode drops colour).
import type { Finding } from '../../lib/domain/model';
import { isWebUrl } from '../../lib/domain/addresses';
import { indicator } from '../../lib/domain/checklist';
import { t, translator, type Lang } from '../shared/i18n';
import { RECT_KEY } from './rectification';

function when(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getMonth() + 1}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export function FindingCard(p: {
  f: Finding;
  lang: Lang;
  onReveal(): void;
  onEdit(): void;
  onRemove(): void;
  onScreenshot?: () => void;
}) {
  const { f, lang } = p;
  const L = translator(lang);
  const ind = indicator(f.rule);
  const level = f.level === 'warn' || ind?.level === 'warn' ? 'warn' : 'flag';
  const web = isWebUrl(f.pageUrl);
  return (
    <article class={`fcard ${level}`} data-testid="finding-row">
      <button
        type="button"
        class="link fdesc"
        onClick={() => web && p.onReveal()}
        aria-disabled={!web}
        title={f.pageUrl}
        data-testid="finding-description"
      >
        {f.description}
      </button>
      <div class="fmeta">
        <span class={`lvl ${level}`}>{L(level === 'warn' ? 'warning' : 'problem')}</span>
        {f.column && <span class="fcol">{f.column}</span>}
        <span class="frule">{(lang === 'zh' ? ind?.zh.name : ind?.en.name) ?? f.rule}</span>
        {f.inspector && <span class="fwho">{f.inspector}</span>}
        <span class="ftime">{when(f.createdAt)}</span>
        {f.rectification && <span class="frect">{L(RECT_KEY[f.rectification])}</span>}
      </div>
      <details class="factions">
        <summary aria-label={`${L('actions')}：${f.description}`} data-testid="finding-actions">
          ⋯
        </summary>
        <div class="factions-menu">
          <button
            type="button"
            class="secondary small"
            onClick={p.onEdit}
            aria-label={`${L('edit')}：${f.description}`}
          >
            {L('edit')}
          </button>
          {p.onScreenshot && (
            <button
              type="button"
              class="secondary small"
              data-testid="download-screenshot"
              aria-label={`${L('downloadScreenshot')}：${f.description}`}
              onClick={p.onScreenshot}
            >
              {L('shot')}
            </button>
          )}
          <button
            type="button"
            class="secondary small"
            aria-label={`${t(lang, 'delete')}：${f.description}`}
            onClick={p.onRemove}
          >
            {t(lang, 'delete')}
          </button>
        </div>
      </details>
    </article>
  );
}
