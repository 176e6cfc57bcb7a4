// The UI text lookup without the text itself: tables are registered by whoever has them. Extension
// pages register the bundled _locales (i18n.ts); the content script asks the background for its
// language's table, so the strings of every surface stay out of the script that runs in pages.
import type zh from '../../assets/public/_locales/zh_CN/messages.json';

export type Lang = 'zh' | 'en';
export type MsgKey = keyof typeof zh;
export type TextTable = Record<MsgKey, string>;

const tables: Partial<Record<Lang, TextTable>> = {};

export function registerText(lang: Lang, table: TextTable): void {
  tables[lang] = table;
}

export function t(lang: Lang, key: MsgKey, vars?: Record<string, string | number>): string {
  let s = tables[lang]?.[key] ?? tables.zh?.[key] ?? key;
  for (const [k, v] of Object.entries(vars ?? {})) s = s.split(`{${k}}`).join(String(v));
  return s;
}

/**
 * A checklist indicator's short name. The names travel with the text table (`indicator:<id>`,
 * added by i18n.ts), so the content script needs no copy of the checklist.
 */
export function indicatorName(lang: Lang, id: string): string {
  const key = `indicator:${id}`;
  const read = (l: Lang) => (tables[l] as Record<string, string> | undefined)?.[key];
  return read(lang) ?? read('zh') ?? id;
}

/** A translator bound to one language, for components. */
export const translator = (lang: Lang) => (key: MsgKey, vars?: Record<string, string | number>) =>
  t(lang, key, vars);
