/**
 * A cache of one value per object, computed on first use and forgotten with the object: the one
 * way the engine keeps a reading of an article (or of a sentence, a mention, a pack) so that it
 * is made once however many checks ask. Keyed by identity, never by a guess at what identifies
 * the object. `cache(key, compute)` gives the value kept for `key`, or computes and keeps it.
 */
export function perObject<K extends object, V>(): (key: K, compute: () => V) => V {
  const values = new WeakMap<K, V>();
  return (key, compute) => {
    if (values.has(key)) return values.get(key) as V;
    const value = compute();
    values.set(key, value);
    return value;
  };
}
