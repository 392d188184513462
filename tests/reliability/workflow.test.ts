import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fromRoot } from '../../tools/paths.ts';

// The coder's path of docs/contributing.md, run as npm runs it: each script a process, from the repository.
const script = (name: string, args: string[]) => {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', fromRoot(`scripts/${name}.ts`), ...args],
    {
      cwd: fromRoot(),
      encoding: 'utf8',
    },
  );
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};
const dir = mkdtempSync(join(tmpdir(), 'ccp-coding-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = join(dir, 'irn-2025-hanoi.coder-z.json');

// Three claims as a new coder might write them: one with offsets, two without (found by the check).
const b = JSON.parse(
  readFileSync(fromRoot('data/reliability/irn-2025-hanoi.coder-b.json'), 'utf8'),
);
const claims = [0, 12, 13].map((i, k) => {
  const p = structuredClone(b.positions[i]);
  p.id = `irn-2025-hanoi.z0${k + 1}`;
  if (k > 0) p.quote = { text: p.quote.text };
  // A coding made from codebook 2.0 gives each target's kind (§5.2).
  p.stance.target.kind = ['actor', 'phenomenon', 'instrument'][k];
  // And, from codebook 3.0, whether each stance is explicit or implied (§5.9).
  p.stance.basis = 'explicit';
  return p;
});

describe('coding a statement blind, end to end', () => {
  it('prepares a file with the paragraphs and nothing of the existing coding', () => {
    const r = script('coding-prepare', [
      '--document',
      'irn-2025-hanoi',
      '--coder',
      'Z',
      '--out',
      file,
    ]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const prepared = JSON.parse(readFileSync(file, 'utf8'));
    expect(Object.keys(prepared)).toEqual([
      'coder',
      'codebookVersion',
      'document',
      'codedAt',
      'blind',
      'paragraphs',
      'positions',
    ]);
    expect(prepared.positions).toEqual([]);
    expect(prepared.blind).toBe(true);
    expect(prepared.paragraphs).toHaveLength(17);
    expect(Object.keys(prepared.paragraphs[0])).toEqual(['n', 'role', 'text']);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(/irn-2025-hanoi\.c\d\d|translation|stance/);
  });

  it('refuses to overwrite a coding', () => {
    const r = script('coding-prepare', [
      '--document',
      'irn-2025-hanoi',
      '--coder',
      'Z',
      '--out',
      file,
    ]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/exists, and a file is never overwritten by accident/);
  });

  it('passes the check once the coder has written valid claims', () => {
    const prepared = JSON.parse(readFileSync(file, 'utf8'));
    prepared.positions = claims;
    writeFileSync(file, JSON.stringify(prepared, null, 2));
    const r = script('coding-check', [file]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`valid: ${file}\n`);
    expect(r.status).toBe(0);
  });

  it('fails the check with file:pointer: message when a quote is off by one character', () => {
    const broken = JSON.parse(readFileSync(file, 'utf8'));
    broken.positions[1].quote.text = broken.positions[1].quote.text.replace('اجرای', 'اجرایی');
    const bad = join(dir, 'broken.json');
    writeFileSync(bad, JSON.stringify(broken, null, 2));
    const r = script('coding-check', [bad]);
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(
      `${bad}:/positions/1/quote/text: quote is not in paragraph 8 verbatim (it differs at character 6 of the quote, which has U+06CC (ARABIC LETTER FARSI YEH) where the source has U+0020 (SPACE)): copy it from the source byte for byte (typos and missing zero-width non-joiners included)`,
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('fails the check on a schema error too, at its pointer', () => {
    const broken = JSON.parse(readFileSync(file, 'utf8'));
    broken.positions[0].stance.value = 'favour';
    const bad = join(dir, 'schema.json');
    writeFileSync(bad, JSON.stringify(broken));
    const r = script('coding-check', [bad]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(`^${bad}:/positions/0/stance/value: "favour" is not allowed`),
    );
  });

  it('compares the coding with the dataset and lists the disagreements', () => {
    const r = script('coding-compare', [
      'data/documents/irn-2025-hanoi.json',
      file,
      '--samples',
      '50',
    ]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Agreement on irn-2025-hanoi/);
    // 3 claims against 28: 2 matched (z01-c01, z02-c29), z03 is coder B's ¶8 split.
    expect(r.stdout).toMatch(/matched claims \(F1\)\s+0\.129 \[[^\]]+\] 2\/28\+3/);
    expect(r.stdout).toMatch(/^ {2}cut {4}¶8 {2}z03 only in B \(overlaps c29\)/m);
    // Under codebook 2.0 the dataset codes ¶8 as coder B did: no stance disagreement there.
    expect(r.stdout).not.toMatch(/^ {2}stance +¶8 /m);
  });
});
