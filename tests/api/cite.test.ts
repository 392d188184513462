import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { citeWith } from '../../src/cite.ts';
import { IDENTITY } from '../../src/identity.ts';
import { CITE_FORMATS, cite, getDocument, getPosition, metadata } from '../../src/index.ts';
import { versionOf } from '../../tools/publish/version.ts';

const ID = 'irn-2025-hanoi.c07';
type Csl = {
  id: string;
  type: string;
  title: string;
  author: { literal?: string; family?: string }[];
  version: string;
  publisher?: string;
  note: string;
  URL: string;
  DOI?: string;
  issued?: { 'date-parts': number[][] };
};
/** Parsed by citation-js, an implementation that is not ours, into CSL-JSON. */
const parse = (text: string): Csl => {
  const items = new Cite(text).data as Csl[];
  expect(items).toHaveLength(1);
  return items[0] as Csl;
};

const p = getPosition(ID);
const doc = getDocument('irn-2025-hanoi');
const fingerprint = metadata.fingerprint;
// The same data in both states: as the recorded release 1.0.0, and as a build after release 0.9.0.
const release = {
  ...metadata,
  ...versionOf({
    packageVersion: '1.0.0',
    fingerprint,
    last: { version: '1.0.0', date: '2026-12-01', fingerprint },
    bumps: [],
  }),
};
const unreleased = {
  ...metadata,
  released: undefined,
  ...versionOf({
    packageVersion: '0.9.0',
    fingerprint,
    last: { version: '0.9.0', date: '2026-11-28', fingerprint: 'f'.repeat(64) },
    bumps: ['minor'],
  }),
};
const author = (e: Csl) => e.author.map((a) => a.literal ?? a.family);

describe('a citation of a release, read back by citation-js', () => {
  // Classic BibTeX has no data set type; tests/api/cite-bibtex.test.ts reads its @misc.
  it.each(CITE_FORMATS.filter((f) => f !== 'apa' && f !== 'bibtex'))(
    'is a dataset with title, author, year and date, version, publisher, URL, claim id and fingerprint (%s)',
    (format) => {
      const entry = parse(citeWith(release, p, doc, format) ?? '');
      expect(entry.type).toBe('dataset');
      expect(entry.title).toBe(`${IDENTITY.title}, claim ${ID}`);
      expect(author(entry)).toEqual(IDENTITY.authors.map((a) => a.name));
      expect(entry.issued?.['date-parts']).toEqual([[2026, 12, 1]]);
      expect(entry.version).toBe('1.0.0');
      expect(entry.publisher).toBe(IDENTITY.publisher);
      expect(entry.URL).toBe(`${IDENTITY.url}/v/1.0.0`);
      expect(entry.note).toContain(`Claim ${ID}`);
      expect(entry.note).toContain(fingerprint);
      expect(entry.DOI).toBeUndefined();
    },
  );

  it('is APA with the year, the version, the publisher, the address and the release date', () => {
    expect(citeWith(release, p, doc, 'apa')).toBe(
      `The cybercrime-positions contributors. (2026). ${IDENTITY.title}, claim ${ID} (Version 1.0.0) [Data set]. npm. ${IDENTITY.url}/v/1.0.0. Claim ${ID}, paragraph 4 of document irn-2025-hanoi (Young Journalists Club (YJC), 2025-10-26, https://www.yjc.ir/fa/news/9018422/). Released 2026-12-01. Data fingerprint SHA-256 ${fingerprint}.`,
    );
  });

  it.each(CITE_FORMATS)(
    'carries a DOI from the one identity field, once there is one (%s)',
    (format) => {
      const text = citeWith(release, p, doc, format, { doi: '10.5281/zenodo.1234567' }) ?? '';
      expect(text).toContain('10.5281/zenodo.1234567');
      if (format !== 'apa') expect(parse(text).DOI).toBe('10.5281/zenodo.1234567');
    },
  );
});

describe('a citation of data built between releases', () => {
  it('has a pre-release version that carries the fingerprint', () => {
    expect(unreleased.version).toBe(`0.10.0-dev+${fingerprint.slice(0, 8)}`);
  });

  it.each(CITE_FORMATS)(
    'says unreleased build, gives the fingerprint, and names no release or date (%s)',
    (format) => {
      const text = citeWith(unreleased, p, doc, format) ?? '';
      expect(text).toContain(unreleased.version);
      expect(text).toContain(fingerprint);
      expect(text).toMatch(/unreleased build/i);
      expect(text).not.toContain('0.9.0');
      expect(text).not.toContain('/v/');
      expect(text).not.toMatch(/Released \d|2026/);
      if (format === 'apa') expect(text).toContain('(n.d.)');
      else if (format !== 'bibtex') {
        const entry = parse(text);
        expect(entry).toMatchObject({ type: 'dataset', version: unreleased.version });
        expect(entry.issued).toBeUndefined();
      }
    },
  );
});

describe('cite', () => {
  it.each(CITE_FORMATS)(
    'carries the version, the position id and the data fingerprint (%s)',
    (format) => {
      const text = cite(ID, { format }) ?? '';
      expect(text).toContain(metadata.version);
      expect(text).toContain(ID);
      expect(text).toContain(metadata.fingerprint);
    },
  );

  it.each(CITE_FORMATS)('cites the whole dataset when given no id (%s)', (format) => {
    const text = cite(undefined, { format }) ?? '';
    expect(text).toContain(metadata.fingerprint);
    expect(text).not.toMatch(/claim irn/);
    if (format !== 'apa') expect(parse(text).title).toBe(IDENTITY.title);
  });

  it.each(CITE_FORMATS)(
    "says a claim from a transcript of the interpretation is in the interpreter's words (%s)",
    (format) => {
      const text = cite('rus-2026-ga81.c02', { format }) ?? '';
      expect(text).toContain("The words quoted are the English interpreter's");
      expect(text).toContain('sentence 91 of document rus-2026-ga81');
      expect(cite(ID, { format })).not.toContain('interpreter');
    },
  );

  it('cites a verbatim record by its symbol', () => {
    expect(cite('jam-2024-ga79.c04')).toContain(
      'paragraph 26 of document jam-2024-ga79 (A/79/PV.14, United Nations General Assembly, official records',
    );
  });

  it('cites this build as what it is: a release with its year, or an unreleased build', () => {
    const text = cite(ID) ?? '';
    if (metadata.released) expect(text).toContain(`(${metadata.released.slice(0, 4)})`);
    else expect(text).toContain(`(n.d.)`);
  });

  it('escapes what BibTeX would read as commands', () => {
    const odd = { ...getPosition(ID)!, id: 'a_b.c07' };
    const text =
      citeWith(
        metadata,
        odd,
        {
          ...getDocument('irn-2025-hanoi')!,
          source: { ...getDocument('irn-2025-hanoi')!.source, url: 'https://x/?a=1&b=50%' },
        },
        'bibtex',
      ) ?? '';
    expect(text).toContain('a\\_b.c07');
    expect(text).toContain('a=1\\&b=50\\%');
    expect(() => parse(text)).not.toThrow();
  });

  it('gives undefined for an unknown id', () => {
    expect(cite('irn-2025-hanoi.c99')).toBeUndefined();
    expect(cite('')).toBeUndefined();
  });
});
