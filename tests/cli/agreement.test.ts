import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fromRoot } from '../../tools/paths.ts';
import { cli } from '../helpers/run-cli.ts';

// In this process from the repository (which has data/); the built bin from an empty folder, where
// the working directory is what is tested.
const BIN = fromRoot('dist/cli.js');
const spawned = (args: string[], cwd = fromRoot()) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
// Every committed study: one file a document, in document order, and the pooled ones after them.
const files = readdirSync(fromRoot('data/reliability'))
  .filter((f) => f.endsWith('.agreement.json'))
  .sort(
    (x, y) => Number(x.startsWith('pooled-')) - Number(y.startsWith('pooled-')) || (x < y ? -1 : 1),
  );
const studies = files.flatMap(
  (f) =>
    (JSON.parse(readFileSync(fromRoot('data/reliability', f), 'utf8')) as { studies: unknown[] })
      .studies,
);

describe('cybercrime-positions agreement', () => {
  it('has help with examples, and exits 0', async () => {
    const r = await cli(['agreement', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: cybercrime-positions agreement/);
    expect(r.stdout).toMatch(/Examples:/);
  });

  it('prints the published pair by default: unitizing, alpha per variable, three subsets', async () => {
    const r = await cli(['agreement']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Agreement on irn-2025-hanoi/);
    expect(r.stdout).toMatch(/matched claims \(F1\)\s+0\.964/);
    expect(r.stdout).toMatch(/Stance value \(nominal\)\s+0\.864 \[/);
    expect(r.stdout).toMatch(/all\s+exemplified\s+unexemplified/);
    expect(r.stdout).not.toMatch(/^Disagreements/m);
  });

  it('gives in JSON exactly the committed study', async () => {
    const r = await cli(['agreement', '--format', 'json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(studies);
  });

  it('gives the studies of one document, or the pools', async () => {
    const pooled = await cli(['agreement', '--document', 'pooled', '--format', 'json']);
    expect((JSON.parse(pooled.stdout) as { document: string }).document).toMatch(
      /^pooled: jam-2024-ga79, /,
    );
    const one = await cli(['agreement', '--document', 'kor-2024-ga79', '--format', 'json']);
    expect((JSON.parse(one.stdout) as { document: string }).document).toBe('kor-2024-ga79');
    expect(await cli(['agreement', '--document', 'xyz'])).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(
        /--document "xyz" has no published study: give one of irn-2025-hanoi, /,
      ),
    });
  });

  it('lists the disagreements when asked', async () => {
    const r = await cli(['agreement', '--disagreements']);
    expect(r.stdout).toMatch(/^ {2}cut {4}¶8 {2}b14 only in B \(overlaps a13\)/m);
    expect(r.stdout).toMatch(/^ {2}stance +¶16 {2}a26 support \| b28 oppose$/m);
  });

  it('gives CSV with one row per variable and subset', async () => {
    const r = await cli(['agreement', '--format', 'csv']);
    const lines = r.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'document,coding_a,coding_b,variable,label,subset,metric,units,agreement,alpha,ci_low,ci_high,ci_level,note',
    );
    expect(lines.length).toBe(1 + studies.length * 11 * 3);
  });

  it('compares any two codings named with --a and --b', async () => {
    const r = await cli([
      'agreement',
      '--a',
      'data/reliability/irn-2025-hanoi.coder-b.json',
      '--b',
      'data/reliability/irn-2025-hanoi.coder-b.json',
      '--samples',
      '50',
    ]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/matched claims \(F1\)\s+1\.000/);
    expect(r.stdout).toMatch(/Stance value \(nominal\)\s+1\.000/);
  });

  it('falls back to the figures the package ships where there is no data directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ccp-agreement-'));
    made.push(dir);
    const r = spawned(['agreement', '--format', 'json'], dir);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(studies);
  });

  it('exits 2 on a usage error, naming the fix', async () => {
    expect(await cli(['agreement', '--a', 'x.json'])).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/give both --a and --b/),
    });
    expect(await cli(['agreement', '--samples', '99999999'])).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/--samples must be at most 20000 \(got 99999999\)/),
    });
    expect(await cli(['agreement', '--format', 'xml'])).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/--format must be one of text, json, csv/),
    });
  });

  it('exits 1 on a coding file that is missing or not JSON, naming it', async () => {
    const missing = await cli([
      'agreement',
      '--a',
      'data/documents/irn-2025-hanoi.json',
      '--b',
      'nowhere.json',
    ]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^nowhere\.json:: file not found: check the path$/m);
    const dir = mkdtempSync(join(tmpdir(), 'ccp-agreement-'));
    made.push(dir);
    writeFileSync(join(dir, 'x.json'), '{"coder": ');
    const broken = await cli([
      'agreement',
      '--a',
      'data/documents/irn-2025-hanoi.json',
      '--b',
      join(dir, 'x.json'),
    ]);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain(`${join(dir, 'x.json')}:: not valid JSON`);
  });

  it('exits 1 on a bad coding file, with file:pointer: message and no stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ccp-agreement-'));
    made.push(dir);
    const coding = JSON.parse(
      readFileSync(fromRoot('data/reliability/irn-2025-hanoi.coder-b.json'), 'utf8'),
    );
    coding.positions[3].quote.text = coding.positions[3].quote.text.slice(1);
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(coding));
    const r = await cli(['agreement', '--a', 'data/documents/irn-2025-hanoi.json', '--b', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      `${file}:/positions/3/quote/text: quote is in paragraph 3, but not at code points`,
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
