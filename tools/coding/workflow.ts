/**
 * Blind coding, step by step: prepare a coder's file from a document's source (its paragraphs, and
 * nothing of any existing coding), and check the coder's file with the data's own checks.
 */

import { join } from 'node:path';
import type { z } from 'zod';
import { annotationOf } from '../../src/paragraph-annotation.ts';
import { datasetDocument, readJsonInput } from '../../src/reliability/read-coding.ts';
import { CodingFile } from '../../src/schema/reliability.ts';
import { LintContext } from '../../src/validate/context.ts';
import { checkCoding } from '../../src/validate/lint/reliability.ts';
import { lintFileText } from '../../src/validate/lint/text.ts';
import { loadDataDir } from '../../src/validate/load.ts';
import { formatProblem, type Problem, problem } from '../../src/validate/problem.ts';
import { ReadFailure, readRegularFile } from '../../src/validate/read-file.ts';
import { schemaProblems } from '../../src/validate/schema-issues.ts';
import { decodeUtf8 } from '../../src/validate/utf8.ts';

export type CodingFileValue = z.infer<typeof CodingFile>;

/**
 * The codebook version the data directory's CODEBOOK.md states, or the one line that says why
 * it cannot be had (the file read as strictly as any data file: no FIFO, no device, UTF-8).
 */
export function codebookVersion(dataDir: string): { version: string } | { problem: string } {
  const file = join(dataDir, 'CODEBOOK.md');
  const bytes = readRegularFile(file);
  if (bytes instanceof ReadFailure)
    return {
      problem: `${file}:: the codebook ${bytes.code === 'ENOENT' ? 'is missing: give the data directory (--data)' : bytes.message}`,
    };
  const decoded = decodeUtf8(bytes);
  if ('error' in decoded) return { problem: `${file}:: the codebook ${decoded.error}` };
  const version = /Codebook version:\s*([0-9]+\.[0-9]+)/.exec(decoded.text)?.[1];
  if (!version)
    return {
      problem: `${file}:: no "Codebook version: X.Y" line: add it near the top, as in the published codebook`,
    };
  return { version };
}

/**
 * A coder's empty file for one document: who, which codebook, the date, and the source paragraphs
 * with their number and role. Nothing else of the document file is copied: no positions, no
 * translations, no notes, so that the coding is blind.
 */
export function prepareCoding(
  dataDir: string,
  document: string,
  coder: string,
  date: string,
): { value?: CodingFileValue; problems: string[] } {
  const { data } = loadDataDir(dataDir);
  const ctx = new LintContext(data);
  const doc = ctx.documents.find((d) => d.value.id === document);
  if (!doc) {
    const known = ctx.documents.map((d) => d.value.id).join(', ') || 'none';
    return {
      problems: [
        `${join(dataDir, 'documents', `${document}.json`)}:: no valid document "${document}" (documents: ${known}): add it, or run npm run validate to see what is wrong`,
      ],
    };
  }
  const paragraphs = ctx.paragraphs(doc);
  if (!paragraphs)
    return {
      problems: [
        `${join(dataDir, doc.file)}:/source/file: the source cannot be read: run npm run validate`,
      ],
    };
  const codebook = codebookVersion(dataDir);
  if ('problem' in codebook) return { problems: [codebook.problem] };
  return {
    value: {
      coder,
      codebookVersion: codebook.version,
      document,
      codedAt: date,
      blind: true,
      // An excerpt's coder sees the paragraphs of its scope only, as they are coded.
      paragraphs: paragraphs
        .map((text, i) => ({
          n: i + 1,
          role: annotationOf(doc.value.paragraphs, i + 1)?.role ?? 'speech',
          text,
        }))
        .filter((p) => !doc.value.scope || doc.value.scope.paragraphs.includes(p.n)),
      positions: [],
    },
    problems: [],
  };
}

/**
 * Checks a coder's file with everything the validator checks in data/reliability/: the file
 * itself (kind, size, UTF-8, JSON, duplicate keys), the schema, the text lint, then quotes, ids
 * and references.
 */
export function checkCodingFile(file: string, dataDir: string): string[] {
  const problems: Problem[] = [];
  const loaded = readJsonInput(file, problems);
  if (!loaded || problems.length > 0) return problems.map((p) => formatProblem(p));
  const json = loaded.json;
  const parsed = CodingFile.safeParse(json);
  if (!parsed.success) return schemaProblems(file, json, parsed.error).map((p) => formatProblem(p));
  const { data, problems: dataProblems } = loadDataDir(dataDir);
  if (dataProblems.length > 0)
    problems.push(
      problem(
        file,
        '',
        `the data directory ${dataDir} has problems of its own, so references may go unchecked: run npm run validate`,
      ),
    );
  const ctx = new LintContext(data);
  const value = json as CodingFileValue;
  problems.push(...lintFileText(ctx, loaded, datasetDocument(ctx, value.document)));
  problems.push(...checkCoding(file, value, ctx));
  return problems.map((p) => formatProblem(p));
}
