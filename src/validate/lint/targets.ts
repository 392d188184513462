import type { LintContext } from '../context.ts';
import { type Problem, problem } from '../problem.ts';

/**
 * The target kind agrees with the typed reference: counts are made per kind, so a claim whose
 * reference names an article but whose kind says "phenomenon" would be counted in the wrong
 * column. A target with no reference may be of any kind.
 */
export function lintTargets(ctx: LintContext): Problem[] {
  const problems: Problem[] = [];
  for (const doc of ctx.documents) {
    for (const [i, pos] of doc.value.positions.entries()) {
      const { kind, ref } = pos.stance.target;
      if (!ref) continue;
      const expected =
        ref.type === 'actor'
          ? ['actor']
          : ref.type === 'event'
            ? ['process']
            : ref.article !== undefined
              ? ['provision']
              : ['instrument'];
      if (!expected.includes(kind))
        problems.push(
          problem(
            doc.file,
            ['positions', i, 'stance', 'target', 'kind'],
            `a target that refers to ${ref.type === 'instrument' && ref.article !== undefined ? 'an article' : `a record of type "${ref.type}"`} is of kind "${expected[0]}", not "${kind}": correct the kind, or drop the reference if the target is not that record`,
          ),
        );
    }
  }
  return problems;
}
