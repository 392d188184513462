import { dataset, documents, findPositions, positions } from 'cybercrime-positions';
import type { Command, Values } from '../command.ts';
import { type Io, oneOf, paint } from '../io.ts';

const help = `Usage: cybercrime-positions stats [--format text|json]

Count active positions by document, actor, topic (primary), stance, speech act and article.

Examples:
  cybercrime-positions stats
  cybercrime-positions stats --format json`;

/**
 * How often each key occurs, most frequent first. Keys are ids from the data, so they are counted
 * in a Map: on a plain object an id "constructor" would start from Object itself.
 */
export function count<T>(
  items: readonly T[],
  keys: (x: T) => readonly string[],
): Record<string, number> {
  const out = new Map<string, number>();
  for (const x of items) for (const k of keys(x)) out.set(k, (out.get(k) ?? 0) + 1);
  // fromEntries defines own properties, so even "__proto__" stays an ordinary key.
  return Object.fromEntries(
    [...out].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
  );
}

function run(values: Values, _positionals: string[], io: Io): number {
  const format = oneOf('format', values.format, ['text', 'json'] as const) ?? 'text';
  const active = findPositions();
  const result = {
    version: dataset.version,
    fingerprint: dataset.fingerprint,
    documents: documents.length,
    positions: { active: active.length, withdrawn: positions.length - active.length },
    byDocument: count(active, (p) => [p.document]),
    byActor: count(active, (p) => [p.actor]),
    byTopic: count(active, (p) => p.topics.slice(0, 1)),
    byStance: count(active, (p) => [p.stance.value]),
    bySpeechAct: count(active, (p) => [p.speechAct]),
    byArticle: count(active, (p) => p.articles.map((a) => `${a.instrument} art. ${a.article}`)),
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
      `cybercrime-positions ${result.version} (data ${result.fingerprint.slice(0, 12)}): ${result.documents} document(s), ${result.positions.active} active position(s), ${result.positions.withdrawn} withdrawn`,
      block('by document', result.byDocument),
      block('by actor', result.byActor),
      block('by primary topic', result.byTopic),
      block('by stance', result.byStance),
      block('by speech act', result.bySpeechAct),
      block('by article', result.byArticle),
    ].join('\n\n'),
  );
  return 0;
}

export const statsCommand: Command = {
  name: 'stats',
  summary: 'Count positions by document, actor, topic, stance, speech act, article',
  help,
  options: { format: { type: 'string', short: 'f' }, help: { type: 'boolean', short: 'h' } },
  positionals: false,
  run,
};
