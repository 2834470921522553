// Derived structures computed once per dataset and then looked up, so that a build of N pages does
// N lookups rather than N rebuilds: the site must grow linearly with the data. The dataset is
// read-only, so what is derived from it never goes stale.
import type { Dataset } from './types.ts';

/** `f`, computed once per dataset object; the result is shared, so callers must not change it. */
export function perDataset<T>(f: (d: Dataset) => T): (d: Dataset) => T {
  const cache = new WeakMap<Dataset, T>();
  return (d) => {
    if (cache.has(d)) return cache.get(d) as T;
    const value = f(d);
    cache.set(d, value);
    return value;
  };
}

/** `f(d, key)`, computed once per dataset object and key. */
export function perDatasetAndKey<T>(
  f: (d: Dataset, key: string) => T,
): (d: Dataset, key: string) => T {
  const cache = perDataset(() => new Map<string, T>());
  return (d, key) => {
    const values = cache(d);
    if (values.has(key)) return values.get(key) as T;
    const value = f(d, key);
    values.set(key, value);
    return value;
  };
}

/** An index of items by a key, built once per array; the first item of a key wins, as `find` would. */
export function firstBy<T>(
  key: (item: T) => string,
): (items: readonly T[]) => ReadonlyMap<string, T> {
  const cache = new WeakMap<readonly T[], Map<string, T>>();
  return (items) => {
    let index = cache.get(items);
    if (!index) {
      index = new Map();
      for (const item of items) {
        const k = key(item);
        if (!index.has(k)) index.set(k, item);
      }
      cache.set(items, index);
    }
    return index;
  };
}
