import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canonicalJson } from '../../src/validate/json-text.ts';

export const VALID_FIXTURE = new URL('../fixtures/valid/', import.meta.url).pathname;
export const REAL_DATA = new URL('../../data/', import.meta.url).pathname;

/** One change to a copy of a data directory, as a bad-data fixture describes it. */
export type Edit =
  | { file: string; set: string; value: unknown }
  | { file: string; remove: string }
  | { file: string; text: string }
  | { file: string; replace: [string, string] }
  | { file: string; append: string }
  | { file: string; renameTo: string }
  | { file: string; delete: true };

/** A fresh copy of `from` in a temporary directory; the caller removes it. */
export function copyDataDir(from: string = VALID_FIXTURE): string {
  const dir = mkdtempSync(join(tmpdir(), 'ccp-data-'));
  cpSync(from, dir, { recursive: true });
  return dir;
}

function parent(
  doc: unknown,
  pointer: string,
): { holder: Record<string, unknown> | unknown[]; key: string } {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~'));
  const key = parts.pop();
  if (key === undefined) throw new Error(`pointer "${pointer}" names the whole document`);
  let here = doc as Record<string, unknown>;
  for (const p of parts) here = here[p] as Record<string, unknown>;
  if (here === undefined || here === null) throw new Error(`pointer "${pointer}" does not exist`);
  return { holder: here, key };
}

export function applyEdit(dir: string, edit: Edit): void {
  const path = join(dir, edit.file);
  if ('delete' in edit) rmSync(path);
  else if ('renameTo' in edit) renameSync(path, join(dir, edit.renameTo));
  else if ('text' in edit) writeFileSync(path, edit.text);
  else if ('append' in edit) writeFileSync(path, readFileSync(path, 'utf8') + edit.append);
  else if ('replace' in edit) {
    const raw = readFileSync(path, 'utf8');
    if (!raw.includes(edit.replace[0]))
      throw new Error(`${edit.file} does not contain ${JSON.stringify(edit.replace[0])}`);
    writeFileSync(path, raw.replace(edit.replace[0], edit.replace[1]));
  } else {
    const doc = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    const ptr = 'set' in edit ? edit.set : edit.remove;
    const { holder, key } = parent(doc, ptr);
    if ('set' in edit) (holder as Record<string, unknown>)[key] = edit.value;
    else if (Array.isArray(holder)) holder.splice(Number(key), 1);
    else delete holder[key];
    writeFileSync(path, canonicalJson(doc));
  }
}
