import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-cff';
import { describe, expect, it } from 'vitest';
import { IDENTITY } from '../../src/identity.ts';
import { fromRoot } from '../../tools/paths.ts';
import { citationCff } from '../../tools/publish/citation.ts';
import { citationFiles } from '../../tools/publish/release.ts';
import type { ReleaseRecord } from '../../tools/publish/release-record.ts';

const read = (path: string) => readFileSync(fromRoot(path), 'utf8');
const files = {
  pkg: read('package.json'),
  record: read('data/released-ids.json'),
  cff: read('CITATION.cff'),
  zenodo: read('.zenodo.json'),
};
type Files = typeof files;
type Csl = {
  type: string;
  title: string;
  version: string;
  publisher?: string;
  URL?: string;
  author: { literal?: string }[];
  issued?: { 'date-parts': number[][] };
};

/** Where package.json, the release record, CITATION.cff (read by citation-js) and .zenodo.json disagree. */
function disagreements(f: Files): string[] {
  const pkg = JSON.parse(f.pkg) as { version: string };
  const record = JSON.parse(f.record) as ReleaseRecord;
  const zenodo = JSON.parse(f.zenodo) as { version: string; publication_date: string };
  const cited = new Cite(f.cff).data as Csl[];
  const out: string[] = [];
  const same = (what: string, a: unknown, b: unknown) => {
    if (a !== b) out.push(`${what}: ${String(a)} ≠ ${String(b)}`);
  };
  same('package.json version, release record', pkg.version, record.version);
  for (const [i, entry] of cited.entries()) {
    same(`CITATION.cff entry ${i} version`, entry.version, record.version);
    same(
      `CITATION.cff entry ${i} date`,
      entry.issued?.['date-parts'][0]?.join('-'),
      record.date.split('-').map(Number).join('-'),
    );
  }
  same('.zenodo.json version', zenodo.version, record.version);
  same('.zenodo.json date', zenodo.publication_date, record.date);
  return out;
}

describe('CITATION.cff, package.json, .zenodo.json and the release record', () => {
  it('name the same release', () => {
    expect(disagreements(files)).toEqual([]);
  });

  it('are told apart when one of them moves alone', () => {
    const bumped = files.pkg.replace(/"version": "[^"]+"/, '"version": "9.9.9"');
    expect(disagreements({ ...files, pkg: bumped })).toEqual([
      expect.stringMatching(/^package\.json version, release record: 9\.9\.9 ≠ /),
    ]);
    const redated = files.cff.replaceAll(/date-released: .*/g, 'date-released: 2031-01-01');
    expect(disagreements({ ...files, cff: redated })).toHaveLength(2);
    const zenodo = files.zenodo.replace(/"version": "[^"]+"/, '"version": "0.0.1"');
    expect(disagreements({ ...files, zenodo })).toEqual([
      expect.stringMatching(/^\.zenodo\.json version: 0\.0\.1 ≠ /),
    ]);
  });

  it('are exactly what the release command generates from src/identity.ts (never hand-edited)', () => {
    const generated = citationFiles(JSON.parse(files.record) as ReleaseRecord);
    expect(files.cff).toBe(generated.get('CITATION.cff'));
    expect(files.zenodo).toBe(generated.get('.zenodo.json'));
  });
});

describe('CITATION.cff, read by the citation-js CFF plugin', () => {
  const record = JSON.parse(files.record) as ReleaseRecord;
  const [main, preferred] = new Cite(files.cff).data as Csl[];

  it('is a data set with the identity title and authors, the version and the release date', () => {
    for (const entry of [main, preferred]) {
      expect(entry?.type).toBe('dataset');
      expect(entry?.title).toBe(IDENTITY.title);
      expect(entry?.author.map((a) => a.literal)).toEqual(IDENTITY.authors.map((a) => a.name));
      expect(entry?.version).toBe(record.version);
      expect(entry?.issued?.['date-parts']).toEqual([record.date.split('-').map(Number)]);
    }
  });

  it("prefers the citation of the release's own page", () => {
    expect(preferred?.URL).toBe(`${IDENTITY.url}/v/${record.version}`);
  });

  it('carries a DOI once the identity has one, and none before', () => {
    const release = { version: '1.0.0', date: '2030-01-02', fingerprint: 'a'.repeat(64) };
    expect(citationCff(release)).not.toMatch(/doi/i);
    const withDoi = citationCff(release, { ...IDENTITY, doi: '10.5281/zenodo.42' });
    expect((new Cite(withDoi).data as { DOI?: string }[]).map((e) => e.DOI)).toEqual([
      '10.5281/zenodo.42',
      '10.5281/zenodo.42',
    ]);
  });
});
