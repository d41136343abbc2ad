import DataLoader from 'dataloader';

/** Batches lookups by id within one request; missing ids resolve to null. */
export function byIdLoader<T>(fetch: (ids: readonly string[]) => Promise<T[]>, idOf: (item: T) => string) {
  return new DataLoader<string, T | null>(async (ids) => {
    const found = new Map((await fetch(ids)).map((item) => [idOf(item), item]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Batches one-to-many lookups (e.g. goals of many focus areas) within one request. */
export function groupLoader<T>(fetch: (keys: readonly string[]) => Promise<T[]>, keyOf: (item: T) => string) {
  return new DataLoader<string, T[]>(async (keys) => {
    const groups = new Map<string, T[]>();
    for (const item of await fetch(keys)) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
    return keys.map((k) => groups.get(k) ?? []);
  });
}
