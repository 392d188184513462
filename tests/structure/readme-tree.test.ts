import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../tools/paths.ts';

/** The text of the README section under `heading`, up to the next section. */
function section(readme: string, heading: string): string {
  const start = readme.indexOf(`\n## ${heading}\n`);
  if (start < 0) return '';
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

/** What the "Where things live" text gets wrong about the tree at `root`. */
function treeProblems(text: string, root: string): string[] {
  const named = new Set([...text.matchAll(/`([\w./-]+\/)`/g)].map((m) => m[1] as string));
  const problems = [...named]
    .filter((folder) => !existsSync(join(root, folder)))
    .map((folder) => `names ${folder}, which does not exist`);
  const src = join(root, 'src');
  for (const name of readdirSync(src)) {
    if (statSync(join(src, name)).isDirectory() && !named.has(`src/${name}/`)) {
      problems.push(`does not name src/${name}/`);
    }
  }
  return problems;
}

describe('the README\'s "Where things live"', () => {
  const text = section(readFileSync(fromRoot('README.md'), 'utf8'), 'Where things live');

  it('exists, with the flow and where each kind of change belongs', () => {
    expect(text).toContain('src/schema → src/validate → tools/publish');
    for (const change of ['a new field', 'a new check', 'a new output format', 'a new document']) {
      expect(text).toContain(`**${change}`);
    }
  });

  it('names only folders that exist, and every folder of src/', () => {
    expect(treeProblems(text, fromRoot())).toEqual([]);
  });

  it('would catch a folder gone and a folder of src/ left out (fixture)', () => {
    const stale = `${text.replace('- `src/text/`', '- `src/texts/`')}`;
    expect(treeProblems(stale, fromRoot())).toEqual([
      'names src/texts/, which does not exist',
      'does not name src/text/',
    ]);
  });
});
