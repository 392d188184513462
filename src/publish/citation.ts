import { IDENTITY } from '../identity.ts';

/** CITATION.cff with its version and release date (top level and preferred citation) replaced. */
export function updateCitation(cff: string, version: string, date: string): string {
  return cff
    .replace(/^(\s*)version: .*$/gm, `$1version: ${version}`)
    .replace(/^(\s*)date-released: .*$/gm, `$1date-released: ${date}`);
}

/**
 * CITATION.cff with the dataset's identity (src/identity.ts) written into it: title, authors,
 * licence and URL, top level and preferred citation. The release records it with every version,
 * and a test fails while the committed file differs from what this makes of it.
 */
export function citationWithIdentity(cff: string): string {
  return cff
    .replace(/^(\s*)title: .*$/gm, `$1title: ${JSON.stringify(IDENTITY.title)}`)
    .replace(/^(\s*)- name: .*$/gm, `$1- name: ${IDENTITY.author}`)
    .replace(/^(\s*)license: .*$/gm, `$1license: ${IDENTITY.license.id}`)
    .replace(/^(\s*)(repository-artifact|url): .*$/gm, `$1$2: ${JSON.stringify(IDENTITY.url)}`);
}
