// Argument checks for the exported agreement statistics. Each of them would otherwise compute
// from a wrong argument and return a number that looks like a result: a metric it does not know
// falls through to the ordinal formula, a level of −1 gives an interval whose low end is above its
// high end, and `null` reads as the empty set.

/** The named metrics of the agreement statistics (src/reliability/alpha.ts). */
const METRICS = ['nominal', 'ordinal', 'interval', 'ratio'] as const;
export type Metric = (typeof METRICS)[number];

const shown = (v: unknown) =>
  typeof v === 'string' ? JSON.stringify(v).slice(0, 60) : String(v).slice(0, 60);

/** A named metric or a distance function. */
export function checkMetric(fn: string, metric: unknown): void {
  if (typeof metric === 'function') return;
  if (typeof metric === 'string' && (METRICS as readonly string[]).includes(metric)) return;
  throw new TypeError(
    `${fn}: metric ${shown(metric)} is not one of ${METRICS.join(', ')}, or a distance function`,
  );
}

/** Replicates a whole number of at least 1, a level strictly between 0 and 1, a finite seed. */
export function checkBootstrap(
  fn: string,
  options: { samples?: unknown; level?: unknown; seed?: unknown },
): void {
  const { samples, level, seed } = options;
  if (samples !== undefined && !(Number.isSafeInteger(samples) && (samples as number) >= 1))
    throw new TypeError(`${fn}: samples ${shown(samples)} must be a whole number of at least 1`);
  if (level !== undefined && !(typeof level === 'number' && level > 0 && level < 1))
    throw new TypeError(
      `${fn}: level ${shown(level)} must be a number between 0 and 1 (0.95 for a 95% interval)`,
    );
  if (seed !== undefined && !Number.isSafeInteger(seed))
    throw new TypeError(`${fn}: seed ${shown(seed)} must be a whole number`);
}

/** Both arguments of a set distance are arrays of strings. */
export function checkSets(fn: string, a: unknown, b: unknown): void {
  for (const [name, v] of [
    ['first', a],
    ['second', b],
  ] as const)
    if (!Array.isArray(v))
      throw new TypeError(
        `${fn}: the ${name} set must be an array of strings (got ${v === null ? 'null' : typeof v}); an empty set is []`,
      );
}
