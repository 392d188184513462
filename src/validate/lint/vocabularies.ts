import { CLOSED_VOCABULARIES, type ClosedVocabularyName } from '../../schema/vocabularies.ts';
import type { LintContext } from '../context.ts';
import { type Problem, problem } from '../problem.ts';

/** vocabularies.json defines every value of every closed list, once, and nothing else. */
export function lintVocabularies(ctx: LintContext): Problem[] {
  const file = ctx.data.vocabularies?.value;
  if (!file) return [];
  const problems: Problem[] = [];
  for (const name of Object.keys(CLOSED_VOCABULARIES) as ClosedVocabularyName[]) {
    const allowed: readonly string[] = CLOSED_VOCABULARIES[name].options;
    const terms = file[name];
    const seen = new Set<string>();
    terms.forEach((term, i) => {
      if (!allowed.includes(term.id)) {
        problems.push(
          problem(
            'vocabularies.json',
            [name, i, 'id'],
            `"${term.id}" is not a value of ${name}: use one of ${allowed.join(', ')} (new values are added in src/schema/vocabularies.ts first)`,
          ),
        );
      } else if (seen.has(term.id)) {
        problems.push(
          problem(
            'vocabularies.json',
            [name, i, 'id'],
            `"${term.id}" is defined twice: keep one definition`,
          ),
        );
      }
      seen.add(term.id);
    });
    for (const value of allowed) {
      if (!seen.has(value))
        problems.push(
          problem(
            'vocabularies.json',
            [name],
            `"${value}" has no label or definition: add an entry for it`,
          ),
        );
    }
  }
  return problems;
}
