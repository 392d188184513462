import type { LintContext } from '../context.ts';
import { type Problem, problem } from '../problem.ts';

/**
 * An instrument that says how many articles it has lists none past that number: the count is
 * what lets a query for article 99 of a 68-article Convention be refused instead of answered
 * with nothing, so it must agree with the articles the registry knows.
 */
export function lintArticleCount(ctx: LintContext): Problem[] {
  const problems: Problem[] = [];
  const file = ctx.data.instruments;
  for (const [i, ins] of (file?.value?.instruments ?? []).entries()) {
    if (ins.articleCount === undefined) continue;
    for (const [j, a] of ins.articles.entries())
      if (a.number > ins.articleCount)
        problems.push(
          problem(
            'instruments.json',
            ['instruments', i, 'articles', j, 'number'],
            `article ${a.number} is past the last article of "${ins.id}" (articleCount ${ins.articleCount}): correct the number or the count`,
          ),
        );
  }
  return problems;
}
