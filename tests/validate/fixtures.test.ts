import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem, validateDataDir } from '../../src/validate/index.ts';
import {
  applyEdit,
  copyDataDir,
  type Edit,
  REAL_DATA,
  VALID_FIXTURE,
} from '../helpers/data-dir.ts';

interface BadFixture {
  description: string;
  edits: Edit[];
  problems: string[];
}

const INVALID = new URL('../fixtures/invalid/', import.meta.url).pathname;
const fixtures = readdirSync(INVALID)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map(
    (f) =>
      [
        f.replace(/\.json$/, ''),
        JSON.parse(readFileSync(INVALID + f, 'utf8')) as BadFixture,
      ] as const,
  );

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the validator', () => {
  it('finds nothing wrong with the valid fixture', () => {
    expect(validateDataDir(VALID_FIXTURE).problems).toEqual([]);
  });

  it('finds nothing wrong with the real data', () => {
    expect(validateDataDir(REAL_DATA).problems.map((p) => formatProblem(p))).toEqual([]);
  });

  it('has a bad-data fixture for every check', () => {
    const names = fixtures.map(([name]) => name);
    for (const check of [
      'schema',
      'quote',
      'sic',
      'source',
      'paragraph',
      'ids',
      'references',
      'topic-cycle',
      'released',
      'format',
      'not-json',
      'missing-file',
      'hygiene',
      'vocabularies',
      'records',
      'text',
      'provisions',
      'article-count',
      'targets',
      'links',
      'reliability',
    ]) {
      expect(
        names.some((n) => n.startsWith(check)),
        `a fixture for ${check}`,
      ).toBe(true);
    }
  });

  describe.each(fixtures)('on %s', (_name, fixture) => {
    it(`reports ${fixture.description} as file:pointer: message`, () => {
      const dir = copyDataDir();
      made.push(dir);
      for (const edit of fixture.edits) applyEdit(dir, edit);
      const { problems } = validateDataDir(dir);
      expect(fixture.problems.length).toBeGreaterThan(0);
      expect(problems.map((p) => formatProblem(p))).toEqual(fixture.problems);
    });
  });
});
