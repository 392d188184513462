// `npm run release [-- --date YYYY-MM-DD]`: makes a release in one step; see
// tools/publish/release.ts for what it writes. `npm run release -- --restore` puts back the files
// of a release that was killed half-way (they are kept in .release-in-progress.json).
import { parseArgs } from 'node:util';
import { release, restoreInterrupted } from '../tools/publish/release.ts';

const { values } = parseArgs({
  options: { date: { type: 'string' }, restore: { type: 'boolean' } },
});
if (values.restore) restoreInterrupted();
else await release(values.date ?? new Date().toISOString().slice(0, 10));
