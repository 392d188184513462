import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../generated/types.ts';
import { IDENTITY } from '../identity.ts';
import { toCsv } from './csv.ts';
import { type AnyTable, TABLES } from './tables.ts';

export const DATAPACKAGE_LICENSE = {
  name: IDENTITY.license.id,
  path: IDENTITY.license.url,
  title: IDENTITY.license.title,
};

/** The rows of a table as CSV text. */
export function tableCsv(table: AnyTable, data: Dataset): string {
  return toCsv(
    table.fields.map((f) => f.name),
    table.rows(data).map(table.cells),
  );
}

/**
 * The Frictionless Data Package descriptor of the CSV tables, given their text (for each
 * resource's size and SHA-256; made from `data` when not given). `created` is the release date,
 * so only a release has one: a build between releases has no date of its own that would not
 * change the file at every build.
 */
export function datapackage(
  data: Dataset,
  csv: ReadonlyMap<string, string> = new Map(TABLES.map((t) => [t.name, tableCsv(t, data)])),
): Record<string, unknown> {
  const { version, fingerprint, codebookVersion, released } = data.__meta;
  return {
    profile: 'tabular-data-package',
    name: IDENTITY.name,
    title: IDENTITY.title,
    description: IDENTITY.description,
    version,
    ...(released ? { created: `${released}T00:00:00Z` } : {}),
    homepage: IDENTITY.url,
    keywords: [...IDENTITY.keywords],
    contributors: IDENTITY.authors.map((a) => ({ title: a.name, role: 'author' })),
    licenses: [DATAPACKAGE_LICENSE],
    sources: data.documents.map((d) => ({
      title: `${d.source.publisher.en}, ${d.source.published}`,
      path: d.source.url,
    })),
    // Not Frictionless fields: what a citation needs to name the exact data.
    fingerprint,
    codebookVersion,
    resources: TABLES.map((t) => ({
      profile: 'tabular-data-resource',
      name: t.name,
      title: t.title,
      description: t.description,
      path: `tables/${t.name}.csv`,
      bytes: Buffer.byteLength(csv.get(t.name) ?? '', 'utf8'),
      hash: `sha256:${createHash('sha256')
        .update(csv.get(t.name) ?? '', 'utf8')
        .digest('hex')}`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: {
        delimiter: ',',
        quoteChar: '"',
        doubleQuote: true,
        lineTerminator: '\r\n',
        header: true,
      },
      schema: {
        fields: t.fields.map((c) => {
          const allowed =
            typeof c.enum === 'string' ? data.vocabularies[c.enum].map((term) => term.id) : c.enum;
          const constraints = {
            ...(c.required ? { required: true } : {}),
            ...(allowed ? { enum: [...allowed] } : {}),
          };
          return {
            name: c.name,
            type: c.type,
            description: c.description,
            ...(Object.keys(constraints).length ? { constraints } : {}),
          };
        }),
        primaryKey: t.primaryKey,
        // The profile rejects an empty list: a table with no foreign key has no such field.
        ...(t.foreignKeys.length ? { foreignKeys: t.foreignKeys } : {}),
        missingValues: [''],
      },
    })),
  };
}

/** One JSON object per line: the positions, for streaming readers. */
export function positionsJsonl(data: Dataset): string {
  return data.positions.map((p) => `${JSON.stringify(p)}\n`).join('');
}

/** Every file the build publishes for other languages, by its path under the output folder. */
export function artifacts(data: Dataset): Map<string, string> {
  const files = new Map<string, string>();
  files.set('data.json', `${JSON.stringify(data)}\n`);
  files.set('positions.jsonl', positionsJsonl(data));
  const csv = new Map(TABLES.map((t) => [t.name, tableCsv(t, data)]));
  for (const [name, text] of csv) files.set(`tables/${name}.csv`, text);
  files.set('datapackage.json', `${JSON.stringify(datapackage(data, csv), null, 2)}\n`);
  return files;
}

export function writeArtifacts(
  data: Dataset,
  dir: string,
  only?: (path: string) => boolean,
): string[] {
  const written: string[] = [];
  for (const [path, content] of artifacts(data)) {
    if (only && !only(path)) continue;
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
    written.push(path);
  }
  return written;
}
