// The dataset's identity, written once. cite(), datapackage.json, the site, the CLI's help, the
// CITATION.cff check and the README check all read it from here. A module rather than a JSON file
// or package.json: the zero-dependency main entry (cite()) needs it with no fs and no JSON import,
// and package.json describes the package (its licence covers code and data), not the data set.

/** Who made the data set, what it is called, where it lives and under which licence. */
export const IDENTITY = {
  name: 'cybercrime-positions',
  /** What the data set is about, as a sentence fragment (the title after the name). */
  subject: 'What states say about the United Nations Convention against Cybercrime',
  author: 'The cybercrime-positions contributors',
  /** Licence of the data (the code is MIT; see LICENSE). */
  license: {
    id: 'CC-BY-4.0',
    url: 'https://creativecommons.org/licenses/by/4.0/',
    title: 'Creative Commons Attribution 4.0 International',
  },
  url: 'https://www.npmjs.com/package/cybercrime-positions',
  /** The full title: name and subject. */
  get title(): string {
    return `${this.name}: ${this.subject}`;
  },
  /** The page of one released version. */
  versionUrl(version: string): string {
    return `${this.url}/v/${version}`;
  },
};
