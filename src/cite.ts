import { data } from './data.ts';
import { getDocument, getPosition } from './query.ts';

export type CiteFormat = 'apa' | 'bibtex' | 'csl-json' | 'ris';
export const CITE_FORMATS: readonly CiteFormat[] = ['apa', 'bibtex', 'csl-json', 'ris'];

const AUTHOR = 'The cybercrime-positions contributors';
const TITLE =
  'cybercrime-positions: What states say about the United Nations Convention against Cybercrime';

interface Work {
  key: string;
  title: string;
  version: string;
  date?: [number, number, number];
  url: string;
  /** What, exactly: the claim, where it is, and the data fingerprint to check it against. */
  note: string;
}

type Meta = typeof data.__meta;
type Position = NonNullable<ReturnType<typeof getPosition>>;
type Doc = ReturnType<typeof getDocument>;

function work(meta: Meta, p: Position | undefined, doc: Doc): Work {
  const { version, fingerprint, released } = meta;
  const date = released ? (released.split('-').map(Number) as [number, number, number]) : undefined;
  const base = {
    version,
    url: `https://www.npmjs.com/package/cybercrime-positions/v/${version}`,
    ...(date ? { date } : {}),
  };
  const check = `Data fingerprint SHA-256 ${fingerprint}.`;
  if (!p) return { ...base, key: `cybercrime-positions-${version}`, title: TITLE, note: check };
  const source = doc
    ? ` (${doc.source.publisher.en}, ${doc.source.published}, ${doc.source.url})`
    : '';
  const status = p.status === 'withdrawn' ? ' Withdrawn; see its withdrawal.' : '';
  return {
    ...base,
    key: `cybercrime-positions-${version}-${p.id}`,
    title: `${TITLE}, claim ${p.id}`,
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

// A RIS record is one field per line: a line break inside a value would end the field and let
// the rest of the value start new fields, or a new record.
const oneLine = (value: string) => value.replace(/[\r\n\u0085\u2028\u2029]+/g, ' ');

const FORMAT: Record<CiteFormat, (w: Work) => string> = {
  apa: (w) =>
    `${AUTHOR}. (${w.date ? w.date[0] : 'n.d.'}). ${w.title} (Version ${w.version}) [Data set]. ${w.url}. ${w.note}`,
  bibtex: (w) =>
    [
      `@misc{${w.key},`,
      `  author = {{${AUTHOR}}},`,
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
          author: [{ literal: AUTHOR }],
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
      `AU  - ${AUTHOR}`,
      `TI  - ${oneLine(w.title)}`,
      ...(w.date
        ? [`PY  - ${w.date[0]}`, `DA  - ${w.date.map((n) => String(n).padStart(2, '0')).join('/')}`]
        : []),
      `ET  - ${w.version}`,
      `UR  - ${oneLine(w.url)}`,
      `N1  - ${oneLine(w.note)}`,
      'ER  - ',
      '',
    ].join('\r\n'),
};

/**
 * A citation of the dataset, or of one position, carrying the package version, the position id
 * and the data fingerprint, so a reader can check they hold the same data. `undefined` for an
 * unknown id or format.
 *
 * @example
 * cite('irn-2025-hanoi.c27', { format: 'bibtex' })?.startsWith('@misc{cybercrime-positions-') // true
 * cite('irn-2025-hanoi.c27')?.includes('claim irn-2025-hanoi.c27') // true
 * cite('no-such-claim') // undefined
 */
export function cite(
  id?: string,
  options: { format?: CiteFormat } | null = {},
): string | undefined {
  const position = id === undefined ? undefined : getPosition(id);
  if (id !== undefined && !position) return undefined;
  return citeWith(
    data.__meta,
    position,
    position && getDocument(position.document),
    options?.format ?? 'apa',
  );
}

/** The citation of given metadata and position (cite() with its data filled in; for tests). */
export function citeWith(
  meta: Meta,
  position: Position | undefined,
  doc: Doc,
  format: CiteFormat,
): string | undefined {
  return Object.hasOwn(FORMAT, format) ? FORMAT[format](work(meta, position, doc)) : undefined;
}
