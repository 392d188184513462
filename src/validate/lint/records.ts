import type { LintContext } from '../context.ts';
import { type Problem, problem } from '../problem.ts';

/** Rules that tie one field of a record to another, which JSON Schema cannot say. */
export function lintRecords(ctx: LintContext): Problem[] {
  const problems: Problem[] = [];
  (ctx.data.events?.value?.events ?? []).forEach((event, i) => {
    if (event.startDate > event.endDate) {
      problems.push(
        problem(
          'events.json',
          ['events', i, 'endDate'],
          `ends (${event.endDate}) before it starts (${event.startDate}): correct the dates`,
        ),
      );
    }
  });
  for (const { file, value } of ctx.documents) {
    if (value.delivered.earliest > value.delivered.latest) {
      problems.push(
        problem(
          file,
          ['delivered', 'latest'],
          `latest (${value.delivered.latest}) is before earliest (${value.delivered.earliest}): correct the range`,
        ),
      );
    }
    value.positions.forEach((pos, i) => {
      const at = ['positions', i];
      if (pos.status === 'withdrawn' && !pos.withdrawal) {
        problems.push(
          problem(
            file,
            [...at, 'withdrawal'],
            'a withdrawn position needs "withdrawal": { "reason": …, "supersededBy": [...] }',
          ),
        );
      }
      if (pos.status === 'active' && pos.withdrawal) {
        problems.push(
          problem(
            file,
            [...at, 'withdrawal'],
            'an active position has no "withdrawal": remove it, or set "status" to "withdrawn"',
          ),
        );
      }
      const dup = pos.topics.findIndex((t, j) => pos.topics.indexOf(t) !== j);
      if (dup !== -1)
        problems.push(
          problem(
            file,
            [...at, 'topics', dup],
            `topic "${pos.topics[dup]}" is listed twice: list each topic once`,
          ),
        );
      const number = Number(pos.id.slice(pos.id.lastIndexOf('.c') + 2));
      const previous = value.positions[i - 1];
      if (previous && Number(previous.id.slice(previous.id.lastIndexOf('.c') + 2)) >= number) {
        problems.push(
          problem(
            file,
            [...at, 'id'],
            `"${pos.id}" comes after "${previous.id}": keep positions in the order of their ids`,
          ),
        );
      }
    });
  }
  return problems;
}
