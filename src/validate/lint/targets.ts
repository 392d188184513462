import type { LintContext } from '../context.ts';
import { type Problem, problem } from '../problem.ts';

/** The kind a typed reference fixes: an actor is an actor, an article a provision, and so on. */
export function kindOfRef(ref: { type: string; article?: number | undefined }): string {
  return ref.type === 'actor'
    ? 'actor'
    : ref.type === 'event'
      ? 'process'
      : ref.article !== undefined
        ? 'provision'
        : 'instrument';
}

/** The message for a kind that disagrees with its reference. */
export function kindMismatch(
  ref: { type: string; article?: number | undefined },
  kind: string,
): string {
  return `a target that refers to ${ref.type === 'instrument' && ref.article !== undefined ? 'an article' : `a record of type "${ref.type}"`} is of kind "${kindOfRef(ref)}", not "${kind}": correct the kind, or drop the reference if the target is not that record`;
}

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
      if (kindOfRef(ref) !== kind)
        problems.push(
          problem(doc.file, ['positions', i, 'stance', 'target', 'kind'], kindMismatch(ref, kind)),
        );
    }
  }
  return problems;
}
