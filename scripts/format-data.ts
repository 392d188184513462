// Rewrites every data file in its canonical form: `npm run format:data [-- <dir>]`. A file that
// cannot be rewritten without loss is left untouched and reported (see tools/format-dir.ts).
import { parseArgs } from 'node:util';
import { formatDataDir } from '../tools/format-dir.ts';

function main(): void {
  let dir: string;
  try {
    dir = parseArgs({ allowPositionals: true }).positionals[0] ?? 'data';
  } catch (error) {
    console.error(`error: ${(error as Error).message}; usage: npm run format:data [-- <data-dir>]`);
    process.exitCode = 2;
    return;
  }
  const { changed, refused } = formatDataDir(dir);
  for (const path of changed) console.log(`formatted ${path}`);
  for (const line of refused) console.error(line);
  if (refused.length > 0) process.exitCode = 1;
  else if (changed.length === 0) console.log('all data files already canonical');
}

main();
