/**
 * Reads codings from files for the study (Node only: it needs fs and the schemas). A coding file
 * is either a document file of the dataset (`data/documents/<id>.json`, whose positions are the
 * dataset's coding) or an independent coder's file (`CodingFile`: it has a `coder`). Bad input is
 * an `InputError` whose problems read `file:json-pointer: message`, never a stack trace.
 */

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { annotationOf } from '../paragraph-annotation.ts';
import { codePointLength, codePointSpan } from '../text/codepoints.ts';
import { locate } from '../text/locate.ts';
import { LintContext, type LoadedDocument } from '../validate/context.ts';
import { loadDataDir } from '../validate/load.ts';
import { formatProblem, type Problem, problem } from '../validate/problem.ts';
import { ReadFailure, readRegularFile } from '../validate/read-file.ts';
import { decodeUtf8 } from '../validate/utf8.ts';
import { type Claim, type Coding, type PositionLike, toClaim } from './coding.ts';
import { codebookExamples } from './exemplified.ts';
import { datasetDocument, readCodingInput } from './read-coding.ts';
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

/** The data directory, read once, with the validator's reader. */
export function dataContext(dataDir: string): LintContext {
  return new LintContext(loadDataDir(dataDir).data);
}

/** The paragraphs of a document of the dataset: its source text with its roles. */
function sourceParagraphs(ctx: LintContext, doc: LoadedDocument, file: string): Paragraph[] {
  const paragraphs = ctx.paragraphs(doc);
  if (!paragraphs)
    throw new InputError([
      `${file}:/source/file: the source ${join(ctx.data.dir, doc.value.source.file)} cannot be read: give the data directory the document belongs to (--data), or run npm run validate`,
    ]);
  return paragraphs.map((t, i) => ({
    n: i + 1,
    role: annotationOf(doc.value.paragraphs, i + 1)?.role ?? 'speech',
    text: t,
  }));
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

/**
 * Reads one coding, from a document file of the dataset or from a coder's file, refusing what
 * `coding:check` and the validator refuse. The paragraphs always come from the dataset's source:
 * a coder's copy of them is checked against it, never trusted.
 */
export function loadCoding(file: string, ctx: LintContext, label: string = file): LoadedCoding {
  const { input, problems: read } = readCodingInput(file, ctx);
  if (!input) throw new InputError(read.map((p) => formatProblem(p)));
  const problems: Problem[] = [];
  let coding: Coding;
  let paragraphs: Paragraph[];
  if (input.kind === 'coder') {
    const value = input.value;
    paragraphs = sourceParagraphs(ctx, input.doc, file);
    const claims = claimsOf(file, value.positions, paragraphs, problems);
    coding = {
      label,
      document: value.document,
      coder: value.coder,
      codebookVersion: value.codebookVersion,
      blind: value.blind,
      codedAt: value.codedAt,
      claims: claims.filter((_, i) => value.positions[i]?.status === 'active'),
      withdrawn: claims.filter((_, i) => value.positions[i]?.status !== 'active'),
    };
  } else {
    const doc = input.value;
    const dataset = input.doc;
    if (!dataset)
      throw new InputError([
        `${file}:/id: the document "${doc.id}" is not in ${ctx.data.dir}/documents/: give the data directory it belongs to (--data)`,
      ]);
    // Roles too are the dataset's: a document file given here cannot relabel what may be quoted.
    paragraphs = sourceParagraphs(ctx, dataset, file);
    const claims = claimsOf(file, doc.positions as never, paragraphs, problems);
    coding = {
      label,
      document: doc.id,
      coder: 'dataset',
      claims: claims.filter((_, i) => doc.positions[i]?.status === 'active'),
      withdrawn: claims.filter((_, i) => doc.positions[i]?.status !== 'active'),
    };
  }
  if (problems.length > 0) throw new InputError(problems.map((p) => formatProblem(p)));
  const quotable = new Map(
    paragraphs.filter((p) => p.role === 'speech').map((p) => [p.n, codePointLength(p.text)]),
  );
  return { coding, quotable };
}

/** The text of a codebook, read as strictly as any data file, or an InputError. */
function readCodebook(file: string): string {
  const bytes = readRegularFile(file);
  const decoded = bytes instanceof ReadFailure ? undefined : decodeUtf8(bytes);
  if (!decoded || 'error' in decoded)
    throw new InputError([
      `${file}:: the codebook ${bytes instanceof ReadFailure ? bytes.message : decoded && 'error' in decoded ? decoded.error : 'cannot be read'}: give the data directory (--data)`,
    ]);
  return decoded.text;
}

/** The study of two coding files, with the codebook of `dataDir`. */
export function studyFiles(
  a: { file: string; label?: string },
  b: { file: string; label?: string },
  dataDir: string,
  options: StudyOptions = {},
  ctx: LintContext = dataContext(dataDir),
): Study {
  const A = loadCoding(a.file, ctx, a.label);
  const B = loadCoding(b.file, ctx, b.label);
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
  const examples = codebookExamples(readCodebook(codebookFile));
  // The codebook names passages by the dataset's ids: a coder's file as reference finds them
  // through the dataset's claims of the document (tombstones included).
  let named: Claim[] | undefined;
  if (A.coding.coder !== 'dataset') {
    const doc = datasetDocument(ctx, A.coding.document);
    try {
      const dataset = doc && loadCoding(join(dataDir, doc.file), ctx).coding;
      named = dataset ? [...dataset.claims, ...dataset.withdrawn] : undefined;
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
