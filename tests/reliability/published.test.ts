import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findPositions, getPosition, positions } from '../../src/index.ts';
import {
  agreementSummaries,
  publishedStudies,
  readmeWithFigures,
  reliabilityArtifacts,
} from '../../src/reliability/publish.ts';
import type { Study } from '../../src/reliability/study.ts';
import { copyDataDir, REAL_DATA } from '../helpers/data-dir.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const committed = (file: string) => readFileSync(join(REAL_DATA, file), 'utf8');
const summaries = publishedStudies(REAL_DATA);
const study = summaries[0]?.study as Study;

describe('the published reliability study', () => {
  it('is the committed summary, figure for figure (run `npm run reliability` after changing a coding)', () => {
    const fresh = agreementSummaries(summaries);
    expect([...fresh.keys()]).toEqual([
      'reliability/irn-2025-hanoi.agreement.json',
      'reliability/jam-2024-ga79.agreement.json',
      'reliability/kor-2024-ga79.agreement.json',
      'reliability/rou-2025-ga80.agreement.json',
      'reliability/rus-2026-ga81.agreement.json',
      'reliability/vnm-2025-ga80.agreement.json',
      'reliability/vnm-2026-ga81.agreement.json',
      // The six excerpts, coded from one codebook, pooled: alone each has one to six claims.
      'reliability/pooled-codebook-3.1.agreement.json',
    ]);
    for (const [file, text] of fresh) expect(committed(file), file).toBe(text);
  });

  it("is the codebook's table too", () => {
    const codebook = readFileSync(join(ROOT, 'data/CODEBOOK.md'), 'utf8');
    expect(codebook).toContain('<!-- reliability:start');
    expect(readmeWithFigures(codebook, summaries)).toBe(codebook);
  });

  it("is docs/reliability.md's table (run `npm run reliability` after changing a coding)", () => {
    const readme = readFileSync(join(ROOT, 'docs/reliability.md'), 'utf8');
    expect(readme).toContain('<!-- reliability:start');
    expect(readmeWithFigures(readme, summaries)).toBe(readme);
  });

  it('no longer matches the committed summary when a coder changes one value', () => {
    const dir = copyDataDir(REAL_DATA);
    made.push(dir);
    const file = join(dir, 'reliability/irn-2025-hanoi.coder-b.json');
    const coding = JSON.parse(readFileSync(file, 'utf8'));
    // Coder B's b13 is the stance disagreement on c13; agreeing with it changes the stance alpha.
    coding.positions[12].stance.value = 'support';
    writeFileSync(file, `${JSON.stringify(coding, null, 2)}\n`);
    const [changed] = publishedStudies(dir);
    const [name, text] = [...agreementSummaries(changed ? [changed] : [])][0] ?? [];
    expect(name).toBe('reliability/irn-2025-hanoi.agreement.json');
    expect(text).not.toBe(committed(name as string));
    const stance = (s: Study) =>
      s.variables.find((v) => v.variable === 'stance' && v.subset === 'all');
    expect(stance(changed?.study as Study)?.alpha).toBeGreaterThan(stance(study)?.alpha as number);
  });

  it('lists the disagreements to adjudicate: the unit cuts on ¶8 and ¶13, the stances of c13 and c26', () => {
    expect(
      study.disagreements.units.map((u) => [
        u.side,
        u.id.split('.')[1],
        u.paragraph,
        u.overlaps.map((o) => o.split('.')[1]),
      ]),
    ).toEqual([
      ['b', 'b14', 8, ['a13']],
      ['b', 'b23', 13, ['a21']],
    ]);
    const stances = study.disagreements.values.filter((d) => d.variable === 'stance');
    expect(stances.map((d) => [d.a.split('.')[1], d.b.split('.')[1], d.valueA, d.valueB])).toEqual([
      ['a13', 'b13', 'support', 'oppose'],
      ['a26', 'b28', 'support', 'oppose'],
    ]);
  });

  it('says "not coded" for the target kind while no coding has it, rather than a figure', () => {
    const kind = study.variables.filter((v) => v.variable === 'targetKind');
    expect(kind.every((v) => v.alpha === null && /^not coded/.test(v.note ?? ''))).toBe(true);
  });

  it('gives every variable for all, exemplified and unexemplified passages', () => {
    const names = new Set(study.variables.map((v) => v.variable));
    for (const name of [
      'stance',
      'targetKind',
      'speechAct',
      'primaryTopic',
      'topics',
      'articles',
      'provisions',
      'legalForm',
    ])
      expect(names.has(name), name).toBe(true);
    for (const name of names)
      expect(study.variables.filter((v) => v.variable === name).map((v) => v.subset)).toEqual([
        'all',
        'exemplified',
        'unexemplified',
      ]);
  });
});

describe('the build output', () => {
  it('writes dist/reliability.json and dist/reliability.csv as the study gives them', () => {
    const files = reliabilityArtifacts(summaries);
    expect(readFileSync(join(ROOT, 'dist/reliability.json'), 'utf8')).toBe(
      files.get('reliability.json'),
    );
    expect(readFileSync(join(ROOT, 'dist/reliability.csv'), 'utf8')).toBe(
      files.get('reliability.csv'),
    );
  });

  it('has a CSV that Python reads as one row per variable and subset, missing values empty', () => {
    const out = execFileSync(
      'python3',
      [
        '-c',
        `import csv,sys,collections
rows=[r for r in csv.DictReader(open(sys.argv[1],encoding='utf-8',newline='')) if r['document']=='irn-2025-hanoi']
print(len(rows), len(rows[0]), len({(r['variable'],r['subset']) for r in rows}))
s=[r for r in rows if r['variable']=='stance' and r['subset']=='all'][0]
print(s['alpha'], s['ci_low'] != '', [r['alpha'] for r in rows if r['variable']=='targetKind'])`,
        join(ROOT, 'dist/reliability.csv'),
      ],
      { encoding: 'utf8' },
    );
    const stance = study.variables.find((v) => v.variable === 'stance' && v.subset === 'all');
    const variables = new Set(study.variables.map((v) => v.variable)).size + 2;
    expect(out.trim().split('\n')).toEqual([
      `${variables * 3} 14 ${variables * 3}`,
      `${stance?.alpha} True ['', '', '']`,
    ]);
  });

  it('never mixes the second coding into the positions: no coder id in data.json or the tables', () => {
    for (const file of ['dist/data.json', 'dist/positions.jsonl', 'dist/tables/positions.csv']) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      expect(text, file).not.toMatch(/irn-2025-hanoi\.b\d\d/);
    }
  });

  it('never answers a query with a claim of the second coding', () => {
    expect(positions.every((p) => /\.c\d+$/.test(p.id))).toBe(true);
    expect(findPositions({ text: 'اهداف کنوانسیون' }).map((p) => p.id)).not.toContain(
      'irn-2025-hanoi.b14',
    );
    expect(getPosition('irn-2025-hanoi.b14')).toBeUndefined();
  });
});
