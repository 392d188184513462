import type { LintContext } from '../context.ts';
import { type Problem, problem } from '../problem.ts';
import { ReadFailure } from '../read-file.ts';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** The source file is there, is the very file recorded, and has one annotation per paragraph. */
export function lintSources(ctx: LintContext): Problem[] {
  const problems: Problem[] = [];
  for (const doc of ctx.documents) {
    const { source, paragraphs } = doc.value;
    const text = ctx.source(doc);
    if (text instanceof Error) {
      const code = (text as NodeJS.ErrnoException).code;
      problems.push(
        problem(
          doc.file,
          ['source', 'file'],
          code === 'ENOENT'
            ? `source file ${source.file} does not exist: copy the published text there byte for byte`
            : text instanceof ReadFailure
              ? `source file ${source.file} ${text.message}`
              : `source file ${source.file} cannot be read (${code ?? text.message})`,
        ),
      );
      continue;
    }
    if (text.sha256 !== source.sha256) {
      problems.push(
        problem(
          doc.file,
          ['source', 'sha256'],
          `${source.file} has SHA-256 ${text.sha256}, not the recorded one: the source text must never be edited; restore the original file (or, for a new source, record its digest)`,
        ),
      );
    }
    if (text.bytes.subarray(0, 3).equals(BOM)) {
      problems.push(
        problem(
          doc.file,
          ['source', 'file'],
          `${source.file} starts with a byte order mark: save the source as UTF-8 without BOM`,
        ),
      );
    }
    // A statement annotates every paragraph; an excerpt those of its scope (checked in scope.ts).
    const expected =
      doc.value.kind === 'excerpt'
        ? (doc.value.scope?.paragraphs ?? [])
        : text.paragraphs.map((_, i) => i + 1);
    if (paragraphs.length !== expected.length) {
      problems.push(
        problem(
          doc.file,
          ['paragraphs'],
          doc.value.kind === 'excerpt'
            ? `${paragraphs.length} paragraph annotations for the ${expected.length} paragraphs of the scope: annotate each paragraph of scope.paragraphs once, in order`
            : `${paragraphs.length} paragraph annotations for ${text.paragraphs.length} paragraphs in ${source.file}: annotate each paragraph once, in source order`,
        ),
      );
    }
    paragraphs.forEach((p, i) => {
      const want = expected[i];
      if (want !== undefined && p.n !== want) {
        problems.push(
          problem(
            doc.file,
            ['paragraphs', i, 'n'],
            doc.value.kind === 'excerpt'
              ? `paragraph number ${p.n} at position ${i + 1}: annotate the scope's paragraphs (${expected.join(', ')}) in order`
              : `paragraph number ${p.n} at position ${i + 1}: number paragraphs 1, 2, 3… in source order`,
          ),
        );
      }
    });
  }
  return problems;
}
