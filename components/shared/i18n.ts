// UI text in Simplified Chinese (default) and English. Every string lives in the extension's
// _locales files (the translators' one place); they are bundled into the extension's pages so the
// inspector can choose the language in settings, whatever the browser's own language. Exports
// keep Chinese headers. The content script does not import this file (see text.ts).
import en from '../../assets/public/_locales/en/messages.json';
import zh from '../../assets/public/_locales/zh_CN/messages.json';
import { INDICATOR_NAMES } from '../../lib/domain/checklist/table';
import { registerText, type Lang, type MsgKey, type TextTable } from './text';

export { t, translator, type Lang, type MsgKey } from './text';

type Messages = Record<string, { message: string }>;

export const MESSAGES: Record<Lang, TextTable> = {
  zh: flatten(zh, 'zh'),
  en: flatten(en, 'en'),
};
registerText('zh', MESSAGES.zh);
registerText('en', MESSAGES.en);

function flatten(m: Messages, lang: Lang): TextTable {
  const out = {} as TextTable;
  for (const [k, v] of Object.entries(m)) out[k as MsgKey] = v.message;
  // The checklist's indicator names ride along (read by indicatorName()): one table to send.
  const extra = out as Record<string, string>;
  for (const [id, name] of Object.entries(INDICATOR_NAMES)) extra[`indicator:${id}`] = name[lang];
  return out;
}
