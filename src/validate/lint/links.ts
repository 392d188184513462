import type { LintContext } from '../context.ts';
import { type Problem, problem } from '../problem.ts';

/** A link between claims names another claim of the same document, once. */
export function lintLinks(ctx: LintContext): Problem[] {
  const problems: Problem[] = [];
  for (const doc of ctx.documents) {
    const status = new Map(doc.value.positions.map((p) => [p.id, p.status]));
    for (const [i, pos] of doc.value.positions.entries()) {
      const seen = new Set<string>();
      for (const [j, link] of (pos.links ?? []).entries()) {
        const at = ['positions', i, 'links', j, 'position'];
        if (link.position === pos.id)
          problems.push(problem(doc.file, at, 'a claim cannot be linked to itself'));
        else if (!status.has(link.position))
          problems.push(
            problem(
              doc.file,
              at,
              `"${link.position}" is not a claim of this document: links join claims of one document`,
            ),
          );
        else if (pos.status === 'active' && status.get(link.position) === 'withdrawn')
          problems.push(
            problem(
              doc.file,
              at,
              `"${link.position}" is withdrawn: link the active claim to its successor instead`,
            ),
          );
        else if (seen.has(link.position))
          problems.push(
            problem(doc.file, at, `"${link.position}" is linked twice: keep one relation`),
          );
        seen.add(link.position);
      }
    }
  }
  return problems;
}
