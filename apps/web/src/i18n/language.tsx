import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { format, MESSAGES, type Language, type MessageKey } from './messages';

const STORAGE_KEY = 'pilotmatch.lang';

interface LanguageState {
  lang: Language;
  setLang: (lang: Language) => void;
  /** The UI text for a key, with `{name}` placeholders filled. */
  t: (key: MessageKey, values?: Record<string, string | number>) => string;
  /** Picks the text of the current language from a bilingual pair (API labels, names with an English variant). */
  pick: (zh: string, en?: string | null) => string;
}

const LanguageContext = createContext<LanguageState | null>(null);

/** Chinese unless the user chose English on this browser before. */
export function initialLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Language>(initialLanguage);
  const setLang = useCallback((next: Language) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    dayjs.locale(lang === 'zh' ? 'zh-cn' : 'en');
  }, [lang]);
  const value = useMemo<LanguageState>(
    () => ({
      lang,
      setLang,
      t: (key, values) => format(MESSAGES[lang][key], values),
      pick: (zh, en) => (lang === 'en' && en ? en : zh),
    }),
    [lang, setLang],
  );
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error('useLanguage outside LanguageProvider');
  return state;
}

/** The language the API should answer in (match reasons): sent as Accept-Language. */
export function currentLanguage(): Language {
  return initialLanguage();
}
