/** The languages of the front ends; bokmål is the default. */
export const LANGUAGES = ['nb', 'nn', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nb';

/** BCP 47 locale handed to Intl for each language. */
export const INTL_LOCALE: Record<Language, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** `?lang=` wins, then a stored choice, then the default. */
export function pickLanguage(query: string | null | undefined, stored: string | null | undefined): Language {
  if (isLanguage(query)) return query;
  if (isLanguage(stored)) return stored;
  return DEFAULT_LANGUAGE;
}
