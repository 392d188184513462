import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-cff';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromRoot } from '../../tools/paths.ts';
import { releaseClone } from '../helpers/release-clone.ts';

// A clean clone (the committed and new files of the work tree, nothing of dist/), built as it is,
// then released in one step with `npm run release -- --date 2030-01-02`, and built again.
const clone = releaseClone();
const tsx = fromRoot('node_modules/tsx/dist/cli.mjs');
const DATE = '2030-01-02';
const read = (path: string) => readFileSync(join(clone, path), 'utf8');
const json = <T>(path: string) => JSON.parse(read(path)) as T;
type Meta = { version: string; fingerprint: string; released?: string };
const FORMATS = ['apa', 'bibtex', 'biblatex', 'csl-json', 'ris'] as const;

/** What the clone's built package and bin say about themselves. */
async function reported(tag: string) {
  const meta = json<{ __meta: Meta }>('dist/data.json').__meta;
  // A copy per state: Node caches an imported module by its address.
  const entry = join(clone, `dist/index.${tag}.js`);
  cpSync(join(clone, 'dist/index.js'), entry);
  const pkg = (await import(pathToFileURL(entry).href)) as {
    cite: (id?: string, o?: { format: string }) => string;
    dataset: Meta;
  };
  const bin = (...args: string[]) =>
    execFileSync(process.execPath, [join(clone, 'dist/cli.js'), ...args], {
      cwd: clone,
      encoding: 'utf8',
    });
  execFileSync(process.execPath, [tsx, 'scripts/site.ts'], { cwd: clone });
  const footer = /<footer class="version"[\s\S]*?<\/footer>/.exec(
    read('dist/site/index.html'),
  )?.[0];
  return {
    meta,
    dataset: pkg.dataset,
    cites: FORMATS.map((format) => pkg.cite('irn-2025-hanoi.c07', { format })),
    version: bin('--version').trim(),
    stats: bin('stats').split('\n')[0] ?? '',
    statsJson: JSON.parse(bin('stats', '--format', 'json')) as {
      version: string;
      released: string | null;
    },
    footer: footer ?? '',
    changes: read('dist/CHANGES.md'),
  };
}

let before: Awaited<ReturnType<typeof reported>>;
let after: Awaited<ReturnType<typeof reported>>;
let released: string[];
let log = '';

beforeAll(async () => {
  const record = json<{ version: string; ids: { since: string }[] }>('data/released-ids.json');
  released = [
    ...new Set([record.version, ...record.ids.map((e) => e.since)]),
    ...[...read('CHANGELOG.md').matchAll(/^## (\d+\.\d+\.\d+)/gm)].map((m) => m[1] ?? ''),
  ];
  execFileSync(process.execPath, [tsx, 'scripts/build.ts'], { cwd: clone });
  before = await reported('before');
  const r = spawnSync(process.execPath, [tsx, 'scripts/release.ts', '--date', DATE], {
    cwd: clone,
    encoding: 'utf8',
  });
  log = `${r.stdout}${r.stderr}`;
  expect(r.status, log).toBe(0);
  after = await reported('after');
}, 300_000);
afterAll(() => rmSync(clone, { recursive: true, force: true }));

describe('a build of data that differs from the last release, on a clean clone', () => {
  it('is the case here: the data is not the recorded release', () => {
    expect(before.meta.released).toBeUndefined();
    expect(before.meta.version).toMatch(/^\d+\.\d+\.\d+-dev\+[0-9a-f]{8}$/);
    expect(before.meta.version.endsWith(before.meta.fingerprint.slice(0, 8))).toBe(true);
  });

  it("never reports a released version's name: not in __meta, cite(), --version, stats or the site", () => {
    const said = [
      before.meta.version,
      before.dataset.version,
      before.version,
      before.stats,
      before.statsJson.version,
      before.footer,
      ...before.cites,
    ];
    for (const text of said)
      for (const version of released)
        expect(text).not.toMatch(
          new RegExp(`(^|[^\\d.])${version.replaceAll('.', '\\.')}($|[^\\d.])`),
        );
    expect(before.version).toBe(before.meta.version);
    expect(before.stats).toContain(`${before.meta.version} (unreleased build;`);
    expect(before.statsJson.released).toBeNull();
    expect(before.footer).toContain(`Unreleased build ${before.meta.version}`);
    for (const text of before.cites) expect(text).toMatch(/unreleased build/i);
    expect(before.changes).toMatch(
      /^# Unreleased changes since \d+\.\d+\.\d+ \(\d{4}-\d{2}-\d{2}\)/,
    );
  });
});

describe('`npm run release` on that clone', () => {
  const pkg = () => json<{ version: string }>('package.json');

  it('bumps the version as the changesets ask, and uses them up', () => {
    expect(pkg().version).toBe(before.meta.version.replace(/-dev\+.*$/, ''));
    expect(readdirSync(join(clone, '.changeset')).filter((f) => f.endsWith('.md'))).toEqual([
      'README.md',
    ]);
  });

  it('records the release with its date and fingerprint, and the release before it', () => {
    const record = json<{
      version: string;
      date: string;
      fingerprint: string;
      previous: { version: string };
    }>('data/released-ids.json');
    expect(record).toMatchObject({
      version: pkg().version,
      date: DATE,
      fingerprint: before.meta.fingerprint,
      previous: { version: released[0] },
    });
  });

  it('writes CITATION.cff and .zenodo.json for it, and its ids into CHANGELOG.md', () => {
    for (const entry of new Cite(read('CITATION.cff')).data as {
      version: string;
      issued: { 'date-parts': number[][] };
    }[]) {
      expect(entry.version).toBe(pkg().version);
      expect(entry.issued['date-parts']).toEqual([[2030, 1, 2]]);
    }
    expect(json('.zenodo.json')).toMatchObject({ version: pkg().version, publication_date: DATE });
    expect(read('CHANGELOG.md')).toMatch(
      new RegExp(
        `^## ${pkg().version.replaceAll('.', '\\.')}\\n\\n### Data\\n\\nReleased ${DATE}, `,
        'm',
      ),
    );
  });

  it('leaves a build that reports the release, with its date, everywhere', () => {
    expect(after.meta).toMatchObject({ version: pkg().version, released: DATE });
    expect(after.dataset.released).toBe(DATE);
    expect(after.version).toBe(pkg().version);
    expect(after.stats).toContain(`${pkg().version} (released ${DATE};`);
    expect(after.statsJson).toMatchObject({ version: pkg().version, released: DATE });
    expect(after.footer).toContain(`Version ${pkg().version}, released ${DATE}.`);
    expect(after.changes).toMatch(
      new RegExp(
        `^# Changes in cybercrime-positions ${pkg().version.replaceAll('.', '\\.')} \\(released ${DATE}\\) since `,
      ),
    );
  });

  it('cites the release in every format with its year and date', () => {
    const [apa, bibtex, ...parsed] = after.cites;
    expect(apa).toMatch(
      new RegExp(
        `\\(2030\\)\\. .* \\(Version ${pkg().version.replaceAll('.', '\\.')}\\) \\[Data set\\]\\..* Released ${DATE}\\.`,
      ),
    );
    for (const text of parsed) {
      const [entry] = new Cite(text).data as {
        version: string;
        issued: { 'date-parts': number[][] };
      }[];
      expect(entry?.version).toBe(pkg().version);
      expect(entry?.issued['date-parts']).toEqual([[2030, 1, 2]]);
    }
    // Classic BibTeX (@misc, for plain.bst) has no version or day: the year, and the version in
    // the note.
    expect(bibtex).toContain('year = {2030}');
    expect(bibtex).toContain(`note = {Version ${pkg().version}. `);
  });

  it('writes the release archive, with its checksum and deposit metadata', () => {
    const name = `cybercrime-positions-${pkg().version}`;
    for (const f of [`${name}.tar.gz`, `${name}.tar.gz.sha256`, `${name}.zenodo.json`])
      expect(existsSync(join(clone, 'dist/release', f)), f).toBe(true);
    expect(log).toContain(`released ${pkg().version} of ${DATE}`);
  });
});
