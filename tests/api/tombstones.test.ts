import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateDataDir } from '../../src/validate/index.ts';
import { jsonAsParse } from '../../tools/json-as-parse.ts';
import { fromRoot } from '../../tools/paths.ts';
import { compileDataset, withMeta } from '../../tools/publish/compile.ts';
import { VALID_FIXTURE } from '../helpers/data-dir.ts';

// The real data has no withdrawn position yet; the fixture has one (c03, superseded by c04). The
// package's entry is bundled with the fixture's data, as the build bundles the real data.
type Api = typeof import('../../src/index.ts');
let api: Api;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ccp-tombstones-'));
  const { problems, context } = validateDataDir(VALID_FIXTURE);
  expect(problems).toEqual([]);
  writeFileSync(join(dir, 'data.json'), JSON.stringify(withMeta(compileDataset(context), '1.2.3')));
  await build({
    entryPoints: [fromRoot('src/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    outfile: join(dir, 'index.mjs'),
    plugins: [jsonAsParse(join(dir, 'data.json'))],
    logLevel: 'silent',
  });
  api = (await import(pathToFileURL(join(dir, 'index.mjs')).href)) as Api;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a withdrawn position', () => {
  it('still resolves by its id, to its tombstone with its words', () => {
    const p = api.getPosition('tst-2025-demo.c03');
    expect(p?.status).toBe('withdrawn');
    expect(p?.quote.text).toBe('همکاری بین المللی ضروری است');
    expect(p?.withdrawal).toEqual({
      reason: 'Coded as an assessment; it is a demand.',
      supersededBy: ['tst-2025-demo.c04'],
    });
  });

  it('leads to the position that replaced it', () => {
    expect(api.currentPositions('tst-2025-demo.c03').map((p) => p.id)).toEqual([
      'tst-2025-demo.c04',
    ]);
  });

  it('is left out of queries unless asked for', () => {
    const ids = (f: Parameters<Api['findPositions']>[0]) => api.findPositions(f).map((p) => p.id);
    expect(ids({ topic: 'international-cooperation' })).toEqual([
      'tst-2025-demo.c02',
      'tst-2025-demo.c04',
    ]);
    expect(ids({ status: 'withdrawn' })).toEqual(['tst-2025-demo.c03']);
    expect(ids({ status: 'withdrawn', speechAct: 'assessment', text: 'ضروری' })).toEqual([
      'tst-2025-demo.c03',
    ]);
    expect(ids({ status: 'all', topic: 'international-cooperation' })).toEqual([
      'tst-2025-demo.c02',
      'tst-2025-demo.c03',
      'tst-2025-demo.c04',
    ]);
    expect(api.stanceMatrix().IRN?.['international-cooperation']).toEqual({
      policy: { support: 1 },
      provision: { support: 1 },
    });
  });

  it('is cited as withdrawn', () => {
    expect(api.cite('tst-2025-demo.c03')).toContain(
      'Withdrawn; superseded by tst-2025-demo.c04: cite the claim in force instead.',
    );
  });
});
