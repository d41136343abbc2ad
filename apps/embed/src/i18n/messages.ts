import { CATALOGUES, INTL_LOCALE, Language } from '@samspill/web-i18n';

/**
 * The embeds read the front ends' shared catalogues (libs/web-i18n): their own strings under
 * `embed.*`, and the shared domain terms (`phase.*`, `light.*`) the web app uses too, so a phase
 * is called the same on a portal as in Samspill. Missing keys fail web-i18n's catalogue test.
 */
export type Lang = Language;

export const LOCALES: Record<Lang, string> = INTL_LOCALE;

/** nb | nn | en from a lang attribute such as "nn-NO" or "no"; bokmål when unknown. */
export function toLang(tag: string | null | undefined): Lang {
  const t = (tag ?? '').toLowerCase();
  if (t.startsWith('nn')) return 'nn';
  if (t.startsWith('en')) return 'en';
  return 'nb';
}

export type Translate = (key: string, params?: Record<string, string | number>) => string;

const lookup = (catalogue: unknown, path: string): string | undefined => {
  const value = path.split('.').reduce<unknown>((node, k) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[k] : undefined), catalogue);
  return typeof value === 'string' ? value : undefined;
};

/** `t('portfolioTitle', { name })` reads `embed.portfolioTitle`; a key the embed section lacks is read from the root (`phase.IDEA`). */
export function translator(lang: Lang): Translate {
  const catalogue = CATALOGUES[lang];
  return (key, params = {}) =>
    (lookup(catalogue, `embed.${key}`) ?? lookup(catalogue, key) ?? key).replace(/\{\{(\w+)\}\}/g, (_, p: string) => String(params[p] ?? ''));
}
