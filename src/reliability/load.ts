/**
 * Reads codings from files for the study (Node only: it needs fs and the schemas). A coding file
 * is either a document file of the dataset (`data/documents/<id>.json`, whose positions are the
 * dataset's coding) or an independent coder's file (`CodingFile`: it has a `coder`). Bad input is
 * an `InputError` whose problems read `file:json-pointer: message`, never a stack trace.
 */

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { DocumentFile } from '../schema/document.ts';
import { CodingFile } from '../schema/reliability.ts';
import { codePointLength, codePointSpan } from '../text/codepoints.ts';
import { locate } from '../text/locate.ts';
import { splitParagraphs } from '../text/paragraphs.ts';
import { formatProblem, type Problem, problem } from '../validate/problem.ts';
import { schemaProblems } from '../validate/schema-issues.ts';
import { type Claim, type Coding, type PositionLike, toClaim } from './coding.ts';
import { codebookExamples } from './exemplified.ts';
import { runStudy, type Study, type StudyOptions } from './study.ts';

export class InputError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.problems = problems;
  }
}

interface Paragraph {
  n: number;
  role: string;
  text: string;
}

function readJson(file: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError([
      `${file}:: ${code === 'ENOENT' ? 'file not found: check the path' : `cannot be read (${code})`}`,
    ]);
  }
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new InputError([
      `${file}:: not valid JSON (${error instanceof Error ? error.message : String(error)}): fix the syntax`,
    ]);
  }
}

function parse<T>(file: string, json: unknown, schema: z.ZodType<T>): T {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  throw new InputError(schemaProblems(file, json, result.error).map((p) => formatProblem(p)));
}

type DocumentValue = z.infer<typeof DocumentFile>;

/** The paragraphs of a document of the dataset: source text with the document's roles. */
export function documentParagraphs(dataDir: string, doc: DocumentValue, file: string): Paragraph[] {
  const sourcePath = join(dataDir, doc.source.file);
  let text: string;
  try {
    text = readFileSync(sourcePath, 'utf8');
  } catch {
    throw new InputError([
      `${file}:/source/file: the source ${sourcePath} cannot be read: give the data directory the document belongs to (--data)`,
    ]);
  }
  return splitParagraphs(text).map((t, i) => ({
    n: i + 1,
    role: doc.paragraphs[i]?.role ?? 'speech',
    text: t,
  }));
}

function readDocument(dataDir: string, id: string): { doc: DocumentValue; file: string } {
  const file = join(dataDir, 'documents', `${id}.json`);
  return { doc: parse(file, readJson(file), DocumentFile), file };
}

/** Finds each claim's code point span: given offsets must hold the text, else the text is located. */
function claimsOf(
  file: string,
  positions: readonly (PositionLike & { quote: { occurrence?: number } })[],
  paragraphs: readonly Paragraph[],
  problems: Problem[],
): Claim[] {
  const claims: Claim[] = [];
  positions.forEach((p, i) => {
    const at = ['positions', i];
    const para = paragraphs[p.paragraph - 1];
    if (!para) {
      problems.push(
        problem(
          file,
          [...at, 'paragraph'],
          `paragraph ${p.paragraph} does not exist in the source`,
        ),
      );
      return;
    }
    const { start, end } = p.quote;
    if (start !== undefined && end !== undefined) {
      const slice = [...para.text].slice(start, end).join('');
      if (slice !== p.quote.text) {
        problems.push(
          problem(
            file,
            [...at, 'quote', 'text'],
            `the quote is not the text of paragraph ${p.paragraph} at code points ${start}-${end}: copy it from the source byte for byte, or correct start and end`,
          ),
        );
        return;
      }
      claims.push(toClaim(p, start, end));
      return;
    }
    const found = locate(para.text, p.quote.text, p.quote.occurrence);
    if ('error' in found) {
      problems.push(
        problem(
          file,
          [...at, 'quote', 'text'],
          found.error === 'not found'
            ? `quote is not in paragraph ${p.paragraph} verbatim: copy it from the source byte for byte`
            : `quote ${found.error}`,
        ),
      );
      return;
    }
    const span = codePointSpan(para.text, found.index, p.quote.text);
    claims.push(toClaim(p, span.start, span.end));
  });
  return claims;
}

export interface LoadedCoding {
  coding: Coding;
  /** Speech paragraphs: number → length in code points. */
  quotable: Map<number, number>;
}

/** Reads one coding, from a document file of the dataset or from a coder's file. */
export function loadCoding(file: string, dataDir: string, label: string = file): LoadedCoding {
  const json = readJson(file);
  const problems: Problem[] = [];
  let coding: Coding;
  let paragraphs: Paragraph[];
  if (json !== null && typeof json === 'object' && 'coder' in json) {
    const value = parse(file, json, CodingFile);
    paragraphs =
      value.paragraphs ??
      (() => {
        const { doc, file: docFile } = readDocument(dataDir, value.document);
        return documentParagraphs(dataDir, doc, docFile);
      })();
    const active = value.positions.filter((p) => p.status === 'active');
    const withdrawn = value.positions.filter((p) => p.status !== 'active');
    const claims = claimsOf(file, value.positions, paragraphs, problems);
    coding = {
      label,
      document: value.document,
      coder: value.coder,
      codebookVersion: value.codebookVersion,
      blind: value.blind,
      codedAt: value.codedAt,
      claims: claims.filter((c) => active.some((p) => p.id === c.id)),
      withdrawn: claims.filter((c) => withdrawn.some((p) => p.id === c.id)),
    };
  } else {
    const doc = parse(file, json, DocumentFile);
    paragraphs = documentParagraphs(dataDir, doc, file);
    const claims = claimsOf(file, doc.positions as never, paragraphs, problems);
    const isActive = new Map(doc.positions.map((p) => [p.id, p.status === 'active']));
    coding = {
      label,
      document: doc.id,
      coder: 'dataset',
      claims: claims.filter((c) => isActive.get(c.id)),
      withdrawn: claims.filter((c) => !isActive.get(c.id)),
    };
  }
  if (problems.length > 0) throw new InputError(problems.map((p) => formatProblem(p)));
  const quotable = new Map(
    paragraphs.filter((p) => p.role === 'speech').map((p) => [p.n, codePointLength(p.text)]),
  );
  return { coding, quotable };
}

/** The study of two coding files, with the codebook of `dataDir`. */
export function studyFiles(
  a: { file: string; label?: string },
  b: { file: string; label?: string },
  dataDir: string,
  options: StudyOptions = {},
): Study {
  const A = loadCoding(a.file, dataDir, a.label);
  const B = loadCoding(b.file, dataDir, b.label);
  if (A.coding.document !== B.coding.document)
    throw new InputError([
      `${b.file}:/document: codes "${B.coding.document}" but ${a.file} codes "${A.coding.document}": compare two codings of one document`,
    ]);
  // Which passages were examples is a fact of the codebook the coders worked from: when both
  // name the same earlier version and its text is kept beside the codings, read that one.
  const version = A.coding.codebookVersion ?? B.coding.codebookVersion;
  const kept = join(dataDir, 'reliability', `codebook-${version}.md`);
  const codebookFile =
    version !== undefined &&
    (A.coding.codebookVersion ?? version) === (B.coding.codebookVersion ?? version) &&
    existsSync(kept)
      ? kept
      : join(dataDir, 'CODEBOOK.md');
  let codebook: string;
  try {
    codebook = readFileSync(codebookFile, 'utf8');
  } catch {
    throw new InputError([
      `${codebookFile}:: the codebook cannot be read: give the data directory (--data)`,
    ]);
  }
  const examples = codebookExamples(codebook);
  // The codebook names passages by the dataset's ids: a coder's file as reference finds them
  // through the dataset's claims of the document (tombstones included).
  let named: Claim[] | undefined;
  if (A.coding.coder !== 'dataset') {
    try {
      const { file } = readDocument(dataDir, A.coding.document);
      const dataset = loadCoding(file, dataDir).coding;
      named = [...dataset.claims, ...dataset.withdrawn];
    } catch {
      named = undefined;
    }
  }
  // The dataset's own coding follows the codebook beside it.
  const a2 = {
    ...A.coding,
    ...(named ? { named } : {}),
    codebookVersion: A.coding.codebookVersion ?? examples.version ?? undefined,
  };
  if (a2.codebookVersion === undefined) delete a2.codebookVersion;
  return runStudy(a2, B.coding, A.quotable, examples, options);
}
