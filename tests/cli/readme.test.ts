import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fromRoot } from '../../tools/paths.ts';

// Each ```console block of docs/command-line.md's "Command line" section: a `$ cybercrime-positions …` line
// and the output it prints. What changes with each release (versions, fingerprints, the year) is
// masked on both sides; everything else must be exactly what the page shows.
const readme = readFileSync(fromRoot('docs/command-line.md'), 'utf8');
const section = readme.split(/^## Command line$/m)[1]?.split(/^## /m)[0] ?? '';
const blocks = [
  ...section.matchAll(/```console\n\$ cybercrime-positions (.*)\n([\s\S]*?)```/g),
].map((m) => ({ line: m[1] ?? '', output: m[2] ?? '' }));

/** Splits a command line the way a POSIX shell would for these examples (single quotes only). */
function words(line: string): string[] {
  return [...line.matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');
}

const mask = (text: string) =>
  text
    .replaceAll('\r\n', '\n')
    // What tells a release from a build between releases is masked too: the page shows a
    // release, and the examples must hold for a build between releases as well.
    .replace(/\((?:Version|Unreleased build) ([^)\s]+)\)/g, '(<which> $1)')
    .replace(
      /Released \d{4}-\d{2}-\d{2}\.|Unreleased build: this data is not a released version\./g,
      '<release-note>',
    )
    .replace(/\((?:released \d{4}-\d{2}-\d{2}|unreleased build); /g, '(<release>; ')
    .replace(
      /https:\/\/www\.npmjs\.com\/package\/cybercrime-positions(\/v\/\d+\.\d+\.\d+)?/g,
      '<url>',
    )
    .replace(/^ {2}(?:year|date) = \{[^}]*\},\n/gm, '')
    .replace(/\b[0-9a-f]{64}\b/g, '<sha256>')
    .replace(/\b[0-9a-f]{12}\b/g, '<sha256-12>')
    .replace(/\b\d+\.\d+\.\d+(?:-dev[+-][0-9a-f]{8})?/g, '<version>')
    .replace(/\((\d{4}|n\.d\.)\)/g, '(<year>)')
    .trimEnd();

const cwd = mkdtempSync(join(tmpdir(), 'ccp-readme-cli-'));
cpSync(fromRoot('data'), join(cwd, 'data'), { recursive: true });
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

describe('the command-line examples of docs/command-line.md', () => {
  it('cover every command', () => {
    for (const c of ['list', 'search', 'show', 'cite', 'stats', 'export', 'validate']) {
      expect(
        blocks.some((b) => b.line.startsWith(`${c} `) || b.line === c),
        c,
      ).toBe(true);
    }
  });

  it.each(blocks.map((b) => [b.line, b] as const))('$ cybercrime-positions %s', (_line, block) => {
    const r = spawnSync(process.execPath, [fromRoot('dist/cli.js'), ...words(block.line)], {
      cwd,
      encoding: 'utf8',
    });
    expect(mask(`${r.stdout}${r.stderr}`)).toBe(mask(block.output));
  });
});
