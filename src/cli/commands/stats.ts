import { countBy } from '../../count.ts';
import type { StanceValue, TargetKind } from '../../generated/types.ts';
import {
  documents,
  findPositions,
  metadata,
  provisionKey,
  surveySummary,
  withdrawn,
} from '../../index.ts';
import type { Command, Values } from '../command.ts';
import { type Io, oneOf, paint } from '../io.ts';

const help = `Usage: cybercrime-positions stats [--format text|json]

Count active positions by document, actor, topic (primary), speech act and provision, and
stances within each target kind (stances are never added up across kinds: opposing a crime and
opposing a provision are different things). Stances count only where the quote expresses them;
stances the coder inferred (stance basis "implied") are counted in a section of their own. Last,
for each debate surveyed: the speeches read, and how many named the Convention.

Examples:
  cybercrime-positions stats
  cybercrime-positions stats --format json`;

/**
 * How often each key occurs, most frequent first, ties in code-point order. Keys are ids from the
 * data, so they are counted in a Map (countBy): on a plain object an id "constructor" would start
 * from Object itself.
 */
export function count<T>(
  items: readonly T[],
  keys: (x: T) => readonly string[],
): Record<string, number> {
  // fromEntries defines own properties, so even "__proto__" stays an ordinary key.
  return Object.fromEntries(
    [...countBy(items, keys)].sort(
      (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
    ),
  );
}

/** Stance counts within each target kind, never one count across kinds. */
function stancesByKind(
  list: ReturnType<typeof findPositions>,
): Partial<Record<TargetKind, Partial<Record<StanceValue, number>>>> {
  const byKind = new Map<TargetKind, typeof list>();
  for (const p of list)
    byKind.set(p.stance.target.kind, [...(byKind.get(p.stance.target.kind) ?? []), p]);
  return Object.fromEntries(
    [...byKind].map(([kind, ps]) => [kind, count(ps, (p) => [p.stance.value])]),
  );
}

function run(values: Values, _positionals: string[], io: Io): number {
  const format = oneOf('format', values.format, ['text', 'json'] as const) ?? 'text';
  const active = findPositions();
  const result = {
    version: metadata.version,
    released: metadata.released ?? null,
    fingerprint: metadata.fingerprint,
    documents: documents.length,
    positions: { active: active.length, withdrawn: withdrawn.length },
    byDocument: count(active, (p) => [p.document]),
    byActor: count(active, (p) => [p.actor]),
    byTopic: count(active, (p) => p.topics.slice(0, 1)),
    byTargetKind: stancesByKind(active.filter((p) => p.stance.basis === 'explicit')),
    impliedByTargetKind: stancesByKind(active.filter((p) => p.stance.basis === 'implied')),
    bySpeechAct: count(active, (p) => [p.speechAct]),
    byProvision: count(active, (p) => p.articles.map((a) => provisionKey(a))),
    surveys: surveySummary(),
  };
  if (format === 'json') {
    io.out(JSON.stringify(result, null, 2));
    return 0;
  }
  const block = (title: string, counts: Record<string, number>) =>
    [
      paint(io, 'bold', title),
      ...Object.entries(counts).map(([k, n]) => `  ${String(n).padStart(4)}  ${k}`),
    ].join('\n');
  io.out(
    [
      `cybercrime-positions ${result.version} (${result.released ? `released ${result.released}` : 'unreleased build'}; data ${result.fingerprint.slice(0, 12)}): ${result.documents} document(s), ${result.positions.active} active position(s), ${result.positions.withdrawn} withdrawn`,
      block('by document', result.byDocument),
      block('by actor', result.byActor),
      block('by primary topic', result.byTopic),
      ...Object.entries(result.byTargetKind).map(([kind, counts]) =>
        block(`by stance, target kind ${kind}`, counts ?? {}),
      ),
      ...Object.entries(result.impliedByTargetKind).map(([kind, counts]) =>
        block(`implied stances (inferred, not counted above), target kind ${kind}`, counts ?? {}),
      ),
      block('by speech act', result.bySpeechAct),
      block('by provision', result.byProvision),
      [
        paint(io, 'bold', 'surveys: speeches read, and what they mention'),
        ...result.surveys.map(
          (s) =>
            `  ${s.event}: ${s.convention} of ${s.read} named the Convention (${s.conventionBy.join(', ')}); ${s.generic} mentioned cybercrime only in general; ${s.none} neither`,
        ),
      ].join('\n'),
    ].join('\n\n'),
  );
  return 0;
}

export const statsCommand: Command = {
  name: 'stats',
  help,
  options: { format: { type: 'string', short: 'f' }, help: { type: 'boolean', short: 'h' } },
  positionals: false,
  run,
};
