import { ancestry } from '../../topic-tree.ts';
import type { LintContext } from '../context.ts';
import { type Problem, problem } from '../problem.ts';

/** The topic taxonomy is a tree: following parents never comes back to where it started. */
export function lintTopicTree(ctx: LintContext): Problem[] {
  const topics = ctx.data.topics?.value?.topics;
  if (!topics) return [];
  const parentOf = new Map(topics.map((t) => [t.id, t.parent]));
  const problems: Problem[] = [];
  topics.forEach((topic, i) => {
    // A cycle further up is reported on its own members, not on every topic below it.
    const { chain, cycleAt } = ancestry(topic.id, (id) => parentOf.get(id));
    if (cycleAt !== topic.id) return;
    problems.push(
      problem(
        'topics.json',
        ['topics', i, 'parent'],
        `topic "${topic.id}" is its own ancestor (${[...chain, cycleAt].join(' → ')}): break the cycle`,
      ),
    );
  });
  return problems;
}

/**
 * No active position lists a topic beside one of its ancestors: the tree already files a claim
 * on a child under its parent (codebook §4 `topics`). Tombstones keep their old coding.
 */
export function lintTopicSets(ctx: LintContext): Problem[] {
  const topics = ctx.data.topics?.value?.topics;
  if (!topics) return [];
  const parentOf = new Map(topics.map((t) => [t.id, t.parent]));
  const problems: Problem[] = [];
  for (const { file, value } of ctx.documents) {
    value.positions.forEach((pos, i) => {
      if (pos.status !== 'active') return;
      pos.topics.forEach((topic, j) => {
        const below = pos.topics.find(
          (other) =>
            other !== topic && ancestry(other, (id) => parentOf.get(id)).chain.includes(topic),
        );
        if (below !== undefined)
          problems.push(
            problem(
              file,
              ['positions', i, 'topics', j],
              `topic "${topic}" is the parent of "${below}", also listed: keep the child only (the topic tree finds it under its parent)`,
            ),
          );
      });
    });
  }
  return problems;
}
