/**
 * Reads a coding named on the command line as the validator reads data/reliability/: strict
 * UTF-8 from a regular file under the size limit, exact JSON error locations, duplicate keys,
 * the schema, the text lint, then the data's own checks. `coding:check`, `coding:compare` and
 * `agreement` all read through here, so none of them accepts what another refuses.
 */

import { z } from 'zod';
import { DocumentFile } from '../schema/document.ts';
import { CodingFile } from '../schema/reliability.ts';
import type { LintContext, LoadedDocument } from '../validate/context.ts';
import { checkCoding } from '../validate/lint/reliability.ts';
import { lintFileText } from '../validate/lint/text.ts';
import { type LoadedFile, parseJsonBytes } from '../validate/load.ts';
import { type Problem, problem } from '../validate/problem.ts';
import { ReadFailure, readRegularFile } from '../validate/read-file.ts';
import { schemaProblems } from '../validate/schema-issues.ts';

export type CodingFileValue = z.infer<typeof CodingFile>;
export type DocumentValue = z.infer<typeof DocumentFile>;

/** The JSON of a file named by the user, or undefined with the problems that say why not. */
export function readJsonInput(file: string, problems: Problem[]): LoadedFile<unknown> | undefined {
  const bytes = readRegularFile(file);
  if (bytes instanceof ReadFailure) {
    problems.push(
      problem(
        file,
        '',
        bytes.code === 'ENOENT' ? 'file not found: check the path' : `file ${bytes.message}`,
      ),
    );
    return undefined;
  }
  // The schema is applied by the caller, once it knows which kind of file this is.
  const loaded = parseJsonBytes(file, bytes, z.unknown(), problems);
  return loaded?.json === undefined ? undefined : loaded;
}

/** The dataset's document `id` in the loaded data directory. */
export function datasetDocument(ctx: LintContext, id: string): LoadedDocument | undefined {
  return ctx.documents.find((d) => d.value.id === id);
}

export type CodingInput =
  | { kind: 'coder'; value: CodingFileValue; doc: LoadedDocument }
  | { kind: 'document'; value: DocumentValue; doc: LoadedDocument | undefined };

/**
 * A coding file of either kind, with every problem the validator would report for it. A coder's
 * file has a `coder`; a document file of the data has a `source`. Anything else is neither, and
 * is said to be so in one line rather than in one line per missing field.
 */
export function readCodingInput(
  file: string,
  ctx: LintContext,
): { input?: CodingInput; problems: Problem[] } {
  const problems: Problem[] = [];
  const loaded = readJsonInput(file, problems);
  if (!loaded || problems.length > 0) return { problems };
  const json = loaded.json;
  const isObject = json !== null && typeof json === 'object' && !Array.isArray(json);
  if (isObject && 'coder' in json) {
    const parsed = CodingFile.safeParse(json);
    if (!parsed.success) return { problems: schemaProblems(file, json, parsed.error) };
    const value = json as CodingFileValue;
    const doc = datasetDocument(ctx, value.document);
    problems.push(...lintFileText(ctx, loaded, doc));
    problems.push(...checkCoding(file, value, ctx));
    if (!doc && problems.length === 0)
      problems.push(
        problem(
          file,
          ['document'],
          `the document "${value.document}" cannot be read from the data directory: run npm run validate`,
        ),
      );
    if (problems.length > 0 || !doc) return { problems };
    return { input: { kind: 'coder', value, doc }, problems };
  }
  if (isObject && 'source' in json) {
    const parsed = DocumentFile.safeParse(json);
    if (!parsed.success) return { problems: schemaProblems(file, json, parsed.error) };
    const value = json as DocumentValue;
    const doc = datasetDocument(ctx, value.id);
    problems.push(...lintFileText(ctx, loaded, doc));
    if (problems.length > 0) return { problems };
    return { input: { kind: 'document', value, doc }, problems };
  }
  return {
    problems: [
      problem(
        file,
        '',
        'is neither a coder\'s file (it has no "coder") nor a document file (it has no "source"): give a file made by npm run coding:prepare, or one of documents/',
      ),
    ],
  };
}
