import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Dataset, Position } from '../../src/generated/types.ts';
import { fromRoot } from '../../tools/paths.ts';
import { readCsv } from '../helpers/csv.ts';

// What a researcher gets who loads a shipped file and pivots it without reading a word of the
// documentation: no withdrawn claim may be in it, and so no "oppose" toward the whole of
// article 14 (the inversion that the withdrawals of release 1.0.0 corrected). Only the tables
// named withdrawn_* and position_successors hold tombstones, and their names say so.
const APART = /^(withdrawn_.*|position_successors)\.csv$/;

/** Every way a naive pivot of the files in `dist` would count a withdrawn claim. */
function naiveFindings(dist: string): string[] {
  const data = JSON.parse(readFileSync(join(dist, 'data.json'), 'utf8')) as Dataset;
  const withdrawnIds = new Set(data.withdrawn.map((p) => p.id));
  const found: string[] = [];
  const wholeArticle14 = (p: Pick<Position, 'articles' | 'stance'>) =>
    p.articles.some(
      (a) =>
        a.instrument === 'unccc-2024' &&
        a.article === 14 &&
        a.paragraph === undefined &&
        a.relation === 'opposes',
    ) ||
    (p.stance.value === 'oppose' &&
      p.stance.target.ref?.type === 'instrument' &&
      p.stance.target.ref.id === 'unccc-2024' &&
      p.stance.target.ref.article === 14 &&
      p.stance.target.ref.paragraph === undefined);
  const inJson = (name: string, list: readonly Position[]) => {
    for (const p of list) {
      if (p.status !== 'active' || withdrawnIds.has(p.id))
        found.push(`${name}: ${p.id} is withdrawn`);
      if (wholeArticle14(p)) found.push(`${name}: ${p.id} opposes article 14 as a whole`);
    }
  };
  inJson('data.json positions', data.positions);
  inJson(
    'positions.jsonl',
    readFileSync(join(dist, 'positions.jsonl'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Position),
  );
  const tables = readdirSync(join(dist, 'tables')).filter((f) => !APART.test(f));
  for (const file of tables) {
    const rows = readCsv(readFileSync(join(dist, 'tables', file), 'utf8'));
    for (const [i, row] of rows.entries()) {
      const at = `${file} row ${i + 1}`;
      if (row.status === 'withdrawn') found.push(`${at}: status withdrawn`);
      for (const column of ['id', 'position', 'other'])
        if (withdrawnIds.has(row[column] ?? ''))
          found.push(`${at}: ${column} ${row[column]} is withdrawn`);
      const oppose = row.stance_value === 'oppose' || row.relation === 'opposes';
      const provision = row.stance_target_provision ?? row.provision;
      if (oppose && provision === '14' && (row.stance_target_id ?? row.instrument) === 'unccc-2024')
        found.push(`${at}: opposes article 14 as a whole`);
    }
  }
  return found;
}

describe('every shipped table and JSON file, pivoted naively', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('holds no withdrawn claim and no opposition to the whole of article 14', () => {
    const tables = readdirSync(fromRoot('dist/tables'));
    // The tables checked are the ones a reader would pivot: everything but the tombstones.
    expect(tables.filter((f) => !APART.test(f))).toEqual(
      expect.arrayContaining(['positions.csv', 'position_articles.csv', 'position_topics.csv']),
    );
    expect(naiveFindings(fromRoot('dist'))).toEqual([]);
  });

  it('would find a tombstone put back among the claims in force (fixture)', () => {
    const dist = mkdtempSync(join(tmpdir(), 'ccp-pivot-'));
    dirs.push(dist);
    cpSync(fromRoot('dist/data.json'), join(dist, 'data.json'));
    cpSync(fromRoot('dist/positions.jsonl'), join(dist, 'positions.jsonl'));
    cpSync(fromRoot('dist/tables'), join(dist, 'tables'), { recursive: true });
    // c23, withdrawn in 1.0.0: it opposed article 14 as a whole.
    const tombstone = readFileSync(join(dist, 'tables/withdrawn_position_articles.csv'), 'utf8')
      .split('\r\n')
      .find((line) => line.startsWith('irn-2025-hanoi.c23,'));
    expect(tombstone).toBeDefined();
    const file = join(dist, 'tables/position_articles.csv');
    const row = readCsv(readFileSync(file, 'utf8')).length + 1;
    writeFileSync(file, `${readFileSync(file, 'utf8')}${tombstone}\r\n`);
    expect(naiveFindings(dist)).toEqual([
      `position_articles.csv row ${row}: position irn-2025-hanoi.c23 is withdrawn`,
      `position_articles.csv row ${row}: opposes article 14 as a whole`,
    ]);
  });

  it('says in every description of a table of positions which claims its rows are', () => {
    const pkg = JSON.parse(readFileSync(fromRoot('dist/datapackage.json'), 'utf8')) as {
      resources: { name: string; description: string; schema: { fields: { name: string }[] } }[];
    };
    const ofPositions = pkg.resources.filter((r) =>
      r.schema.fields.some((f) => f.name === 'position' || f.name === 'stance_value'),
    );
    expect(ofPositions.length).toBeGreaterThanOrEqual(7);
    for (const r of ofPositions)
      expect(r.description, r.name).toMatch(
        r.name.startsWith('withdrawn_') || r.name === 'position_successors'
          ? /withdrawn/i
          : /claims in force only/i,
      );
  });
});
