// The office's 错敏词样本库: imported from CSV (错误写法,正确写法,类别,级别,说明), checked whole
// before anything is stored, exported back, and shared with inspectors through the JSON export.
import { useEffect, useState } from 'preact/hooks';
import type { WordingEntry } from '../../lib/engine/wording/types';
import { decodeText, parseWordingCsv, WORDING_HEADERS, wordingCsv } from '../../lib/exchange/wording';
import { t, type Lang } from '../shared/i18n';

export interface DictionaryApi {
  dictionary(): Promise<WordingEntry[]>;
  saveDictionary(entries: WordingEntry[]): Promise<void>;
  download(name: string, content: string, type: string): void;
}

export function Dictionary({ api, lang }: { api: DictionaryApi; lang: Lang }) {
  const [entries, setEntries] = useState<WordingEntry[] | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  useEffect(() => void api.dictionary().then(setEntries), []);

  const importFile = async (file: File) => {
    setStatus('');
    const decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
    const parsed =
      decoded.text === undefined
        ? { entries: [], problems: [decoded.problem!] }
        : parseWordingCsv(decoded.text);
    setProblems(parsed.problems.map((p) => `${file.name}：${p}`));
    if (parsed.problems.length) return; // nothing is stored from a file with problems
    await api.saveDictionary(parsed.entries);
    setEntries(parsed.entries);
    setStatus(t(lang, 'dictionaryImported', { n: parsed.entries.length }));
  };

  return (
    <div class="stack">
      <p class="muted">
        {t(lang, 'dictionaryHelp')} <code>{WORDING_HEADERS.join(',')}</code>
      </p>
      <p data-testid="dictionary-count">{t(lang, 'dictionaryCount', { n: entries?.length ?? 0 })}</p>
      <label>
        {t(lang, 'importDictionary')}
        <input
          type="file"
          accept=".csv,.txt,text/csv"
          data-testid="import-wording-dictionary"
          onChange={(e) => {
            const f = (e.target as HTMLInputElement).files?.[0];
            if (f) void importFile(f);
          }}
        />
      </label>
      <div class="row">
        <button
          type="button"
          class="secondary"
          disabled={!entries?.length}
          data-testid="export-wording-dictionary"
          onClick={() =>
            api.download('错敏词样本库.csv', wordingCsv(entries ?? []), 'text/csv;charset=utf-8')
          }
        >
          {t(lang, 'exportDictionary')}
        </button>
      </div>
      {problems.length > 0 && (
        <ul role="alert" class="error" data-testid="dictionary-problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <p role="status" data-testid="dictionary-status">
        {status}
      </p>
      {entries && entries.length > 0 && (
        <table class="small">
          <thead>
            <tr>
              {WORDING_HEADERS.map((h) => (
                <th key={h}>{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {entries.slice(0, 50).map((e) => (
              <tr key={e.wrong}>
                <td>{e.wrong}</td>
                <td>{e.right ?? ''}</td>
                <td>{e.category ?? ''}</td>
                <td>{e.level === 'flag' ? t(lang, 'levelCertain') : t(lang, 'levelSuspect')}</td>
                <td>{e.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
