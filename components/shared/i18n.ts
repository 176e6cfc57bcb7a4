// UI text in Simplified Chinese (default) and English. Every string lives in the extension's
// _locales files (the translators' one place); they are bundled so the inspector can choose the
// language in settings, whatever the browser's own language. Exports keep Chinese headers.
import en from '../../assets/public/_locales/en/messages.json';
import zh from '../../assets/public/_locales/zh_CN/messages.json';

export type Lang = 'zh' | 'en';
export type MsgKey = keyof typeof zh;

type Messages = Record<string, { message: string }>;

export const MESSAGES: Record<Lang, Record<MsgKey, string>> = {
  zh: flatten(zh),
  en: flatten(en),
};

function flatten(m: Messages): Record<MsgKey, string> {
  const out = {} as Record<MsgKey, string>;
  for (const [k, v] of Object.entries(m)) out[k as MsgKey] = v.message;
  return out;
}

export function t(lang: Lang, key: MsgKey, vars?: Record<string, string | number>): string {
  let s = MESSAGES[lang]?.[key] ?? MESSAGES.zh[key] ?? key;
  for (const [k, v] of Object.entries(vars ?? {})) s = s.split(`{${k}}`).join(String(v));
  return s;
}

/** A translator bound to one language, for components. */
export const translator = (lang: Lang) => (key: MsgKey, vars?: Record<string, string | number>) =>
  t(lang, key, vars);
