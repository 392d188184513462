import type { LintContext } from '../context.ts';
import { type Problem, problem } from '../problem.ts';

/** The topic taxonomy is a tree: following parents never comes back to where it started. */
export function lintTopicTree(ctx: LintContext): Problem[] {
  const topics = ctx.data.topics?.value?.topics;
  if (!topics) return [];
  const parentOf = new Map(topics.map((t) => [t.id, t.parent]));
  const problems: Problem[] = [];
  topics.forEach((topic, i) => {
    const chain = [topic.id];
    for (let at = topic.parent; at !== undefined; at = parentOf.get(at)) {
      if (at === topic.id) {
        problems.push(
          problem(
            'topics.json',
            ['topics', i, 'parent'],
            `topic "${topic.id}" is its own ancestor (${[...chain, at].join(' → ')}): break the cycle`,
          ),
        );
        break;
      }
      if (chain.includes(at)) break; // a cycle further up, reported on its own members
      chain.push(at);
    }
  });
  return problems;
}
