// The dataset's identity, written once. cite(), datapackage.json, the site (its pages and JSON-LD),
// the CLI's help, CITATION.cff and the deposit metadata (.zenodo.json) and the README check all
// read it from here, so they cannot drift apart. A module rather than a JSON file or package.json:
// the zero-dependency main entry (cite()) needs it with no fs and no JSON import, and package.json
// describes the package (its licence covers code and data), not the data set.

/** Who made the data set, what it is called, where it lives and under which licence. */
export const IDENTITY = {
  name: 'cybercrime-positions',
  /** What the data set is about, as a sentence fragment (the title after the name). */
  subject: 'What states say about the United Nations Convention against Cybercrime',
  description:
    "Every claim made in statements about the United Nations Convention against Cybercrime, coded by actor, topic, treaty article, stance and speech act, with a verbatim quote anchored to its paragraph of a published source and an English translation. The first document is Iran's statement at the Hanoi signing ceremony (October 2025), in the Persian text published by the Young Journalists Club.",
  author: 'The cybercrime-positions contributors',
  /** Who makes the versions available: the registry every release is published to. */
  publisher: 'npm',
  /** Licence of the data (the code is MIT; see LICENSE). */
  license: {
    id: 'CC-BY-4.0',
    url: 'https://creativecommons.org/licenses/by/4.0/',
    title: 'Creative Commons Attribution 4.0 International',
  },
  url: 'https://www.npmjs.com/package/cybercrime-positions',
  keywords: ['cybercrime', 'United Nations', 'treaty', 'stance', 'political text', 'Persian'],
  /**
   * The DOI of the dataset, once a data repository has minted one (e.g. a Zenodo concept DOI).
   * Every citation format carries it when it is set; until then none claims one.
   */
  doi: undefined as string | undefined,
  /** The full title: name and subject. */
  get title(): string {
    return `${this.name}: ${this.subject}`;
  },
  /** Authors, as citations list them: one collective author until people are named. */
  get authors(): { name: string }[] {
    return [{ name: this.author }];
  },
  /** The page of one released version. */
  versionUrl(version: string): string {
    return `${this.url}/v/${version}`;
  },
};

export type Identity = typeof IDENTITY;
