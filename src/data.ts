// The bundler inlines dist/data.json (written by scripts/build.ts) into the package's entry, so
// consumers need no import attributes, no fs and no JSON loader. It is imported as "#data.json"
// (package.json "imports" maps it to ./dist/data.json for Node, esbuild and Vite alike) so that
// src/data-json.d.ts can declare its type: the sources then type-check before any build.
import raw from '#data.json';
import { deepFreeze } from './freeze.ts';
import type { Dataset } from './generated/types.ts';

/** The whole dataset, frozen: no consumer can change what another sees. */
export const data: Readonly<Dataset> = deepFreeze(raw as unknown as Dataset);
