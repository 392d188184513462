// The release archive, for people who use no JavaScript and for a data repository deposit
// (`npm run release:archive`, and the release command). From a built dist/ and the repository:
//   cybercrime-positions-<version>.tar.gz   data.json, positions.jsonl, the CSV tables,
//       datapackage.json, changes, the JSON Schemas, the codebook, CITATION.cff, LICENSE, a short
//       README and SHA256SUMS, all under cybercrime-positions-<version>/
//   cybercrime-positions-<version>.tar.gz.sha256   the archive's own checksum
//   cybercrime-positions-<version>.zenodo.json      deposit metadata (a release only)
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { citeWith } from '../../src/citation.ts';
import type { Dataset } from '../../src/generated/types.ts';
import { IDENTITY } from '../../src/identity.ts';
import { fromRoot } from '../paths.ts';
import { dataReadme } from './data-readme.ts';
import { type Entry, tarGz } from './tar.ts';
import { zenodoMetadata } from './zenodo.ts';

export const sha256 = (bytes: Buffer | string): string =>
  createHash('sha256').update(bytes).digest('hex');

/** The archive's name for a version: `+` (build metadata) made safe for every file system. */
export const archiveName = (version: string): string =>
  `${IDENTITY.name}-${version.replace('+', '-')}`;

/** Every file of the archive but README.md and SHA256SUMS, by its path inside the archive. */
export function archiveSources(dist: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const f of [
    'data.json',
    'positions.jsonl',
    'datapackage.json',
    'changes.json',
    'CHANGES.md',
  ])
    files.set(f, join(dist, f));
  for (const f of readdirSync(join(dist, 'tables')).sort())
    if (f.endsWith('.csv')) files.set(`tables/${f}`, join(dist, 'tables', f));
  for (const f of readdirSync(fromRoot('schema')).sort())
    if (f.endsWith('.schema.json')) files.set(`schema/${f}`, fromRoot('schema', f));
  files.set('CODEBOOK.md', fromRoot('data/CODEBOOK.md'));
  files.set('CITATION.cff', fromRoot('CITATION.cff'));
  files.set('LICENSE', fromRoot('LICENSE'));
  return files;
}

export async function writeReleaseArchive(
  dist: string,
  out: string,
): Promise<{
  path: string;
  files: string[];
  contents: Map<string, Buffer>;
  meta: Dataset['__meta'];
}> {
  const data = JSON.parse(readFileSync(join(dist, 'data.json'), 'utf8')) as Dataset;
  const meta = data.__meta;
  const name = archiveName(meta.version);
  const contents = new Map<string, Buffer>();
  for (const [path, file] of archiveSources(dist)) contents.set(path, readFileSync(file));
  const paths = [...contents.keys(), 'README.md', 'SHA256SUMS'];
  const citation = citeWith(meta, undefined, undefined, 'apa') ?? '';
  contents.set('README.md', Buffer.from(dataReadme(meta, paths, citation)));
  // GNU coreutils format: `sha256sum -c SHA256SUMS` checks the unpacked files.
  const sums = [...contents].map(([path, bytes]) => `${sha256(bytes)}  ${path}\n`).join('');
  contents.set('SHA256SUMS', Buffer.from(sums));
  const entries: Entry[] = [...contents].map(([path, content]) => ({
    path: `${name}/${path}`,
    content,
  }));
  // The release date as every file's time, so the same release always gives the same archive.
  const mtime = meta.released ? Date.parse(`${meta.released}T00:00:00Z`) / 1000 : 0;
  const archive = tarGz(entries, mtime);
  mkdirSync(out, { recursive: true });
  const path = join(out, `${name}.tar.gz`);
  writeFileSync(path, archive);
  writeFileSync(`${path}.sha256`, `${sha256(archive)}  ${name}.tar.gz\n`);
  if (meta.released)
    writeFileSync(
      join(out, `${name}.zenodo.json`),
      `${JSON.stringify(zenodoMetadata({ version: meta.version, date: meta.released, fingerprint: meta.fingerprint }), null, 2)}\n`,
    );
  return { path, files: paths, contents, meta };
}
