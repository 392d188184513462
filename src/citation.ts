// How a citation is written, from the data it is handed: no import of the bundled data, so the
// site renderer and the tests can cite the dataset they hold. src/cite.ts binds it to the package's
// own data.
import type { Dataset, Document, Position } from './generated/types.ts';
import { IDENTITY } from './identity.ts';

export type CiteFormat = 'apa' | 'bibtex' | 'csl-json' | 'ris';
export const CITE_FORMATS: readonly CiteFormat[] = ['apa', 'bibtex', 'csl-json', 'ris'];

interface Work {
  key: string;
  title: string;
  version: string;
  date?: [number, number, number];
  url: string;
  /** What, exactly: the claim, where it is, and the data fingerprint to check it against. */
  note: string;
}

type Meta = Dataset['__meta'];
type Doc = Document | undefined;

function work(meta: Meta, p: Position | undefined, doc: Doc): Work {
  const { version, fingerprint, released } = meta;
  const date = released ? (released.split('-').map(Number) as [number, number, number]) : undefined;
  const base = {
    version,
    url: IDENTITY.versionUrl(version),
    ...(date ? { date } : {}),
  };
  const check = `Data fingerprint SHA-256 ${fingerprint}.`;
  if (!p)
    return { ...base, key: `${IDENTITY.name}-${version}`, title: IDENTITY.title, note: check };
  const source = doc
    ? ` (${doc.source.publisher.en}, ${doc.source.published}, ${doc.source.url})`
    : '';
  const status = p.status === 'withdrawn' ? ' Withdrawn; see its withdrawal.' : '';
  return {
    ...base,
    key: `${IDENTITY.name}-${version}-${p.id}`,
    title: `${IDENTITY.title}, claim ${p.id}`,
    note: `Claim ${p.id}, paragraph ${p.paragraph} of document ${p.document}${source}.${status} ${check}`,
  };
}

const bibtexEscape = (s: string) =>
  s.replace(/([\\{}&%$#_^~])/g, (c) =>
    c === '\\'
      ? '\\textbackslash{}'
      : c === '~'
        ? '\\textasciitilde{}'
        : c === '^'
          ? '\\textasciicircum{}'
          : `\\${c}`,
  );

const FORMAT: Record<CiteFormat, (w: Work) => string> = {
  apa: (w) =>
    `${IDENTITY.author}. (${w.date ? w.date[0] : 'n.d.'}). ${w.title} (Version ${w.version}) [Data set]. ${w.url}. ${w.note}`,
  bibtex: (w) =>
    [
      `@misc{${w.key},`,
      `  author = {{${IDENTITY.author}}},`,
      `  title = {${bibtexEscape(w.title)}},`,
      ...(w.date ? [`  year = {${w.date[0]}},`] : []),
      `  version = {${w.version}},`,
      `  howpublished = {Data set},`,
      `  url = {${w.url}},`,
      `  note = {${bibtexEscape(w.note)}}`,
      '}',
    ].join('\n'),
  'csl-json': (w) =>
    JSON.stringify(
      [
        {
          id: w.key,
          type: 'dataset',
          title: w.title,
          author: [{ literal: IDENTITY.author }],
          ...(w.date ? { issued: { 'date-parts': [w.date] } } : {}),
          version: w.version,
          URL: w.url,
          note: w.note,
        },
      ],
      null,
      2,
    ),
  ris: (w) =>
    [
      'TY  - DATA',
      `AU  - ${IDENTITY.author}`,
      `TI  - ${w.title}`,
      ...(w.date
        ? [`PY  - ${w.date[0]}`, `DA  - ${w.date.map((n) => String(n).padStart(2, '0')).join('/')}`]
        : []),
      `ET  - ${w.version}`,
      `UR  - ${w.url}`,
      `N1  - ${w.note}`,
      'ER  - ',
      '',
    ].join('\r\n'),
};

/** The citation of given metadata and position: cite() for data handed in (the site, tests). */
export function citeWith(
  meta: Meta,
  position: Position | undefined,
  doc: Doc,
  format: CiteFormat,
): string | undefined {
  return Object.hasOwn(FORMAT, format) ? FORMAT[format](work(meta, position, doc)) : undefined;
}
