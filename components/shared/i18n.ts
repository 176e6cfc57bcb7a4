// UI text in Simplified Chinese (default) and English. Every string lives in the extension's
// _locales files (the translators' one place); they are bundled into the extension's pages so the
// inspector can choose the language in settings, whatever the browser's own language. Exports
// keep Chinese headers. The content script does not import this file (see text.ts).
import en from '../../assets/public/_locales/en/messages.json';
import zh from '../../assets/public/_locales/zh_CN/messages.json';
import { registerText, type Lang, type MsgKey, type TextTable } from './text';

export { t, translator, type Lang, type MsgKey } from './text';

type Messages = Record<string, { message: string }>;

export const MESSAGES: Record<Lang, TextTable> = {
  zh: flatten(zh),
  en: flatten(en),
};
registerText('zh', MESSAGES.zh);
registerText('en', MESSAGES.en);

function flatten(m: Messages): TextTable {
  const out = {} as TextTable;
  for (const [k, v] of Object.entries(m)) out[k as MsgKey] = v.message;
  return out;
}
