import type { nb } from './catalogues/nb';

/** The shape every catalogue must have: bokmål's keys, any string values. */
type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
export type Catalogue = Strings<typeof nb>;

/** Every leaf key of a catalogue as a dotted path ("matrix.title"). */
export function catalogueKeys(catalogue: object, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : catalogueKeys(value as object, `${prefix}${key}.`),
  );
}
