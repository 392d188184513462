import type { LintContext } from '../context.ts';
import { type Problem, problem } from '../problem.ts';

/**
 * An id once released never disappears and never changes its words. A position that is wrong is
 * withdrawn (status "withdrawn", a tombstone that keeps its quote), never deleted or reworded.
 */
export function lintReleased(ctx: LintContext): Problem[] {
  const released = ctx.data.released?.value;
  if (!released) return [];
  const { data } = ctx;
  const present: Record<string, Map<string, string | undefined>> = {
    position: new Map(
      ctx.documents.flatMap((d) => d.value.positions.map((p) => [p.id, p.quote.text] as const)),
    ),
    document: new Map(ctx.documents.map((d) => [d.value.id, undefined])),
    actor: new Map(data.actors?.value?.actors.map((x) => [x.id, undefined])),
    topic: new Map(data.topics?.value?.topics.map((x) => [x.id, undefined])),
    instrument: new Map(data.instruments?.value?.instruments.map((x) => [x.id, undefined])),
    event: new Map(data.events?.value?.events.map((x) => [x.id, undefined])),
  };
  const loaded: Record<string, boolean> = {
    position: !data.incomplete && data.documents.every((d) => d.value !== undefined),
    document: !data.incomplete && data.documents.every((d) => d.value !== undefined),
    actor: data.actors?.value !== undefined,
    topic: data.topics?.value !== undefined,
    instrument: data.instruments?.value !== undefined,
    event: data.events?.value !== undefined,
  };
  const problems: Problem[] = [];
  released.ids.forEach((entry, i) => {
    if (!loaded[entry.kind]) return; // a file that failed its schema is reported already
    const current = present[entry.kind]?.get(entry.id);
    if (!present[entry.kind]?.has(entry.id)) {
      problems.push(
        problem(
          'released-ids.json',
          ['ids', i],
          entry.kind === 'position'
            ? `released position "${entry.id}" (since ${entry.since}) is missing from the data: restore it; to retire it, keep it with "status": "withdrawn" and a "withdrawal"`
            : `released ${entry.kind} "${entry.id}" (since ${entry.since}) is missing from the data: restore it; released ids are never removed`,
        ),
      );
    } else if (entry.quote !== undefined && current !== entry.quote) {
      problems.push(
        problem(
          'released-ids.json',
          ['ids', i, 'quote'],
          `released position "${entry.id}" now quotes different words: keep its quote as released; to change a claim, withdraw it and mint a new id`,
        ),
      );
    }
  });
  return problems;
}
