import { IDENTITY } from '../../src/identity.ts';
import type { Release } from './citation.ts';

/**
 * Deposit metadata for a data repository, in the shape of Zenodo's `.zenodo.json`, from the same
 * identity as CITATION.cff: what a deposit of the release archive needs, and nothing it does not
 * know (no DOI until one is minted; then it is the identity's).
 */
export function zenodoMetadata(release: Release, identity = IDENTITY): Record<string, unknown> {
  return {
    upload_type: 'dataset',
    title: identity.title,
    description: identity.description,
    creators: identity.authors.map((a) => ({ name: a.name })),
    version: release.version,
    publication_date: release.date,
    access_right: 'open',
    license: identity.license.id.toLowerCase(),
    keywords: [...identity.keywords],
    ...(identity.doi ? { doi: identity.doi } : {}),
    related_identifiers: [
      {
        identifier: IDENTITY.versionUrl(release.version),
        relation: 'isIdenticalTo',
        resource_type: 'dataset',
      },
    ],
    notes: `Data fingerprint SHA-256 ${release.fingerprint}: the SHA-256 of data.json without __meta, serialised with sorted keys and no spaces.`,
  };
}
