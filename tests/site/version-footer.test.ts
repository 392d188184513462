import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/generated/types.ts';
import { fromRoot } from '../../tools/paths.ts';
import { documentPage, overviewPage } from '../../tools/site/render.ts';

const data = JSON.parse(readFileSync(fromRoot('dist/data.json'), 'utf8')) as Dataset;
const doc = data.documents[0] as Dataset['documents'][number];
const { released: _r, previousRelease: _p, ...base } = data.__meta;
const release: Dataset = { ...data, __meta: { ...base, version: '1.0.0', released: '2026-12-01' } };
const build: Dataset = {
  ...data,
  __meta: {
    ...base,
    version: `1.1.0-dev+${base.fingerprint.slice(0, 8)}`,
    previousRelease: { version: '1.0.0', date: '2026-12-01' },
  },
};
const footer = (html: string) => /<footer class="version"[\s\S]*?<\/footer>/.exec(html)?.[0] ?? '';

describe('the footer of every page', () => {
  it.each([
    ['overview', overviewPage],
    ['document', (d: Dataset) => documentPage(d, doc)],
  ] as const)('names a release with its date (%s)', (_name, render) => {
    expect(footer(render(release))).toContain('Version 1.0.0, released 2026-12-01.');
  });

  it.each([
    ['overview', overviewPage],
    ['document', (d: Dataset) => documentPage(d, doc)],
  ] as const)(
    'says unreleased build, and names no release, between releases (%s)',
    (_name, render) => {
      const text = footer(render(build));
      expect(text).toContain(`Unreleased build 1.1.0-dev+${base.fingerprint.slice(0, 8)}`);
      expect(text).toContain(base.fingerprint.slice(0, 12));
      expect(text).not.toContain('1.0.0');
      expect(text).not.toContain('released 2026');
    },
  );
});
