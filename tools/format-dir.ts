import {
  type Dirent,
  lstatSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { scanJson } from '../src/validate/json-scan.ts';
import { canonicalJson } from '../src/validate/json-text.ts';
import { AGREEMENT_SUFFIX, RELIABILITY_DIR } from '../src/validate/load.ts';
import { fileKind, isInside, ReadFailure, readDataFile } from '../src/validate/read-file.ts';
import { decodeUtf8 } from '../src/validate/utf8.ts';

function jsonFiles(dir: string, sub: string, refused: string[]): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(sub ? join(dir, sub) : dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (sub && code === 'ENOENT') return [];
    refused.push(`${join(dir, sub)}: cannot be listed (${code ?? String(error)})`);
    return [];
  }
  return entries
    .filter((e) => e.name.endsWith('.json'))
    .map((e) => (sub ? `${sub}/${e.name}` : e.name))
    .sort();
}

/** Why `file` cannot be rewritten without loss, or its canonical text (undefined if unchanged). */
function canonicalOf(dir: string, file: string): { refuse: string } | { text?: string } {
  const path = join(dir, file);
  try {
    const stats = lstatSync(path);
    if (stats.isSymbolicLink())
      return {
        refuse:
          'is a symbolic link, which format:data does not write through: replace it with the file itself',
      };
    if (!stats.isFile()) return { refuse: `is ${fileKind(stats)}, not a data file: move it away` };
  } catch (error) {
    return { refuse: `cannot be read (${(error as NodeJS.ErrnoException).code})` };
  }
  const bytes = readDataFile(dir, file);
  if (bytes instanceof ReadFailure) return { refuse: bytes.message };
  const decoded = decodeUtf8(bytes);
  if ('error' in decoded) return { refuse: decoded.error };
  const raw = decoded.text;
  const scan = scanJson(raw);
  if (scan.error)
    return {
      refuse: `not valid JSON at line ${scan.error.line}, column ${scan.error.column}: ${scan.error.message}`,
    };
  const dup = scan.duplicates[0];
  if (dup) return { refuse: `key "${dup.path.at(-1)}" twice at line ${dup.line}` };
  const num = scan.numbers[0];
  if (num) return { refuse: `the number ${num.text} at line ${num.line} ${num.reason}` };
  const canonical = canonicalJson(JSON.parse(raw));
  return canonical === raw ? {} : { text: canonical };
}

/** Replaces `file` by a rename from a new file beside it, after checking where it really is. */
function writeInside(dir: string, file: string, text: string): void {
  const path = join(dir, file);
  if (!isInside(realpathSync(dir), realpathSync(dirname(path))))
    throw new Error(`${path} is outside the data folder`);
  const temp = `${path}.${process.pid}.tmp`;
  const { mode } = lstatSync(path);
  try {
    writeFileSync(temp, text, { flag: 'wx', mode });
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Rewrites every data file of `dir` in its canonical form. A file that cannot be rewritten without
 * loss is left untouched and reported: text that is not UTF-8 or not JSON, a key given twice, a
 * number JavaScript cannot hold. Only regular files inside the data folder are written, never
 * through a symbolic link, and each by a rename, so an interrupted run leaves every file whole.
 */
export function formatDataDir(dir: string): { changed: string[]; refused: string[] } {
  const changed: string[] = [];
  const refused: string[] = [];
  const files = [
    ...jsonFiles(dir, '', refused),
    ...jsonFiles(dir, 'documents', refused),
    ...jsonFiles(dir, 'folding', refused),
    // The codings are data too; their agreement summaries are generated, and checked for drift.
    ...jsonFiles(dir, RELIABILITY_DIR, refused).filter((f) => !f.endsWith(AGREEMENT_SUFFIX)),
  ];
  for (const file of files) {
    const path = join(dir, file);
    const result = canonicalOf(dir, file);
    if ('refuse' in result) {
      refused.push(`${path}: ${result.refuse}; fix it by hand first`);
      continue;
    }
    if (result.text === undefined) continue;
    try {
      writeInside(dir, file, result.text);
      changed.push(path);
    } catch (error) {
      refused.push(
        `${path}: cannot be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      );
    }
  }
  return { changed, refused };
}
