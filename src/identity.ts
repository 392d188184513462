/**
 * Who and what the dataset is: the one place its title, authors, publisher, licence and addresses
 * are written. cite(), CITATION.cff, the deposit metadata (.zenodo.json), datapackage.json and the
 * site's JSON-LD all read them from here, so they cannot drift apart.
 */
export const IDENTITY = {
  name: 'cybercrime-positions',
  title:
    'cybercrime-positions: What states say about the United Nations Convention against Cybercrime',
  description:
    "Every claim made in statements about the United Nations Convention against Cybercrime, coded by actor, topic, treaty article, stance and speech act, with a verbatim quote anchored to its paragraph of a published source and an English translation. The first document is Iran's statement at the Hanoi signing ceremony (October 2025), in the Persian text published by the Young Journalists Club.",
  /** Authors, as a citation names them: one collective author until people are named. */
  authors: [{ name: 'The cybercrime-positions contributors' }],
  /** Who makes the versions available: the registry every release is published to. */
  publisher: 'npm',
  /** The dataset's home; a release adds `/v/<version>`. */
  url: 'https://www.npmjs.com/package/cybercrime-positions',
  license: {
    spdx: 'CC-BY-4.0',
    title: 'Creative Commons Attribution 4.0 International',
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
  keywords: ['cybercrime', 'United Nations', 'treaty', 'stance', 'political text', 'Persian'],
  /**
   * The DOI of the dataset, once a data repository has minted one (e.g. a Zenodo concept DOI).
   * Every citation format carries it when it is set; until then none claims one.
   */
  doi: undefined as string | undefined,
} as const;

export type Identity = typeof IDENTITY;

/** The address of one version of the dataset: its page on the registry. */
export function versionUrl(version: string): string {
  return `${IDENTITY.url}/v/${version}`;
}
