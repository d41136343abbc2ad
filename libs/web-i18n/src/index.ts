import type { Catalogue } from './catalogue';
import { en } from './catalogues/en';
import { nb } from './catalogues/nb';
import { nn } from './catalogues/nn';
import type { Language } from './locales';

export * from './locales';
export * from './format';
export { catalogueKeys } from './catalogue';
export type { Catalogue } from './catalogue';
export { nb, nn, en };

/** Every catalogue by language: the web app and the portal embeds read the same strings. */
export const CATALOGUES: Record<Language, Catalogue> = { nb, nn, en };
