import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { describe, expect, it } from 'vitest';
import { citeWith } from '../../src/cite.ts';
import { IDENTITY } from '../../src/identity.ts';
import { cite, getDocument, getPosition, metadata } from '../../src/index.ts';

// Classic BibTeX (plain.bst, natbib) prints an entry of a type it does not define as "[?]", and
// reads no `version` or `date`: `bibtex` must be an @misc that carries all of it in its own
// fields, and `biblatex` keeps the @dataset.
const ID = 'irn-2025-hanoi.c07';
const p = getPosition(ID);
const doc = getDocument('irn-2025-hanoi');
const release = { ...metadata, version: '1.0.0', released: '2026-12-01' };
const unreleased = { ...metadata, version: '1.1.0-dev+abcdef12', released: undefined };

/** The entry's fields as written, without parsing through a library that knows @dataset. */
const fields = (text: string) =>
  Object.fromEntries([...text.matchAll(/^ {2}(\w+) = \{(.*)\},?$/gm)].map((m) => [m[1], m[2]]));

describe('cite --format bibtex: classic BibTeX', () => {
  const text = citeWith(release, p, doc, 'bibtex') ?? '';

  it('is an @misc, a type plain.bst defines', () => {
    expect(text).toMatch(/^@misc\{cybercrime-positions-1\.0\.0-irn-2025-hanoi\.c07,\n/);
    expect(text.endsWith('\n}')).toBe(true);
  });

  it('uses only fields plain.bst prints for @misc (and doi, which natbib prints)', () => {
    expect(Object.keys(fields(text)).sort()).toEqual(
      ['author', 'howpublished', 'note', 'title', 'year'].sort(),
    );
    expect(
      Object.keys(fields(citeWith(release, p, doc, 'bibtex', { doi: '10.5/x' }) ?? '')),
    ).toContain('doi');
  });

  it('says in howpublished that it is a data set, from whom and where', () => {
    expect(fields(text).howpublished).toBe(`Data set, npm, ${IDENTITY.url}/v/1.0.0`);
  });

  it('carries the year, and the version, claim and fingerprint in the note', () => {
    const f = fields(text);
    expect(f.year).toBe('2026');
    expect(f.note).toMatch(/^Version 1\.0\.0\. Claim irn-2025-hanoi\.c07, paragraph 4 /);
    expect(f.note).toContain(`Data fingerprint SHA-256 ${metadata.fingerprint}.`);
  });

  it('names a build between releases as one, with no year', () => {
    const f = fields(citeWith(unreleased, p, doc, 'bibtex') ?? '');
    expect(f.year).toBeUndefined();
    expect(f.note).toMatch(/^Version 1\.1\.0-dev\+abcdef12\. .*Unreleased build/);
  });

  it('is read back by citation-js with its title, author, year and note', () => {
    const [entry] = new Cite(text).data as {
      title: string;
      author: { family?: string; literal?: string }[];
      issued: { 'date-parts': number[][] };
      note: string;
    }[];
    expect(entry?.title).toBe(`${IDENTITY.title}, claim ${ID}`);
    expect(entry?.author.map((a) => a.literal ?? a.family)).toEqual([IDENTITY.author]);
    expect(entry?.issued['date-parts']).toEqual([[2026]]);
    expect(entry?.note).toContain(metadata.fingerprint);
  });
});

describe('titles keep their capitals in sentence-case styles', () => {
  it.each(['bibtex', 'biblatex'] as const)(
    'braces the package name and the treaty name (%s)',
    (format) => {
      const title = fields(citeWith(release, p, doc, format) ?? '').title;
      expect(title).toBe(
        '{cybercrime-positions}: What states say about the {United Nations Convention against Cybercrime}, claim irn-2025-hanoi.c07',
      );
    },
  );
});

describe('cite --format biblatex', () => {
  it('keeps the @dataset with version and full date', () => {
    const f = fields(citeWith(release, p, doc, 'biblatex') ?? '');
    expect(citeWith(release, p, doc, 'biblatex')).toMatch(/^@dataset\{/);
    expect(f).toMatchObject({
      version: '1.0.0',
      date: '2026-12-01',
      year: '2026',
      publisher: 'npm',
    });
  });

  it('keeps the words of a withdrawn claim', () => {
    expect(cite('irn-2025-hanoi.c27', { format: 'biblatex' })).toContain(
      'superseded by irn-2025-hanoi.c37: cite the claim in force instead.',
    );
    expect(cite('irn-2025-hanoi.c27', { format: 'bibtex' })).toContain(
      'superseded by irn-2025-hanoi.c37: cite the claim in force instead.',
    );
  });
});
