// `npm run site:serve [-- --port N]`: serves dist/site/ on localhost only (default
// http://127.0.0.1:4173/); the server is tools/site/serve.ts.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fromRoot } from '../tools/paths.ts';
import { serveSite } from '../tools/site/serve.ts';

async function main(): Promise<void> {
  let port: number;
  try {
    const { values } = parseArgs({
      options: { port: { type: 'string', default: '4173' } },
      strict: true,
    });
    port = /^[0-9]{1,5}$/.test(values.port) ? Number(values.port) : Number.NaN;
    if (!(port <= 65535))
      throw new Error(`--port must be a number from 0 to 65535 (got "${values.port}")`);
  } catch (error) {
    console.error(`error: ${(error as Error).message}; usage: npm run site:serve [-- --port 4173]`);
    process.exitCode = 2;
    return;
  }
  const dir = fromRoot('dist/site');
  if (!existsSync(join(dir, 'index.html'))) {
    console.error('error: dist/site/ has no site yet: run `npm run site` first');
    process.exitCode = 1;
    return;
  }
  try {
    const { url } = await serveSite(dir, port);
    console.log(`serving dist/site/ at ${url} (Ctrl-C to stop)`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(
      code === 'EADDRINUSE'
        ? `error: port ${port} is in use: stop what uses it, or pass another (npm run site:serve -- --port 4174)`
        : `error: cannot serve on port ${port} (${code ?? (error as Error).message})`,
    );
    process.exitCode = 1;
  }
}

await main();
