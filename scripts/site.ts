// `npm run site`: writes the static reader to dist/site/ from dist/data.json (so run the build
// first), with the release archive of the build under download/.
import { readFileSync } from 'node:fs';
import type { Dataset } from '../src/generated/types.ts';
import { fromRoot } from '../tools/paths.ts';
import { writeSite } from '../tools/site/write.ts';

const data = JSON.parse(readFileSync(fromRoot('dist/data.json'), 'utf8')) as Dataset;
const out = fromRoot('dist/site');
const files = await writeSite(data, out, fromRoot('dist'));
console.log(`wrote dist/site/: ${files.length} files; open it with \`npm run site:serve\``);
