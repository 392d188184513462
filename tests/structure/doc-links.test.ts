import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../tools/paths.ts';

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const anchor = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

const anchorsOf = (markdown: string) =>
  new Set([...markdown.matchAll(/^#{1,6} (.+)$/gm)].map((m) => anchor(m[1] ?? '')));

/** The relative links of the Markdown file at `file` that lead nowhere, with why. */
function brokenLinks(file: string, text = readFileSync(file, 'utf8')): string[] {
  const problems: string[] = [];
  // Code blocks hold examples, not links.
  const prose = text.replace(/```[\s\S]*?```/g, '');
  for (const [, target = ''] of prose.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z]+:/i.test(target)) continue;
    const [path = '', hash] = target.split('#');
    const to = path === '' ? file : join(dirname(file), path);
    if (!existsSync(to)) {
      problems.push(`${target}: no ${relative(fromRoot(), to)}`);
      continue;
    }
    if (hash !== undefined && to.endsWith('.md') && !anchorsOf(readFileSync(to, 'utf8')).has(hash))
      problems.push(`${target}: no heading #${hash} in ${relative(fromRoot(), to)}`);
  }
  return problems;
}

const pages = [
  fromRoot('README.md'),
  ...readdirSync(fromRoot('docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => fromRoot('docs', f)),
];

describe('the links between the README and the pages of docs/', () => {
  it.each(pages.map((p) => [relative(fromRoot(), p), p]))(
    '%s links only to what exists',
    (_, p) => {
      expect(brokenLinks(p)).toEqual([]);
    },
  );

  it('every page of docs/ is linked from the README', () => {
    const readme = readFileSync(fromRoot('README.md'), 'utf8');
    for (const page of pages.slice(1))
      expect(readme, relative(fromRoot(), page)).toContain(`(${relative(fromRoot(), page)})`);
  });

  it('finds a link to a moved page and to a heading that is not there', () => {
    const file = fromRoot('docs/library.md');
    expect(
      brokenLinks(file, 'See [it](../reliability.md) and [that](citing.md#no-such-heading).'),
    ).toEqual([
      '../reliability.md: no reliability.md',
      'citing.md#no-such-heading: no heading #no-such-heading in docs/citing.md',
    ]);
  });
});
