// How a citation is written, from the data it is handed: no import of the bundled data, so the
// site renderer and the tests can cite the dataset they hold. src/cite.ts binds it to the package's
// own data.

import { biblatexEntry, bibtexEntry } from './citation-bib.ts';
import type { Dataset, Document, Position } from './generated/types.ts';
import { IDENTITY } from './identity.ts';

export type CiteFormat = 'apa' | 'bibtex' | 'biblatex' | 'csl-json' | 'ris';
// Frozen: it is exported, and the CLI's --format choices are read from it.
export const CITE_FORMATS: readonly CiteFormat[] = Object.freeze([
  'apa',
  'bibtex',
  'biblatex',
  'csl-json',
  'ris',
] as const);

const authorNames = () => IDENTITY.authors.map((a) => a.name);

interface Work {
  key: string;
  title: string;
  version: string;
  /** The release date; data built between releases has none, and no citation invents one. */
  date?: [number, number, number];
  url: string;
  doi?: string;
  /** What, exactly: the claim, where it is, and the data fingerprint to check it against. */
  note: string;
}

type Meta = Dataset['__meta'];
type Doc = Document | undefined;
type Identity = Pick<typeof IDENTITY, 'doi'>;

function work(meta: Meta, p: Position | undefined, doc: Doc, identity: Identity): Work {
  const { version, fingerprint, released } = meta;
  const date = released ? (released.split('-').map(Number) as [number, number, number]) : undefined;
  // A build between releases names no release: not its version, not its page, not a date.
  const when = released
    ? `Released ${released}.`
    : 'Unreleased build: this data is not a released version.';
  const base = {
    version,
    url: released ? IDENTITY.versionUrl(version) : IDENTITY.url,
    ...(date ? { date } : {}),
    ...(identity.doi ? { doi: identity.doi } : {}),
  };
  const key = `${IDENTITY.name}-${version.replace('+', '-')}`;
  const check = `${when} Data fingerprint SHA-256 ${fingerprint}.`;
  if (!p) return { ...base, key, title: IDENTITY.title, note: check };
  const symbol = doc?.source.symbol ? `${doc.source.symbol}, ` : '';
  const source = doc
    ? ` (${symbol}${doc.source.publisher.en}, ${doc.source.published}, ${doc.source.url})`
    : '';
  // A transcript of the interpretation holds the interpreter's words: a citation must say so.
  const words =
    doc?.source.kind === 'interpretation-transcript'
      ? " The words quoted are the English interpreter's, as transcribed by machine, not the speaker's."
      : '';
  const unit = doc?.paragraphing === 'sentence' ? 'sentence' : 'paragraph';
  const successors = p.withdrawal?.supersededBy ?? [];
  const status =
    p.status === 'withdrawn'
      ? ` Withdrawn${successors.length > 0 ? `; superseded by ${successors.join(', ')}` : ''}: cite the claim in force instead.`
      : '';
  return {
    ...base,
    key: `${key}-${p.id}`,
    title: `${IDENTITY.title}, claim ${p.id}`,
    note: `Claim ${p.id}, ${unit} ${p.paragraph} of document ${p.document}${source}.${words}${status} ${check}`,
  };
}

const iso = (d: [number, number, number]) => d.map((n) => String(n).padStart(2, '0')).join('-');

// A RIS record is one field per line: a line break inside a value would end the field and let
// the rest of the value start new fields, or a new record.
const oneLine = (value: string) => value.replace(/[\r\n\u0085\u2028\u2029]+/g, ' ');

const FORMAT: Record<CiteFormat, (w: Work) => string> = {
  apa: (w) =>
    `${authorNames().join(', ')}. (${w.date ? w.date[0] : 'n.d.'}). ${w.title} (${w.date ? 'Version' : 'Unreleased build'} ${w.version}) [Data set]. ${IDENTITY.publisher}. ${w.doi ? `https://doi.org/${w.doi}` : w.url}. ${w.note}`,
  bibtex: (w) => bibtexEntry(w, authorNames()),
  biblatex: (w) => biblatexEntry(w, authorNames()),
  'csl-json': (w) =>
    JSON.stringify(
      [
        {
          id: w.key,
          type: 'dataset',
          title: w.title,
          author: authorNames().map((literal) => ({ literal })),
          ...(w.date ? { issued: { 'date-parts': [w.date] } } : {}),
          version: w.version,
          publisher: IDENTITY.publisher,
          URL: w.url,
          ...(w.doi ? { DOI: w.doi } : {}),
          note: w.note,
        },
      ],
      null,
      2,
    ),
  ris: (w) =>
    [
      'TY  - DATA',
      ...authorNames().map((a) => `AU  - ${oneLine(a)}`),
      `TI  - ${oneLine(w.title)}`,
      ...(w.date ? [`PY  - ${w.date[0]}`, `DA  - ${iso(w.date).replaceAll('-', '/')}`] : []),
      `ET  - ${oneLine(w.version)}`,
      `PB  - ${oneLine(IDENTITY.publisher)}`,
      `UR  - ${oneLine(w.url)}`,
      ...(w.doi ? [`DO  - ${oneLine(w.doi)}`] : []),
      `N1  - ${oneLine(w.note)}`,
      'ER  - ',
      '',
    ].join('\r\n'),
};

/** The citation of given metadata and position (cite() with its data filled in; for tests). */
export function citeWith(
  meta: Meta,
  position: Position | undefined,
  doc: Doc,
  format: CiteFormat,
  identity: Identity = IDENTITY,
): string | undefined {
  return Object.hasOwn(FORMAT, format)
    ? FORMAT[format](work(meta, position, doc, identity))
    : undefined;
}
