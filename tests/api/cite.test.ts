import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { citeWith } from '../../src/cite.ts';
import { CITE_FORMATS, cite, getDocument, getPosition, metadata } from '../../src/index.ts';
import { fromRoot } from '../../src/tooling/paths.ts';

const ID = 'irn-2025-hanoi.c07';
type Csl = {
  id: string;
  type: string;
  title: string;
  version: string;
  note: string;
  URL: string;
  issued?: { 'date-parts': number[][] };
};
/** Parsed by citation-js, an implementation that is not ours, into CSL-JSON. */
const parse = (text: string): Csl[] => new Cite(text).data as Csl[];

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
  });

  it('gives BibTeX that parses, with the fields it means', () => {
    const [entry] = parse(cite(ID, { format: 'bibtex' }) ?? '');
    expect(entry?.id).toBe(`cybercrime-positions-${metadata.version}-${ID}`);
    expect(entry?.title).toContain(`claim ${ID}`);
    expect(entry?.version).toBe(metadata.version);
    expect(entry?.note).toContain(metadata.fingerprint);
  });

  it('gives RIS that parses as a dataset', () => {
    const [entry] = parse(cite(ID, { format: 'ris' }) ?? '');
    expect(entry?.type).toBe('dataset');
    expect(entry?.version).toBe(metadata.version);
    expect(entry?.URL).toBe(
      `https://www.npmjs.com/package/cybercrime-positions/v/${metadata.version}`,
    );
    expect(entry?.note).toContain(metadata.fingerprint);
  });

  it("gives CSL-JSON with the CSL schema's required fields (id, type) that citation-js accepts", () => {
    const items = JSON.parse(cite(ID, { format: 'csl-json' }) ?? '') as Csl[];
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      id: expect.any(String),
      type: 'dataset',
      version: metadata.version,
    });
    expect(parse(JSON.stringify(items))[0]?.title).toBe(items[0]?.title);
  });

  it('writes APA with the year of release, or n.d. for data between releases', () => {
    const p = getPosition(ID);
    const doc = getDocument('irn-2025-hanoi');
    const released = { ...metadata, released: '2026-11-28' };
    const { released: _none, ...unreleased } = metadata;
    expect(citeWith(released, p, doc, 'apa')).toMatch(
      /^The cybercrime-positions contributors\. \(2026\)\. cybercrime-positions: .* \(Version \d+\.\d+\.\d+\) \[Data set\]\. https:/,
    );
    expect(citeWith(unreleased, p, doc, 'apa')).toContain('(n.d.)');
    expect(
      parse(citeWith(released, p, doc, 'bibtex') ?? '')[0]?.issued?.['date-parts'][0]?.[0],
    ).toBe(2026);
    expect(citeWith(released, p, doc, 'ris')).toContain('DA  - 2026/11/28');
    expect(citeWith(unreleased, p, doc, 'bibtex')).not.toContain('year');
  });

  it('escapes what BibTeX would read as commands', () => {
    const p = { ...getPosition(ID)!, id: 'a_b.c07' };
    const text =
      citeWith(
        metadata,
        p,
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

  it('gives undefined for an unknown id or format', () => {
    expect(cite('irn-2025-hanoi.c99')).toBeUndefined();
    expect(cite('')).toBeUndefined();
    expect(cite(ID, { format: 'toString' as never })).toBeUndefined();
    expect(cite(ID, { format: 'mla' as never })).toBeUndefined();
  });
});

describe('CITATION.cff', () => {
  const cff = readFileSync(fromRoot('CITATION.cff'), 'utf8');
  const pkg = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { version: string };
  const record = JSON.parse(readFileSync(fromRoot('data/released-ids.json'), 'utf8')) as {
    version: string;
    date: string;
  };

  it('is a dataset citation with the fields CFF 1.2.0 requires', () => {
    for (const key of [
      'cff-version: 1.2.0',
      'message:',
      'title:',
      'authors:',
      'type: dataset',
      'license: CC-BY-4.0',
      'preferred-citation:',
    ]) {
      expect(cff).toContain(key);
    }
  });

  it('names the version of package.json and the date of its recorded release, in both places', () => {
    const versions = [...cff.matchAll(/^\s*version: (.+)$/gm)].map((m) => m[1]);
    const dates = [...cff.matchAll(/^\s*date-released: (.+)$/gm)].map((m) => m[1]);
    expect(versions).toEqual([pkg.version, pkg.version]);
    expect(record.version).toBe(pkg.version);
    expect(dates).toEqual([record.date, record.date]);
  });
});
