import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { validateDataDir } from '../../src/validate/index.ts';
import { synthesize } from '../../tools/bench/synthesize.ts';
import { fromRoot } from '../../tools/paths.ts';

// The benchmark is run small so that it cannot rot. Its numbers are not asserted: these machines
// are shared and noisy; only that it measures everything it says it does.
const WORK = 'tmp/bench-test';
afterAll(() => rmSync(fromRoot(WORK), { recursive: true, force: true }));

describe('scripts/synthesize.ts', () => {
  it('writes data that passes the validator, with the number of positions asked for', () => {
    const dir = fromRoot(WORK, 'synth');
    expect(synthesize(dir, 250)).toEqual({ documents: 3, positions: 250 });
    const { problems, context } = validateDataDir(dir);
    expect(problems).toEqual([]);
    expect(context.documents.reduce((n, d) => n + d.value.positions.length, 0)).toBe(250);
  });

  it('writes the same data for the same seed', () => {
    synthesize(fromRoot(WORK, 'a'), 120, 7);
    synthesize(fromRoot(WORK, 'b'), 120, 7);
    const read = (d: string) =>
      readFileSync(fromRoot(WORK, d, 'documents/syn-2025-d00002.json'), 'utf8');
    expect(read('a')).toBe(read('b'));
  });
});

describe('npm run bench', () => {
  it('measures import, queries, validation and size, and writes them', () => {
    const out = `${WORK}/results.json`;
    const r = spawnSync(
      process.execPath,
      [
        fromRoot('node_modules/tsx/dist/cli.mjs'),
        fromRoot('scripts/bench.ts'),
        '--sizes',
        '200',
        '--reps',
        '1',
        '--out',
        out,
        '--work',
        `${WORK}/work`,
      ],
      {
        encoding: 'utf8',
      },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // The real data's size is every position, in force and withdrawn, as the bench loads it.
    const real = JSON.parse(readFileSync(fromRoot('dist/data.json'), 'utf8')) as {
      positions: unknown[];
      withdrawn: unknown[];
    };
    expect(r.stdout).toContain(
      `| positions | ${real.positions.length + real.withdrawn.length} | 200 |`,
    );
    const results = JSON.parse(readFileSync(fromRoot(out), 'utf8')) as {
      sizes: {
        positions: number;
        import: { esmRatio: number | null; cjsRatio: number | null };
        queries: { cases: Record<string, { indexedMs: number; naiveMs: number }> };
        validation: { positionsPerSecond: number };
      }[];
      package: { tarballBytes: number; codeGzipBytes: number };
    };
    expect(results.sizes.map((s) => s.positions)).toEqual([
      real.positions.length + real.withdrawn.length,
      200,
    ]);
    for (const s of results.sizes) {
      expect(Object.keys(s.queries.cases)).toEqual([
        'getPosition',
        'byTopic',
        'byArticle',
        'byActorAndStance',
        'textSearch',
      ]);
      for (const c of Object.values(s.queries.cases)) expect(c.indexedMs).toBeGreaterThan(0);
      expect(s.import.esmRatio === null || Number.isFinite(s.import.esmRatio)).toBe(true);
      expect(s.validation.positionsPerSecond).toBeGreaterThan(0);
    }
    expect(results.package.tarballBytes).toBeGreaterThan(0);
    expect(results.package.codeGzipBytes).toBeGreaterThan(0);
  });
});
