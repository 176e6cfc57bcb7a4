// The office's 错敏词样本库: imported from CSV (错误写法,正确写法,类别,级别,说明), checked whole
// before anything is stored, exported back, and shared with inspectors through the JSON export.
import { useEffect, useState } from 'preact/hooks';
import type { WordingEntry } from '../../lib/engine/wording/types';
import {
  decodeText,
  parseWordingCsv,
  WORDING_HEADERS,
  wordingCsv,
  type WordingImport,
} from '../../lib/exchange/wording';
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
    const bytes = new Uint8Array(await file.arrayBuffer());
    let parsed: WordingImport;
    if (/\.xlsx$/i.test(file.name)) {
      // Excel and WPS workbooks: the reader loads only now, never with the page.
      const { readWordingXlsx } = await import('../../lib/exchange/wording-xlsx');
      parsed = await readWordingXlsx(bytes);
    } else {
      const decoded = decodeText(bytes);
      parsed =
        decoded.text === undefined
          ? { entries: [], problems: [decoded.problem!] }
          : parseWordingCsv(decoded.text);
    }
    setProblems(parsed.problems.map((p) => `${file.name}：${p}`));
    if (parsed.problems.length) return; // nothing is stored from a file with problems
    await api.saveDictionary(parsed.entries);
    setEntries(parsed.entries);
    setStatus(t(lang, 'dictionaryImported', { n: parsed.entries.length }));
  };

  const save = async (next: WordingEntry[]) => {
    await api.saveDictionary(next);
    setEntries(next);
  };
  const [draft, setDraft] = useState({ wrong: '', right: '', level: 'flag' as 'flag' | 'warn' });

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
          accept=".csv,.txt,.xlsx,text/csv"
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
      <form
        class="row"
        aria-label={t(lang, 'addEntry')}
        onSubmit={(e) => {
          e.preventDefault();
          const wrong = draft.wrong.trim();
          if (wrong.length < 2 || wrong === draft.right.trim()) return;
          const entry: WordingEntry = { wrong, level: draft.level };
          if (draft.right.trim()) entry.right = draft.right.trim();
          void save([...(entries ?? []).filter((x) => x.wrong !== wrong), entry]);
          setDraft({ ...draft, wrong: '', right: '' });
        }}
      >
        <input
          aria-label={WORDING_HEADERS[0]}
          placeholder={WORDING_HEADERS[0]}
          value={draft.wrong}
          onInput={(e) => setDraft({ ...draft, wrong: (e.target as HTMLInputElement).value })}
          data-testid="entry-wrong"
        />
        <input
          aria-label={WORDING_HEADERS[1]}
          placeholder={WORDING_HEADERS[1]}
          value={draft.right}
          onInput={(e) => setDraft({ ...draft, right: (e.target as HTMLInputElement).value })}
          data-testid="entry-right"
        />
        <select
          aria-label={WORDING_HEADERS[3]}
          value={draft.level}
          onChange={(e) =>
            setDraft({ ...draft, level: (e.target as HTMLSelectElement).value as 'flag' | 'warn' })
          }
        >
          <option value="flag">{t(lang, 'levelCertain')}</option>
          <option value="warn">{t(lang, 'levelSuspect')}</option>
        </select>
        <button type="submit" data-testid="add-entry">
          {t(lang, 'addEntry')}
        </button>
      </form>
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
              <th />
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
                <td>
                  <button
                    type="button"
                    class="secondary small"
                    aria-label={`${t(lang, 'delete')}：${e.wrong}`}
                    onClick={() => void save((entries ?? []).filter((x) => x.wrong !== e.wrong))}
                  >
                    {t(lang, 'delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
