// `npm run release [-- --date YYYY-MM-DD]`: makes a release in one step; see
// src/publish/release.ts for what it writes.
import { parseArgs } from 'node:util';
import { release } from '../src/publish/release.ts';

const { values } = parseArgs({ options: { date: { type: 'string' } } });
await release(values.date ?? new Date().toISOString().slice(0, 10));
