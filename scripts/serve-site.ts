// `npm run site:serve`: serves dist/site/ on localhost only (default http://127.0.0.1:4173/).
import { parseArgs } from 'node:util';
import { serveSite } from '../src/site/serve.ts';
import { fromRoot } from '../src/tooling/paths.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4173' } } });
const { url } = await serveSite(fromRoot('dist/site'), Number(values.port));
console.log(`serving dist/site/ at ${url} (Ctrl-C to stop)`);
