import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { fromRoot } from '../../tools/paths.ts';

// Which files the built bin loads for one command, as Node's module loader sees them: a loader
// hook appends every URL it loads to a log. Zod is bundled into the bin, so it is recognised by
// its code (the name of its error class), not by a path in node_modules.
const work = mkdtempSync(join(tmpdir(), 'cli-load-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const hooks = join(work, 'hooks.mjs');
writeFileSync(
  hooks,
  `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  appendFileSync(process.env.LOAD_LOG, url + '\\n');
  return next(url, context);
}
`,
);
const register = join(work, 'register.mjs');
writeFileSync(
  register,
  `import { register } from 'node:module';
register(${JSON.stringify(pathToFileURL(hooks).href)});
`,
);

function loadedFiles(args: string[]): { status: number | null; files: string[] } {
  const log = join(work, `${args[0]}-${Math.random().toString(36).slice(2)}.log`);
  writeFileSync(log, '');
  const r = spawnSync(process.execPath, ['--import', register, fromRoot('dist/cli.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, LOAD_LOG: log },
  });
  const files = readFileSync(log, 'utf8')
    .split('\n')
    .filter((u) => u.startsWith('file:'))
    .map((u) => fileURLToPath(u));
  return { status: r.status, files };
}

const hasZod = (file: string) => readFileSync(file, 'utf8').includes('ZodError');

describe('the command line loads what the command needs', () => {
  it.each([
    ['show', 'irn-2025-hanoi.c27'],
    ['search', 'فناوری'],
    ['list', '--article', '14'],
    ['cite', 'irn-2025-hanoi.c27'],
    ['stats'],
  ])('%s loads no Zod', (...args) => {
    const { status, files } = loadedFiles(args);
    expect(status).toBe(0);
    expect(files.length).toBeGreaterThan(2); // the bin, its command, the package entry
    expect(files.filter(hasZod)).toEqual([]);
  });

  it('validate does load it (so that the check above can see Zod when it is there)', () => {
    const { status, files } = loadedFiles(['validate', fromRoot('data')]);
    expect(status).toBe(0);
    expect(files.filter(hasZod).length).toBeGreaterThan(0);
  });
});
