// In Node, the package reads dist/data.json beside it instead of carrying the data inline: for
// large data, JSON.parse of a file is several times faster than V8 parsing the same data as a
// string literal in source (see docs/performance.md). Bundlers and browsers get
// src/data.ts, the inlined copy. Either way the consumer needs no fs, JSON loader or attribute.
import { readFileSync } from 'node:fs';
import { deepFreeze } from './freeze.ts';
import type { Dataset } from './generated/types.ts';

/** The whole dataset, frozen: no consumer can change what another sees. */
export const data: Readonly<Dataset> = deepFreeze(
  JSON.parse(readFileSync(new URL('./data.json', import.meta.url), 'utf8')) as Dataset,
);
