import { type Dirent, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { ActorsFile } from '../schema/actor.ts';
import { DocumentFile } from '../schema/document.ts';
import { EventsFile } from '../schema/event.ts';
import { FoldingTable } from '../schema/folding.ts';
import { InstrumentsFile } from '../schema/instrument.ts';
import { ReleasedIdsFile } from '../schema/released.ts';
import { CodingFile } from '../schema/reliability.ts';
import { SurveysFile } from '../schema/survey.ts';
import { TopicsFile } from '../schema/topic.ts';
import { VocabulariesFile } from '../schema/vocabularies.ts';
import { type JsonScan, scanJson } from './json-scan.ts';
import { canonicalJson } from './json-text.ts';
import { LIMITS } from './limits.ts';
import { type Problem, problem } from './problem.ts';
import { ReadFailure, readDataFile } from './read-file.ts';
import { schemaProblems } from './schema-issues.ts';
import { decodeUtf8 } from './utf8.ts';

/** The fixed files of a data directory, with the schema each must satisfy. */
export const FILE_SCHEMAS = {
  'actors.json': ActorsFile,
  'topics.json': TopicsFile,
  'instruments.json': InstrumentsFile,
  'events.json': EventsFile,
  'surveys.json': SurveysFile,
  'vocabularies.json': VocabulariesFile,
  'released-ids.json': ReleasedIdsFile,
  'folding/fa-fold-v1.json': FoldingTable,
} as const;

export const DOCUMENTS_DIR = 'documents';

/** A line of canonical JSON indented this deep sits at the nesting limit: the scanner checks it. */
const DEEP = new RegExp(`\\n {${2 * LIMITS.depth},}`);
/** Independent codings (`<document>.coder-<name>.json`), kept apart from the positions. */
export const RELIABILITY_DIR = 'reliability';
/** The generated agreement summaries beside them; not data, checked by their own drift test. */
export const AGREEMENT_SUFFIX = '.agreement.json';

/** One JSON file as read: its raw text, and its value once it is JSON and passes its schema. */
export interface LoadedFile<T> {
  file: string;
  raw: string;
  /** The parsed JSON, whatever its shape (undefined when the text is not JSON). */
  json?: unknown;
  /** The value, only when it passes its schema. */
  value?: T;
  /** True when the text has a key twice or a number JavaScript cannot hold (reported already). */
  lossy?: boolean;
  /** True when the text is exactly the canonical serialisation of its JSON. */
  canonical?: boolean;
}

export interface LoadedData {
  dir: string;
  actors?: LoadedFile<z.infer<typeof ActorsFile>>;
  topics?: LoadedFile<z.infer<typeof TopicsFile>>;
  instruments?: LoadedFile<z.infer<typeof InstrumentsFile>>;
  events?: LoadedFile<z.infer<typeof EventsFile>>;
  surveys?: LoadedFile<z.infer<typeof SurveysFile>>;
  vocabularies?: LoadedFile<z.infer<typeof VocabulariesFile>>;
  released?: LoadedFile<z.infer<typeof ReleasedIdsFile>>;
  folding?: LoadedFile<z.infer<typeof FoldingTable>>;
  documents: LoadedFile<z.infer<typeof DocumentFile>>[];
  /** True when documents/ or one of its files could not be read (reported already). */
  incomplete?: boolean;
  reliability: LoadedFile<z.infer<typeof CodingFile>>[];
}

function readJson<T>(
  dir: string,
  file: string,
  schema: z.ZodType<T>,
  problems: Problem[],
): LoadedFile<T> | undefined {
  const bytes = readDataFile(dir, file);
  if (bytes instanceof ReadFailure) {
    problems.push(
      problem(
        file,
        '',
        bytes.code === 'ENOENT'
          ? 'file is missing: create it (see the matching file in schema/)'
          : `file ${bytes.message}`,
      ),
    );
    return undefined;
  }
  return parseJsonBytes(file, bytes, schema, problems);
}

/**
 * One JSON file's bytes read as the validator reads every data file: strict UTF-8, exact JSON
 * error locations, duplicate keys and numbers JavaScript cannot hold reported, then the schema.
 * Undefined when the bytes are not UTF-8 (reported).
 */
export function parseJsonBytes<T>(
  file: string,
  bytes: Uint8Array,
  schema: z.ZodType<T>,
  problems: Problem[],
): LoadedFile<T> | undefined {
  const decoded = decodeUtf8(bytes);
  if ('error' in decoded) {
    problems.push(problem(file, '', `file ${decoded.error}`));
    return undefined;
  }
  const raw = decoded.text;
  const loaded: LoadedFile<T> = { file, raw };
  // Parsed once. A text that is exactly what JSON.stringify writes for its value has no key twice
  // (the value keeps one of each) and no number JavaScript changes (JavaScript wrote them), so the
  // scanner, a walk over every character, reads only the other files and any indented as deep as
  // the nesting limit (where it may find nesting too deep); the format check reads the same flag.
  let json: unknown;
  let parsed = false;
  try {
    json = JSON.parse(raw);
    parsed = true;
  } catch {}
  let canonical = false;
  try {
    canonical = parsed && !DEEP.test(raw) && canonicalJson(json) === raw;
  } catch {
    // JSON.stringify recurses: nesting past the stack is for the scanner to report.
  }
  const scan: JsonScan = canonical ? { duplicates: [], numbers: [] } : scanJson(raw);
  if (scan.error) {
    const { line, column, message, tooDeep, path } = scan.error;
    problems.push(
      tooDeep
        ? problem(file, path, `${message} (line ${line}, column ${column})`)
        : problem(
            file,
            '',
            `not valid JSON at line ${line}, column ${column}: ${message}; fix the syntax there`,
          ),
    );
    return loaded;
  }
  for (const dup of scan.duplicates) {
    const key = dup.path.at(-1);
    problems.push(
      problem(
        file,
        dup.path,
        `key "${key}" appears twice in one object (line ${dup.line}); JSON keeps only the last: delete one of them`,
      ),
    );
  }
  loaded.lossy = scan.duplicates.length > 0 || scan.numbers.length > 0;
  for (const n of scan.numbers)
    problems.push(problem(file, n.path, `the number ${n.text} (line ${n.line}) ${n.reason}`));
  loaded.canonical = canonical;
  // The text of a canonical file is its JSON written again: give it back on demand rather than
  // hold a second copy of the data in memory through every check.
  if (canonical)
    Object.defineProperty(loaded, 'raw', { get: () => canonicalJson(json), enumerable: true });
  loaded.json = parsed ? json : JSON.parse(raw);
  const result = schema.safeParse(loaded.json);
  // The schemas are strict and transform nothing, so what passes is the parsed JSON itself: keep
  // that, not Zod's deep copy of it (a second tree as large as the data; tests/validate holds
  // the schemas to this).
  if (result.success) loaded.value = loaded.json as T;
  else problems.push(...schemaProblems(file, loaded.json, result.error));
  return loaded;
}

/** The files in documents/, or undefined (and a problem) when the folder cannot be listed. */
export function listDocuments(dir: string, problems: Problem[]): string[] | undefined {
  let entries: Dirent[];
  try {
    entries = readdirSync(join(dir, DOCUMENTS_DIR), { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    problems.push(
      problem(
        DOCUMENTS_DIR,
        '',
        code === 'ENOENT'
          ? 'folder is missing: create documents/ with one <document-id>.json per document'
          : code === 'ENOTDIR'
            ? 'is a file, not a folder: documents/ holds one <document-id>.json per document'
            : `folder cannot be read (${code ?? String(error)}): check its permissions`,
      ),
    );
    return undefined;
  }
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const file = `${DOCUMENTS_DIR}/${entry.name}`;
    // Dot-files are the system's (.DS_Store, .gitkeep); a hidden .json would be silently skipped.
    if (entry.name.startsWith('.')) {
      if (entry.name.endsWith('.json'))
        problems.push(
          problem(
            file,
            '',
            'a hidden file is not read as a document: name it <document-id>.json, or delete it',
          ),
        );
      continue;
    }
    files.push(file);
  }
  return files;
}

/** The coding files under reliability/ (the folder is optional); a stray file is a problem. */
function listReliability(dir: string, problems: Problem[]): string[] {
  let names: string[];
  try {
    names = readdirSync(join(dir, RELIABILITY_DIR));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT')
      problems.push(
        problem(
          RELIABILITY_DIR,
          '',
          code === 'ENOTDIR'
            ? `is a file, not a folder: ${RELIABILITY_DIR}/ holds <document>.coder-<name>.json codings`
            : `folder cannot be read (${code ?? String(error)}): check its permissions`,
        ),
      );
    return [];
  }
  const files: string[] = [];
  for (const name of names.filter((n) => !n.startsWith('.')).sort()) {
    const file = `${RELIABILITY_DIR}/${name}`;
    // Beside the codings: their summaries, the coders' notes, and the codebook versions they
    // were made from (the study reads which passages a codebook used as examples).
    if (
      name.endsWith(AGREEMENT_SUFFIX) ||
      name.endsWith('.NOTES.md') ||
      name.endsWith('.adjudication.md') ||
      /^codebook-\d+\.\d+\.md$/.test(name)
    )
      continue;
    if (/^[a-z][a-z0-9-]*\.coder-[a-z0-9-]+\.json$/.test(name)) files.push(file);
    else
      problems.push(
        problem(
          file,
          '',
          `only <document>.coder-<name>.json codings (with their ${AGREEMENT_SUFFIX} summaries, .NOTES.md notes, .adjudication.md records and codebook-<version>.md codebooks) belong in ${RELIABILITY_DIR}/: move or rename it`,
        ),
      );
  }
  return files;
}

/** Reads every file of a data directory. Never throws: whatever is wrong becomes a problem. */
export function loadDataDir(dir: string): { data: LoadedData; problems: Problem[] } {
  const problems: Problem[] = [];
  const data: LoadedData = { dir, documents: [], reliability: [] };
  data.actors = readJson(dir, 'actors.json', FILE_SCHEMAS['actors.json'], problems);
  data.topics = readJson(dir, 'topics.json', FILE_SCHEMAS['topics.json'], problems);
  data.instruments = readJson(dir, 'instruments.json', FILE_SCHEMAS['instruments.json'], problems);
  data.events = readJson(dir, 'events.json', FILE_SCHEMAS['events.json'], problems);
  data.surveys = readJson(dir, 'surveys.json', FILE_SCHEMAS['surveys.json'], problems);
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
  const listed = listDocuments(dir, problems);
  if (!listed) data.incomplete = true;
  for (const file of listed ?? []) {
    if (!file.endsWith('.json')) {
      problems.push(problem(file, '', 'only .json files belong in documents/: move or rename it'));
      continue;
    }
    const doc = readJson(dir, file, DocumentFile, problems);
    if (doc) data.documents.push(doc);
    else data.incomplete = true;
  }
  for (const file of listReliability(dir, problems)) {
    const coding = readJson(dir, file, CodingFile, problems);
    if (coding) data.reliability.push(coding);
  }
  return { data, problems };
}
