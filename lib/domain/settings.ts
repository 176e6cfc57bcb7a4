// Every setting with its default, in one place: the background reads through it, the options
// page and the messages validate against it.
import { LINK_DEFAULTS } from '../linkcheck/defaults';
import { CIRCULAR_TEMPLATE_DEFAULTS, type CircularTemplates } from './templates';

export type UiLang = 'zh' | 'en';

export interface Settings extends CircularTemplates {
  /** The inspector's name, written into every finding. */
  inspector: string;
  lang: UiLang;
  /** Check links automatically on pages of units in the current round. */
  autoLinks: boolean;
  /** Trainee mode: explanations open, the practice tab shown. */
  trainee: boolean;
  /** Links one page sends for checking at most. */
  linkCap: number;
  perHost: number;
  overall: number;
}

export const SETTING_DEFAULTS: Settings = {
  inspector: '',
  lang: 'zh',
  autoLinks: true,
  trainee: false,
  linkCap: LINK_DEFAULTS.linkCap,
  perHost: LINK_DEFAULTS.perHost,
  overall: LINK_DEFAULTS.overall,
  ...CIRCULAR_TEMPLATE_DEFAULTS,
};

export type SettingKey = keyof Settings;

export const SETTING_KEYS = Object.keys(SETTING_DEFAULTS) as SettingKey[];

/** Reads every setting through `read`, falling back to its default. */
export async function readSettings(
  read: <K extends SettingKey>(key: K, fallback: Settings[K]) => Promise<Settings[K]>,
): Promise<Settings> {
  const out = { ...SETTING_DEFAULTS };
  for (const key of SETTING_KEYS)
    (out as Record<string, unknown>)[key] = await read(key, SETTING_DEFAULTS[key]);
  return out;
}
