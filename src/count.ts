/** Adds one to `counts[key]`. */
export function tally<K extends string>(counts: Partial<Record<K, number>>, key: K): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

/** How many items have each key, keys in the order first met; an item may have several keys. */
export function countBy<T>(
  items: Iterable<T>,
  keys: (item: T) => string | readonly string[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = keys(item);
    for (const key of typeof k === 'string' ? [k] : k) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
