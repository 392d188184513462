import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted by code point and no whitespace. Python gives the same bytes with
 * json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False) for this data
 * (strings, integers, booleans, arrays, objects), so anyone can recompute the fingerprint.
 */
export function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${keys.map((k) => `${JSON.stringify(k)}:${sortedJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** SHA-256 (hex) of the sorted-key JSON of the data, the dataset's fingerprint. */
export function fingerprint(data: unknown): string {
  return createHash('sha256').update(sortedJson(data), 'utf8').digest('hex');
}
