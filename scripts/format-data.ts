// Rewrites every data file in its canonical form: `npm run format:data [-- <dir>]`. A file that is
// not JSON, or has a key twice, is left untouched and reported, since rewriting it would lose data.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { canonicalJson, duplicateKeys, syntaxError } from '../src/validate/json-text.ts';
import { isMain } from './lib/main.ts';

export function formatDataDir(dir: string): { changed: string[]; refused: string[] } {
  const files = [
    ...readdirSync(dir).filter((f) => f.endsWith('.json')),
    ...['documents', 'folding'].flatMap((sub) =>
      readdirSync(join(dir, sub))
        .filter((f) => f.endsWith('.json'))
        .map((f) => `${sub}/${f}`),
    ),
  ];
  const changed: string[] = [];
  const refused: string[] = [];
  for (const file of files) {
    const path = join(dir, file);
    const raw = readFileSync(path, 'utf8');
    const syntax = syntaxError(raw);
    const dups = syntax ? [] : duplicateKeys(raw);
    if (syntax || dups.length > 0) {
      refused.push(
        `${path}: ${syntax ? `not valid JSON at line ${syntax.line}` : `key "${dups[0]?.path.at(-1)}" twice at line ${dups[0]?.line}`}; fix it by hand first`,
      );
      continue;
    }
    const canonical = canonicalJson(JSON.parse(raw));
    if (canonical !== raw) {
      writeFileSync(path, canonical);
      changed.push(path);
    }
  }
  return { changed, refused };
}

function main(): void {
  const { positionals } = parseArgs({ allowPositionals: true });
  const { changed, refused } = formatDataDir(positionals[0] ?? 'data');
  for (const path of changed) console.log(`formatted ${path}`);
  for (const line of refused) console.error(line);
  if (refused.length > 0) process.exitCode = 1;
  else if (changed.length === 0) console.log('all data files already canonical');
}

if (isMain(import.meta.url)) main();
