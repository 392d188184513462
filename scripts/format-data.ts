// Rewrites every data file in its canonical form: `npm run format:data [-- <dir>]`. A file that is
// not JSON, or has a key twice, is left untouched and reported, since rewriting it would lose data.
import { parseArgs } from 'node:util';
import { formatDataDir } from '../src/validate/format-dir.ts';

function main(): void {
  const { positionals } = parseArgs({ allowPositionals: true });
  const { changed, refused } = formatDataDir(positionals[0] ?? 'data');
  for (const path of changed) console.log(`formatted ${path}`);
  for (const line of refused) console.error(line);
  if (refused.length > 0) process.exitCode = 1;
  else if (changed.length === 0) console.log('all data files already canonical');
}

main();
