import i18next from 'i18next';
import { useMemo } from 'react';
import { initReactI18next, useTranslation } from 'react-i18next';
import { CATALOGUES, DEFAULT_LANGUAGE, formatters, isLanguage, Language, pickLanguage } from '@samspill/web-i18n';

/** The language choice is a preference, not a secret: it may outlive the tab. */
const STORED = 'samspill.lang';

export function initialLanguage(): Language {
  const query = new URLSearchParams(window.location.search).get('lang');
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STORED);
  } catch {
    // storage disabled: the default applies
  }
  return pickLanguage(query, stored);
}

export async function initI18n(language: Language): Promise<void> {
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    supportedLngs: ['nb', 'nn', 'en'],
    resources: Object.fromEntries(Object.entries(CATALOGUES).map(([lng, catalogue]) => [lng, { translation: catalogue }])),
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
}

export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
  try {
    localStorage.setItem(STORED, language);
  } catch {
    // not remembered: still applied for this page
  }
  const url = new URL(window.location.href);
  if (url.searchParams.has('lang')) {
    url.searchParams.set('lang', language);
    window.history.replaceState(window.history.state, '', url);
  }
}

/** t() plus Intl formatters for the current language. */
export function useI18n() {
  const { t, i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  // One formatter set per language, so charts and callbacks that depend on it are not rebuilt on every render.
  const fmt = useMemo(() => formatters(language), [language]);
  return { t, language, fmt };
}
