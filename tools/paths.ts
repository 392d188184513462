import { fileURLToPath } from 'node:url';

/** The repository root, wherever a script is run from. */
export const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const fromRoot = (...parts: string[]): string =>
  [ROOT.replace(/\/$/, ''), ...parts].join('/');
