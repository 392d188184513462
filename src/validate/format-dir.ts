import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalJson, duplicateKeys, syntaxError } from './json-text.ts';

/**
 * Rewrites every data file of `dir` in its canonical form. A file that is not JSON, or has a key
 * twice, is left untouched and reported, since rewriting it would lose data.
 */
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
