import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { fromRoot } from '../../tools/paths.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The package as npm packs it, made once for every test that installs or reads the tarball. */
    tarball: string;
  }
}

export default function setup({ provide }: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'ccp-pack-'));
  execFileSync('npm', ['pack', '--pack-destination', dir], { cwd: fromRoot(), stdio: 'pipe' });
  const name = readdirSync(dir).find((f) => f.endsWith('.tgz'));
  if (!name) throw new Error(`npm pack wrote no tarball into ${dir}`);
  provide('tarball', join(dir, name));
  return () => rmSync(dir, { recursive: true, force: true });
}
