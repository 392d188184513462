import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/generated/types.ts';
import { fromRoot } from '../../tools/paths.ts';

// The CSV tables in DuckDB, as a researcher with SQL would use them: loaded into tables that carry
// the primary and foreign keys datapackage.json declares (DuckDB enforces them on insert), and
// queried with the SQL of docs/other-languages.md.
type Field = { name: string; type: string; constraints?: { required?: boolean } };
type Resource = {
  name: string;
  path: string;
  schema: {
    fields: Field[];
    primaryKey: string[];
    foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  };
};
const SQL_TYPE: Record<string, string> = {
  string: 'VARCHAR',
  integer: 'BIGINT',
  boolean: 'BOOLEAN',
  date: 'DATE',
};
const data = JSON.parse(readFileSync(fromRoot('dist/data.json'), 'utf8')) as Dataset;
const tmp = mkdtempSync(join(tmpdir(), 'ccp-duckdb-'));
let db: DuckDBInstance;
let sql: DuckDBConnection;

const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;

/** Creates every table with its keys, referenced tables first, and loads its CSV file. */
async function load(con: DuckDBConnection, dist: string): Promise<void> {
  const { resources } = JSON.parse(readFileSync(join(dist, 'datapackage.json'), 'utf8')) as {
    resources: Resource[];
  };
  const done = new Set<string>();
  const ready = (r: Resource) =>
    (r.schema.foreignKeys ?? []).every(
      (k) => !k.reference.resource || done.has(k.reference.resource),
    );
  while (done.size < resources.length) {
    const next = resources.find((r) => !done.has(r.name) && ready(r));
    if (!next) throw new Error('datapackage.json: the foreign keys go round in a circle');
    const { fields, primaryKey, foreignKeys = [] } = next.schema;
    const columns = fields.map(
      (f) => `${quote(f.name)} ${SQL_TYPE[f.type]}${f.constraints?.required ? ' NOT NULL' : ''}`,
    );
    // DuckDB has no foreign key from a table to itself (topics.parent); that one is joined below.
    const keys = foreignKeys
      .filter((k) => k.reference.resource)
      .map(
        (k) =>
          `FOREIGN KEY (${k.fields.map(quote).join(', ')}) REFERENCES ${quote(k.reference.resource)} (${k.reference.fields.map(quote).join(', ')})`,
      );
    await con.run(
      `CREATE TABLE ${quote(next.name)} (${[...columns, `PRIMARY KEY (${primaryKey.map(quote).join(', ')})`, ...keys].join(', ')})`,
    );
    const types = fields.map((f) => `${quote(f.name)}: '${SQL_TYPE[f.type]}'`).join(', ');
    await con.run(
      `INSERT INTO ${quote(next.name)} SELECT * FROM read_csv('${join(dist, next.path)}', header = true, columns = {${types}})`,
    );
    done.add(next.name);
  }
}

const rows = async (query: string) =>
  (await sql.runAndReadAll(query)).getRowObjectsJson() as Record<string, string | number>[];

beforeAll(async () => {
  db = await DuckDBInstance.create(':memory:');
  sql = await db.connect();
  await load(sql, fromRoot('dist'));
});
afterAll(() => {
  sql?.closeSync();
  db?.closeSync();
  rmSync(tmp, { recursive: true, force: true });
});

const active = data.positions.filter((p) => p.status === 'active');

describe('the CSV tables in DuckDB', () => {
  it('load with every declared primary and foreign key enforced, one row per record', async () => {
    const [count] = await rows(
      'SELECT (SELECT count(*) FROM positions) AS positions, (SELECT count(*) FROM paragraphs) AS paragraphs, (SELECT count(*) FROM vocabularies) AS vocabularies',
    );
    expect(count).toEqual({
      positions: String(data.positions.length),
      paragraphs: String(data.documents.reduce((n, d) => n + d.paragraphs.length, 0)),
      vocabularies: String(
        Object.values(data.vocabularies).reduce((n, v) => n + (Array.isArray(v) ? v.length : 0), 0),
      ),
    });
  });

  it('refuse a row whose foreign key points nowhere (a broken copy)', async () => {
    cpSync(fromRoot('dist'), join(tmp, 'dist'), { recursive: true });
    const path = join(tmp, 'dist/tables/position_articles.csv');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/,unccc-2024,14,/, ',unccc-2024,99,'));
    const other = await db.connect();
    await other.run('CREATE SCHEMA broken; USE broken');
    await expect(load(other, join(tmp, 'dist'))).rejects.toThrow(/foreign key/i);
    other.closeSync();
  });

  it('join positions to their parent topics (the one key DuckDB cannot declare)', async () => {
    const [orphans] = await rows(
      'SELECT count(*) AS n FROM topics c LEFT JOIN topics p ON p.id = c.parent WHERE c.parent IS NOT NULL AND p.id IS NULL',
    );
    expect(orphans?.n).toBe('0');
  });
});

describe('the SQL of docs/other-languages.md, run by DuckDB', () => {
  const readme = readFileSync(fromRoot('docs/other-languages.md'), 'utf8');
  const block = /```sql\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  const [byTopic = '', byArticle = ''] = block
    .replaceAll('node_modules/cybercrime-positions/dist/', `${fromRoot('dist')}/`)
    .split(';')
    .map((q) => q.trim())
    .filter(Boolean);

  it('counts active positions by topic as data.json does', async () => {
    const expected = new Map<string, number>();
    for (const p of active) for (const t of p.topics) expected.set(t, (expected.get(t) ?? 0) + 1);
    const got = await rows(byTopic);
    expect(new Map(got.map((r) => [r.topic, Number(r.positions)]))).toEqual(expected);
    expect(got[0]?.label_en).toBe(data.topics.find((t) => t.id === got[0]?.topic)?.label.en);
  });

  it('counts active positions by treaty article as data.json does', async () => {
    const expected = new Map<string, number>();
    for (const p of active)
      for (const a of p.articles) {
        const key = `${a.instrument} ${a.article}`;
        expected.set(key, (expected.get(key) ?? 0) + 1);
      }
    const got = await rows(byArticle);
    expect(new Map(got.map((r) => [`${r.instrument} ${r.article}`, Number(r.positions)]))).toEqual(
      expected,
    );
    expect(got.length).toBeGreaterThan(0);
  });
});
