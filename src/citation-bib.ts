// The two .bib flavours. Classic BibTeX (plain.bst, natbib's styles, most journal templates) knows
// no @dataset, no `version` and no `date`: an entry of an unknown type prints as "[?]". So
// `bibtex` writes @misc with what plain.bst prints (howpublished, year, note), and `biblatex`
// keeps @dataset, which biblatex, citation-js and Zotero read as a data set.
import { IDENTITY } from './identity.ts';

export interface BibWork {
  key: string;
  title: string;
  version: string;
  date?: [number, number, number];
  url: string;
  doi?: string;
  note: string;
}

export const bibtexEscape = (s: string) =>
  s.replace(/([\\{}&%$#_^~])/g, (c) =>
    c === '\\'
      ? '\\textbackslash{}'
      : c === '~'
        ? '\\textasciitilde{}'
        : c === '^'
          ? '\\textasciicircum{}'
          : `\\${c}`,
  );

// Styles that set titles in sentence case (APA, most author-year styles) lowercase every letter
// that is not inside braces: the package's name and the treaty's name keep their capitals.
const PROPER = [IDENTITY.name, 'United Nations Convention against Cybercrime'];

/** The title, escaped, with its proper nouns braced. */
export function bibTitle(title: string): string {
  let out = bibtexEscape(title);
  for (const name of PROPER) out = out.replaceAll(bibtexEscape(name), `{${bibtexEscape(name)}}`);
  return out;
}

const iso = (d: [number, number, number]) => d.map((n) => String(n).padStart(2, '0')).join('-');

const authorField = (authors: string[]) =>
  `  author = {${authors.map((a) => `{${bibtexEscape(a)}}`).join(' and ')}},`;

/** Classic BibTeX: @misc, readable by plain.bst and natbib. */
export const bibtexEntry = (w: BibWork, authors: string[]) =>
  [
    `@misc{${w.key},`,
    authorField(authors),
    `  title = {${bibTitle(w.title)}},`,
    // The address as text: \url would need a package that plain.bst documents may not load.
    `  howpublished = {Data set, ${bibtexEscape(IDENTITY.publisher)}, ${bibtexEscape(w.url)}},`,
    ...(w.date ? [`  year = {${w.date[0]}},`] : []),
    ...(w.doi ? [`  doi = {${w.doi}},`] : []),
    `  note = {Version ${bibtexEscape(w.version)}. ${bibtexEscape(w.note)}}`,
    '}',
  ].join('\n');

/** biblatex: @dataset with its version and full date. */
export const biblatexEntry = (w: BibWork, authors: string[]) =>
  [
    `@dataset{${w.key},`,
    authorField(authors),
    `  title = {${bibTitle(w.title)}},`,
    ...(w.date ? [`  year = {${w.date[0]}},`, `  date = {${iso(w.date)}},`] : []),
    `  version = {${bibtexEscape(w.version)}},`,
    `  publisher = {${bibtexEscape(IDENTITY.publisher)}},`,
    `  url = {${w.url}},`,
    ...(w.doi ? [`  doi = {${w.doi}},`] : []),
    `  note = {${bibtexEscape(w.note)}}`,
    '}',
  ].join('\n');
