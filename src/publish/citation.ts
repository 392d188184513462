/** CITATION.cff with its version and release date (top level and preferred citation) replaced. */
export function updateCitation(cff: string, version: string, date: string): string {
  return cff
    .replace(/^(\s*)version: .*$/gm, `$1version: ${version}`)
    .replace(/^(\s*)date-released: .*$/gm, `$1date-released: ${date}`);
}
