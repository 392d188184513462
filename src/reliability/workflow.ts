/**
 * Blind coding, step by step: prepare a coder's file from a document's source (its paragraphs, and
 * nothing of any existing coding), and check the coder's file with the data's own checks.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { CodingFile } from '../schema/reliability.ts';
import { LintContext } from '../validate/context.ts';
import { syntaxError } from '../validate/json-text.ts';
import { checkCoding } from '../validate/lint/reliability.ts';
import { loadDataDir } from '../validate/load.ts';
import { formatProblem, type Problem, problem } from '../validate/problem.ts';
import { schemaProblems } from '../validate/schema-issues.ts';

export type CodingFileValue = z.infer<typeof CodingFile>;

/** The codebook version the data directory's CODEBOOK.md states. */
export function codebookVersion(dataDir: string): string {
  const text = readFileSync(join(dataDir, 'CODEBOOK.md'), 'utf8');
  const version = /Codebook version:\s*([0-9]+\.[0-9]+)/.exec(text)?.[1];
  if (!version) throw new Error(`${join(dataDir, 'CODEBOOK.md')}: no "Codebook version: X.Y" line`);
  return version;
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
  return {
    value: {
      coder,
      codebookVersion: codebookVersion(dataDir),
      document,
      codedAt: date,
      blind: true,
      paragraphs: paragraphs.map((text, i) => ({
        n: i + 1,
        role: doc.value.paragraphs[i]?.role ?? 'speech',
        text,
      })),
      positions: [],
    },
    problems: [],
  };
}

/** Checks a coder's file: JSON, the schema, then the data's checks (quotes, ids, references). */
export function checkCodingFile(file: string, dataDir: string): string[] {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return [
      `${file}:: ${code === 'ENOENT' ? 'file not found: check the path' : `cannot be read (${code})`}`,
    ];
  }
  const syntax = syntaxError(raw);
  if (syntax)
    return [
      `${file}:: not valid JSON at line ${syntax.line}, column ${syntax.column} (${syntax.message}): fix the syntax there`,
    ];
  const json = JSON.parse(raw) as unknown;
  const parsed = CodingFile.safeParse(json);
  if (!parsed.success) return schemaProblems(file, json, parsed.error).map((p) => formatProblem(p));
  const { data, problems: dataProblems } = loadDataDir(dataDir);
  const problems: Problem[] = [];
  if (dataProblems.length > 0)
    problems.push(
      problem(
        file,
        '',
        `the data directory ${dataDir} has problems of its own, so references may go unchecked: run npm run validate`,
      ),
    );
  problems.push(...checkCoding(file, parsed.data, new LintContext(data)));
  return problems.map((p) => formatProblem(p));
}
