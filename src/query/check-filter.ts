// findPositions answers only what it can: a filter key it does not know (a typo such as
// "stanse") or a value outside a closed list would otherwise filter nothing, or everything,
// without a word. Here such a filter is a TypeError that names the valid choices.
import { data } from '../data.ts';
import type { Provision } from '../provision.ts';
import { nearest } from '../text/nearest.ts';
import { parseArticle, shownInput } from './article-filter.ts';
import type { PositionFilter } from './position-filter.ts';
import { impossibleProvision } from './provision-exists.ts';

/** Every key PositionFilter has; the type check below fails when the two differ. */
export const FILTER_KEYS = [
  'actor',
  'document',
  'topic',
  'stance',
  'speechAct',
  'targetKind',
  'article',
  'paragraph',
  'text',
  'status',
] as const satisfies readonly (keyof PositionFilter)[];
type Unlisted = Exclude<keyof PositionFilter, (typeof FILTER_KEYS)[number]>;
const allListed: [Unlisted] extends [never] ? true : Unlisted = true;
void allListed;

export const STATUSES = ['active', 'withdrawn', 'all'] as const;

/** The filter with every value checked: null means not given, the article is resolved. */
export interface CheckedFilter extends Omit<PositionFilter, 'article' | 'paragraph'> {
  article?: Provision;
  paragraph?: number;
}

const list = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');
const shown = shownInput;

const KNOWN: Record<'actor' | 'document' | 'topic', () => readonly string[]> = {
  actor: () => data.actors.map((a) => a.id),
  document: () => data.documents.map((d) => d.id),
  topic: () => data.topics.map((t) => t.id),
};

/**
 * An actor, document or topic id the data has. A typo would otherwise filter everything out
 * without a word; the message names the nearest id, and the ids when they are few.
 */
function knownId(key: 'actor' | 'document' | 'topic', value: unknown): string {
  const id = text(key, value);
  const known = KNOWN[key]();
  if (known.includes(id)) return id;
  const near = nearest(id, known);
  const listed =
    known.length <= 20
      ? `: the ${key}s are ${list(known)}`
      : ` (${known.length} ${key}s in the data)`;
  throw new TypeError(
    `findPositions: ${key} ${shown(id)} is not in the data${near ? `; did you mean "${near}"?` : ''}${listed}`,
  );
}

function oneOf(key: string, value: unknown, choices: readonly string[]): string {
  if (typeof value === 'string' && choices.includes(value)) return value;
  throw new TypeError(`findPositions: ${key} ${shown(value)} is not one of ${list(choices)}`);
}

function text(key: string, value: unknown): string {
  if (typeof value === 'string') return value;
  throw new TypeError(`findPositions: ${key} must be a string (got ${shown(value)})`);
}

/** Checks a findPositions filter; throws a TypeError naming the valid keys or values. */
export function checkFilter(filter: PositionFilter | null | undefined): CheckedFilter {
  if (filter === null || filter === undefined) return {};
  if (typeof filter !== 'object' || Array.isArray(filter))
    throw new TypeError(
      `findPositions takes an object such as { actor: 'IRN' } (got ${Array.isArray(filter) ? 'an array' : typeof filter})`,
    );
  const out: CheckedFilter = {};
  for (const key of Object.keys(filter)) {
    if (!(FILTER_KEYS as readonly string[]).includes(key))
      throw new TypeError(
        `findPositions: unknown filter key "${key}"; the keys are ${FILTER_KEYS.join(', ')}`,
      );
    const value = (filter as Record<string, unknown>)[key];
    if (value === undefined || value === null) continue;
    switch (key as (typeof FILTER_KEYS)[number]) {
      case 'stance':
        out.stance = oneOf(
          key,
          value,
          data.vocabularies.stance.map((t) => t.id),
        ) as CheckedFilter['stance'];
        break;
      case 'speechAct':
        out.speechAct = oneOf(
          key,
          value,
          data.vocabularies.speechAct.map((t) => t.id),
        ) as CheckedFilter['speechAct'];
        break;
      case 'targetKind':
        out.targetKind = oneOf(
          key,
          value,
          data.vocabularies.targetKind.map((t) => t.id),
        ) as CheckedFilter['targetKind'];
        break;
      case 'status':
        out.status = oneOf(key, value, STATUSES) as CheckedFilter['status'];
        break;
      case 'article': {
        const ref = parseArticle(value);
        const impossible = impossibleProvision(ref, data.instruments);
        if (impossible) throw new TypeError(`findPositions: article ${shown(value)} ${impossible}`);
        out.article = ref;
        break;
      }
      case 'paragraph': {
        const n = typeof value === 'string' && /^[1-9][0-9]*$/.test(value) ? Number(value) : value;
        if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 1)
          throw new TypeError(
            `findPositions: paragraph must be a whole number from 1 (got ${shown(value)})`,
          );
        out.paragraph = n;
        break;
      }
      case 'actor':
      case 'document':
      case 'topic':
        out[key as 'actor' | 'document' | 'topic'] = knownId(key as 'actor', value);
        break;
      case 'text':
        out.text = text(key, value);
        break;
    }
  }
  return out;
}
