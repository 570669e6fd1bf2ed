import { uiLanguageOf, type UiLanguage } from './languages.js';

/**
 * The language a terminal's messages are in, as POSIX ranks the settings: LC_ALL over LC_MESSAGES
 * over LANG, the first one set deciding (an unsupported one means English, not the next setting).
 * "C" and "POSIX" are English.
 */
export function languageOfEnvironment(env: Readonly<Record<string, string | undefined>>): UiLanguage {
  const setting = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v.trim() !== '');
  return uiLanguageOf(setting) ?? 'en';
}
