import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';

/**
 * Per-request DataLoaders, keyed by the GraphQL context object: nested fields batch into one query per field
 * and request, without request-scoped providers (which would rebuild the whole service graph per request).
 */
@Injectable()
export class LoaderRegistry {
  private readonly perRequest = new WeakMap<object, Map<string, DataLoader<unknown, unknown>>>();

  get<K, V>(context: object, name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    let loaders = this.perRequest.get(context);
    if (!loaders) {
      loaders = new Map();
      this.perRequest.set(context, loaders);
    }
    let loader = loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 500 });
      loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

/** Orders rows found for a batch of keys back into key order (DataLoader's contract); missing keys get `fallback`. */
export function byKeys<K, R, V = R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K, fallback: V): Array<R | V> {
  const found = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => found.get(key) ?? fallback);
}

/** Groups rows for a batch of keys (one-to-many), in key order. */
export function groupByKeys<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): R[][] {
  const groups = new Map<K, R[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}
