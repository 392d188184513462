import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import datapackage from 'datapackage';
import { afterAll, describe, expect, it } from 'vitest';
import { tableCsv } from '../../src/export/artifacts.ts';
import { TABLES } from '../../src/export/tables.ts';
import type { Dataset } from '../../src/generated/types.ts';
import { IDENTITY } from '../../src/identity.ts';
import { fromRoot } from '../../tools/paths.ts';

// dist/datapackage.json checked by the Frictionless reference implementation (the `datapackage`
// package, with the official profiles it ships), not by code of ours.
type Resource = {
  name: string;
  path: string;
  bytes: number;
  hash: string;
  schema: {
    fields: { name: string }[];
    primaryKey: string[];
    foreignKeys?: { fields: string[]; reference: { resource: string } }[];
  };
};
type Descriptor = Record<string, unknown> & { resources: Resource[] };
const descriptor = JSON.parse(
  readFileSync(fromRoot('dist/datapackage.json'), 'utf8'),
) as Descriptor;
const data = JSON.parse(readFileSync(fromRoot('dist/data.json'), 'utf8')) as Dataset;
const resource = (name: string) => descriptor.resources.find((r) => r.name === name) as Resource;
const tmp = mkdtempSync(join(tmpdir(), 'ccp-datapackage-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('datapackage.json against the official Tabular Data Package profile', () => {
  it('is valid', async () => {
    const { valid, errors } = await datapackage.validate(descriptor);
    expect(errors.map((e) => e.message)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('is rejected with an empty foreignKeys list, as it was before', async () => {
    const bad = structuredClone(descriptor);
    (bad.resources[5] as Resource).schema.foreignKeys = [];
    const { valid, errors } = await datapackage.validate(bad);
    expect(valid).toBe(false);
    expect(String(errors[0])).toMatch(/foreignKeys/);
  });

  it('is rejected with a hash that is not one', async () => {
    const bad = structuredClone(descriptor);
    (bad.resources[0] as Resource).hash = 'sha256:not-hex';
    expect((await datapackage.validate(bad)).valid).toBe(false);
  });
});

describe('the CSV tables, read by the reference implementation with their Table Schemas', () => {
  it('cast every row to its types and constraints (required, enum)', async () => {
    const pkg = await datapackage.Package.load(fromRoot('dist/datapackage.json'));
    expect(pkg.errors).toEqual([]);
    for (const name of pkg.resourceNames) {
      const rows = await pkg.getResource(name).read({ keyed: true, cast: true });
      expect(rows.length, name).toBeGreaterThanOrEqual(name === 'position_successors' ? 0 : 1);
    }
  });

  it('resolve the foreign keys of the tables where no field is in two keys', async () => {
    // The reference implementation replaces a field by the row it points at once resolved, so a
    // field in two foreign keys (positions.document) cannot be checked by it; the DuckDB test
    // joins those, and scripts/verify-python.py resolves every key.
    const pkg = await datapackage.Package.load(fromRoot('dist/datapackage.json'));
    let checked = 0;
    for (const r of descriptor.resources) {
      const fields = (r.schema.foreignKeys ?? []).flatMap((k) => k.fields);
      if (fields.length === 0 || new Set(fields).size !== fields.length) continue;
      await expect(
        pkg.getResource(r.name).read({ relations: true }),
        r.name,
      ).resolves.toBeDefined();
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(5);
  });

  it('fail to read when a foreign key points nowhere (a broken copy)', async () => {
    cpSync(fromRoot('dist'), join(tmp, 'dist'), { recursive: true });
    const path = join(tmp, 'dist/tables/position_topics.csv');
    writeFileSync(path, readFileSync(path, 'utf8').replace(',courtesy,', ',no-such-topic,'));
    const pkg = await datapackage.Package.load(join(tmp, 'dist/datapackage.json'));
    await expect(pkg.getResource('position_topics').read({ relations: true })).rejects.toThrow(
      /Foreign key/,
    );
  });
});

describe('datapackage.json describes the files exactly', () => {
  it.each(descriptor.resources.map((r) => [r.name, r] as const))(
    'gives the size and SHA-256 of %s',
    (_name, r) => {
      const bytes = readFileSync(fromRoot('dist', r.path));
      expect(r.bytes).toBe(bytes.length);
      expect(r.hash).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
    },
  );

  it('names the contributors, the version, and the created date of a release only', () => {
    expect(descriptor.contributors).toEqual(
      IDENTITY.authors.map((a) => ({ title: a.name, role: 'author' })),
    );
    expect(descriptor.version).toBe(data.__meta.version);
    expect(descriptor.created).toBe(
      data.__meta.released ? `${data.__meta.released}T00:00:00Z` : undefined,
    );
  });

  it('has a vocabularies table: every value of every closed vocabulary, labelled and defined', () => {
    const r = resource('vocabularies');
    expect(r.schema.fields.map((f) => f.name)).toEqual([
      'vocabulary',
      'id',
      'label_en',
      'label_fa',
      'definition',
    ]);
    const lines = readFileSync(fromRoot('dist', r.path), 'utf8').trimEnd().split('\r\n');
    const terms = Object.entries(data.vocabularies).flatMap(([k, v]) =>
      Array.isArray(v) ? v.map((t) => `${k},${t.id}`) : [],
    );
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 2).join(','))).toEqual(terms);
  });

  it('links withdrawn positions to their successors in a table, not a space-separated cell', () => {
    expect(resource('positions').schema.fields.map((f) => f.name)).not.toContain('superseded_by');
    expect(resource('position_successors').schema).toMatchObject({
      primaryKey: ['position', 'successor'],
      foreignKeys: [{ fields: ['position'], reference: { resource: 'withdrawn_positions' } }],
    });
  });

  it('gives one successor row per successor, in the order the withdrawal names them', () => {
    const table = TABLES.find((t) => t.name === 'position_successors') as (typeof TABLES)[number];
    const split = {
      ...structuredClone(data.positions[1]),
      status: 'withdrawn',
      withdrawal: { reason: 'Split.', supersededBy: ['irn-2025-hanoi.c05', 'irn-2025-hanoi.c04'] },
    } as (typeof data.positions)[number];
    expect(tableCsv(table, { ...data, withdrawn: [split] })).toBe(
      `position,successor,rank\r\n${split.id},irn-2025-hanoi.c05,1\r\n${split.id},irn-2025-hanoi.c04,2\r\n`,
    );
    // And the data's own withdrawals: one row for each successor each of them names.
    const successors = data.withdrawn.flatMap((p) => p.withdrawal?.supersededBy ?? []);
    expect(successors.length).toBeGreaterThan(0);
    expect(table.rows(data)).toHaveLength(successors.length);
  });
});

describe('the stance basis in the positions table', () => {
  it('is a column of its own, described as the schema describes stance.basis, valued from its vocabulary', async () => {
    const { Position } = await import('../../src/schema/position.ts');
    const { describeField } = await import('../../src/export/schema-fields.ts');
    const fields = (
      resource('positions').schema.fields as {
        name: string;
        description?: string;
        constraints?: { enum?: string[]; required?: boolean };
      }[]
    ).map((f) => f);
    const names = fields.map((f) => f.name);
    expect(names.indexOf('stance_basis')).toBe(names.indexOf('stance_value') + 1);
    const basis = fields.find((f) => f.name === 'stance_basis');
    expect(basis?.description).toBe(describeField(Position, 'stance.basis'));
    expect(basis?.constraints).toMatchObject({ required: true, enum: ['explicit', 'implied'] });
    const [header, ...rows] = readFileSync(fromRoot('dist/tables/positions.csv'), 'utf8')
      .trimEnd()
      .split('\r\n');
    expect(header?.split(',')).toContain('stance_basis');
    expect(rows.length).toBe(data.positions.length);
    const table = TABLES.find((t) => t.name === 'positions') as (typeof TABLES)[number];
    const at = table.fields.findIndex((f) => f.name === 'stance_basis');
    const cells = table.rows(data).map((row) => table.cells(row)[at]);
    expect(cells).toEqual(data.positions.map((p) => p.stance.basis));
    expect(cells.filter((c) => c === 'implied').length).toBeGreaterThan(0);
  });
});
