import type { LintContext } from '../context.ts';
import { type Problem, problem } from '../problem.ts';

/**
 * An excerpt says which paragraphs it codes, and only those carry claims; a statement is coded
 * whole. A record cites its symbol, so that a reader can find the official text.
 */
export function lintScope(ctx: LintContext): Problem[] {
  const problems: Problem[] = [];
  for (const doc of ctx.documents) {
    const { kind, scope, source, positions } = doc.value;
    const count = ctx.paragraphs(doc)?.length;
    if (kind === 'statement' && scope)
      problems.push(
        problem(
          doc.file,
          ['scope'],
          'a statement is coded whole and has no scope: remove "scope", or make the document an excerpt',
        ),
      );
    if (kind === 'excerpt' && !scope)
      problems.push(
        problem(
          doc.file,
          ['kind'],
          'an excerpt needs a "scope": the paragraphs on the Convention and the rule that chose them (codebook §1.5)',
        ),
      );
    scope?.paragraphs.forEach((n, i) => {
      const before = scope.paragraphs[i - 1];
      if (before !== undefined && n <= before)
        problems.push(
          problem(
            doc.file,
            ['scope', 'paragraphs', i],
            `paragraph ${n} after ${before}: list the scope's paragraphs once each, in source order`,
          ),
        );
      if (count !== undefined && n > count)
        problems.push(
          problem(
            doc.file,
            ['scope', 'paragraphs', i],
            `paragraph ${n} does not exist: ${source.file} has ${count} paragraphs when cut by "${doc.value.paragraphing}"`,
          ),
        );
    });
    if (scope) {
      const inScope = new Set(scope.paragraphs);
      positions.forEach((p, i) => {
        if (!inScope.has(p.paragraph))
          problems.push(
            problem(
              doc.file,
              ['positions', i, 'paragraph'],
              `paragraph ${p.paragraph} is outside the coded scope (${scope.paragraphs.join(', ')}): code only the passages on the Convention, or widen the scope and say why in scope.rule`,
            ),
          );
      });
    }
    if (source.kind === 'verbatim-record' && !source.symbol)
      problems.push(
        problem(
          doc.file,
          ['source', 'symbol'],
          'a verbatim record is cited by its UN symbol: add "symbol", e.g. "A/79/PV.14"',
        ),
      );
  }
  return problems;
}
