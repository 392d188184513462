import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../scripts/lib/paths.ts';

describe('CITATION.cff', () => {
  const cff = readFileSync(fromRoot('CITATION.cff'), 'utf8');
  const pkg = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { version: string };
  const record = JSON.parse(readFileSync(fromRoot('data/released-ids.json'), 'utf8')) as {
    version: string;
    date: string;
  };

  it('is a dataset citation with the fields CFF 1.2.0 requires', () => {
    for (const key of [
      'cff-version: 1.2.0',
      'message:',
      'title:',
      'authors:',
      'type: dataset',
      'license: CC-BY-4.0',
      'preferred-citation:',
    ]) {
      expect(cff).toContain(key);
    }
  });

  it('names the version of package.json and the date of its recorded release, in both places', () => {
    const versions = [...cff.matchAll(/^\s*version: (.+)$/gm)].map((m) => m[1]);
    const dates = [...cff.matchAll(/^\s*date-released: (.+)$/gm)].map((m) => m[1]);
    expect(versions).toEqual([pkg.version, pkg.version]);
    expect(record.version).toBe(pkg.version);
    expect(dates).toEqual([record.date, record.date]);
  });
});
