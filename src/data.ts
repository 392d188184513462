// The bundler inlines dist/data.json (written by scripts/build.ts) into the package's entry, so
// consumers need no import attributes, no fs and no JSON loader.
import raw from '../dist/data.json';
import { deepFreeze } from './freeze.ts';
import type { Dataset } from './generated/types.ts';

/** The whole dataset, frozen: no consumer can change what another sees. */
export const data: Readonly<Dataset> = deepFreeze(raw as unknown as Dataset);
