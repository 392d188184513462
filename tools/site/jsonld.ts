import type { Dataset } from '../../src/generated/types.ts';
import { IDENTITY } from '../../src/identity.ts';

/** The release archive as the site offers it: the archive's address and its files' addresses. */
export interface Downloads {
  /** Address of the .tar.gz, relative to the overview page. */
  archive: string;
  /** Each file of the archive: its path in the archive and its address, relative to the page. */
  files: { path: string; url: string; description: string }[];
}

const FORMAT: [RegExp, string][] = [
  [/\.tar\.gz$/, 'application/gzip'],
  [/\.csv$/, 'text/csv'],
  [/\.jsonl$/, 'application/jsonl'],
  [/\.json$/, 'application/json'],
  [/\.md$/, 'text/markdown'],
  [/\.cff$/, 'application/x-yaml'],
];
const formatOf = (path: string) => FORMAT.find(([re]) => re.test(path))?.[1] ?? 'text/plain';

/**
 * schema.org Dataset metadata for search engines and dataset catalogues: what the data is, which
 * version, under which licence, and every file of the release archive as a DataDownload.
 */
export function datasetJsonLd(meta: Dataset['__meta'], downloads?: Downloads): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: IDENTITY.title,
    description: IDENTITY.description,
    version: meta.version,
    url: meta.released ? IDENTITY.versionUrl(meta.version) : IDENTITY.url,
    ...(meta.released ? { datePublished: meta.released } : {}),
    ...(IDENTITY.doi ? { identifier: `https://doi.org/${IDENTITY.doi}` } : {}),
    license: IDENTITY.license.url,
    isAccessibleForFree: true,
    keywords: [...IDENTITY.keywords],
    creator: IDENTITY.authors.map((a) => ({ '@type': 'Organization', name: a.name })),
    publisher: { '@type': 'Organization', name: IDENTITY.publisher },
    additionalProperty: {
      '@type': 'PropertyValue',
      name: 'data fingerprint (SHA-256)',
      value: meta.fingerprint,
    },
    ...(downloads
      ? {
          distribution: [
            {
              '@type': 'DataDownload',
              name: 'Release archive',
              contentUrl: downloads.archive,
              encodingFormat: formatOf(downloads.archive),
            },
            ...downloads.files.map((f) => ({
              '@type': 'DataDownload',
              name: f.path,
              description: f.description,
              contentUrl: f.url,
              encodingFormat: formatOf(f.path),
            })),
          ],
        }
      : {}),
  };
}

/** The JSON-LD as a script element; `<` escaped so no text in it can close the element. */
export function jsonLdScript(value: object): string {
  return `<script type="application/ld+json">${JSON.stringify(value).replaceAll('<', '\\u003c')}</script>`;
}
