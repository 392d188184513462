import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/generated/types.ts';
import { IDENTITY } from '../../src/identity.ts';
import { fromRoot } from '../../tools/paths.ts';
import { datasetJsonLd, jsonLdScript } from '../../tools/site/jsonld.ts';
import { writeSite } from '../../tools/site/write.ts';

const data = JSON.parse(readFileSync(fromRoot('dist/data.json'), 'utf8')) as Dataset;
const out = mkdtempSync(join(tmpdir(), 'ccp-jsonld-'));
type Download = { '@type': string; name: string; contentUrl: string; encodingFormat: string };
type Ld = Record<string, unknown> & { distribution: Download[] };
let ld: Ld;

beforeAll(async () => {
  await writeSite(data, out, fromRoot('dist'));
  const html = readFileSync(join(out, 'index.html'), 'utf8');
  const text = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
  ld = JSON.parse(text ?? 'null') as Ld;
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the overview page as a schema.org Dataset', () => {
  it('names the data, its version, licence, creators and publisher', () => {
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      name: IDENTITY.title,
      version: data.__meta.version,
      license: IDENTITY.license.url,
      creator: IDENTITY.authors.map((a) => ({ '@type': 'Organization', name: a.name })),
      publisher: { '@type': 'Organization', name: IDENTITY.publisher },
    });
    expect(ld.datePublished).toBe(data.__meta.released);
  });

  it('offers the release archive and every file in it as DataDownloads the site serves', () => {
    const [archive, ...files] = ld.distribution;
    expect(archive).toMatchObject({ '@type': 'DataDownload', encodingFormat: 'application/gzip' });
    const listed = execFileSync('tar', ['-tzf', join(out, archive?.contentUrl ?? '')], {
      encoding: 'utf8',
    })
      .trimEnd()
      .split('\n')
      .map((p) => p.slice(p.indexOf('/') + 1));
    expect(files.map((f) => f.name).sort()).toEqual([...listed].sort());
    for (const f of ld.distribution) {
      expect(f['@type']).toBe('DataDownload');
      expect(existsSync(join(out, f.contentUrl)), f.contentUrl).toBe(true);
    }
    expect(files.find((f) => f.name === 'tables/positions.csv')?.encodingFormat).toBe('text/csv');
  });

  it('dates a release only, and cannot be closed early by the text it carries', () => {
    const { released: _r, ...unreleased } = data.__meta;
    expect(datasetJsonLd(unreleased)).not.toHaveProperty('datePublished');
    expect(
      datasetJsonLd({ ...unreleased, version: '1.0.0', released: '2030-01-02' }),
    ).toMatchObject({ datePublished: '2030-01-02', url: `${IDENTITY.url}/v/1.0.0` });
    expect(jsonLdScript({ x: '</script><b>' })).toBe(
      '<script type="application/ld+json">{"x":"\\u003c/script>\\u003cb>"}</script>',
    );
  });
});
