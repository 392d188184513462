import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { ActorsFile } from '../schema/actor.ts';
import { DocumentFile } from '../schema/document.ts';
import { EventsFile } from '../schema/event.ts';
import { FoldingTable } from '../schema/folding.ts';
import { InstrumentsFile } from '../schema/instrument.ts';
import { ReleasedIdsFile } from '../schema/released.ts';
import { TopicsFile } from '../schema/topic.ts';
import { VocabulariesFile } from '../schema/vocabularies.ts';
import { duplicateKeys, syntaxError } from './json-text.ts';
import { type Problem, problem } from './problem.ts';
import { schemaProblems } from './schema-issues.ts';

/** The fixed files of a data directory, with the schema each must satisfy. */
export const FILE_SCHEMAS = {
  'actors.json': ActorsFile,
  'topics.json': TopicsFile,
  'instruments.json': InstrumentsFile,
  'events.json': EventsFile,
  'vocabularies.json': VocabulariesFile,
  'released-ids.json': ReleasedIdsFile,
  'folding/fa-fold-v1.json': FoldingTable,
} as const;

export const DOCUMENTS_DIR = 'documents';

/** One JSON file as read: its raw text, and its value once it is JSON and passes its schema. */
export interface LoadedFile<T> {
  file: string;
  raw: string;
  /** The parsed JSON, whatever its shape (undefined when the text is not JSON). */
  json?: unknown;
  /** The value, only when it passes its schema. */
  value?: T;
}

export interface LoadedData {
  dir: string;
  actors?: LoadedFile<z.infer<typeof ActorsFile>>;
  topics?: LoadedFile<z.infer<typeof TopicsFile>>;
  instruments?: LoadedFile<z.infer<typeof InstrumentsFile>>;
  events?: LoadedFile<z.infer<typeof EventsFile>>;
  vocabularies?: LoadedFile<z.infer<typeof VocabulariesFile>>;
  released?: LoadedFile<z.infer<typeof ReleasedIdsFile>>;
  folding?: LoadedFile<z.infer<typeof FoldingTable>>;
  documents: LoadedFile<z.infer<typeof DocumentFile>>[];
}

function readJson<T>(
  dir: string,
  file: string,
  schema: z.ZodType<T>,
  problems: Problem[],
): LoadedFile<T> | undefined {
  let raw: string;
  try {
    raw = readFileSync(join(dir, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    problems.push(
      problem(
        file,
        '',
        code === 'ENOENT'
          ? 'file is missing: create it (see the matching file in schema/)'
          : `file cannot be read (${code ?? String(error)}): check that it is a readable file`,
      ),
    );
    return undefined;
  }
  const loaded: LoadedFile<T> = { file, raw };
  const syntax = syntaxError(raw);
  if (syntax) {
    problems.push(
      problem(
        file,
        '',
        `not valid JSON at line ${syntax.line}, column ${syntax.column} (${syntax.message}): fix the syntax there`,
      ),
    );
    return loaded;
  }
  for (const dup of duplicateKeys(raw)) {
    const key = dup.path.at(-1);
    problems.push(
      problem(
        file,
        dup.path,
        `key "${key}" appears twice in one object (line ${dup.line}); JSON keeps only the last: delete one of them`,
      ),
    );
  }
  loaded.json = JSON.parse(raw);
  const result = schema.safeParse(loaded.json);
  if (result.success) loaded.value = result.data;
  else problems.push(...schemaProblems(file, loaded.json, result.error));
  return loaded;
}

function listDocuments(dir: string, problems: Problem[]): string[] {
  const path = join(dir, DOCUMENTS_DIR);
  try {
    if (!statSync(path).isDirectory())
      throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
    return readdirSync(path)
      .filter((name) => !name.startsWith('.'))
      .sort()
      .map((name) => `${DOCUMENTS_DIR}/${name}`);
  } catch {
    problems.push(
      problem(
        DOCUMENTS_DIR,
        '',
        'folder is missing: create documents/ with one <document-id>.json per document',
      ),
    );
    return [];
  }
}

/** Reads every file of a data directory. Never throws: whatever is wrong becomes a problem. */
export function loadDataDir(dir: string): { data: LoadedData; problems: Problem[] } {
  const problems: Problem[] = [];
  const data: LoadedData = { dir, documents: [] };
  data.actors = readJson(dir, 'actors.json', FILE_SCHEMAS['actors.json'], problems);
  data.topics = readJson(dir, 'topics.json', FILE_SCHEMAS['topics.json'], problems);
  data.instruments = readJson(dir, 'instruments.json', FILE_SCHEMAS['instruments.json'], problems);
  data.events = readJson(dir, 'events.json', FILE_SCHEMAS['events.json'], problems);
  data.vocabularies = readJson(
    dir,
    'vocabularies.json',
    FILE_SCHEMAS['vocabularies.json'],
    problems,
  );
  data.released = readJson(dir, 'released-ids.json', FILE_SCHEMAS['released-ids.json'], problems);
  data.folding = readJson(
    dir,
    'folding/fa-fold-v1.json',
    FILE_SCHEMAS['folding/fa-fold-v1.json'],
    problems,
  );
  for (const file of listDocuments(dir, problems)) {
    if (!file.endsWith('.json')) {
      problems.push(problem(file, '', 'only .json files belong in documents/: move or rename it'));
      continue;
    }
    const doc = readJson(dir, file, DocumentFile, problems);
    if (doc) data.documents.push(doc);
  }
  return { data, problems };
}
