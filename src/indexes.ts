import { data } from './data.ts';
import { everyPosition } from './every-position.ts';
import { foldText } from './fold.ts';
import type { Actor, Document, Position, Topic } from './generated/types.ts';
import { provisionKeys } from './provision.ts';
import { buildTrigramIndex, type TrigramIndex } from './text/trigrams.ts';
import { withAncestors } from './topic-tree.ts';

type Index<K, V> = ReadonlyMap<K, readonly V[]>;

export interface Indexes {
  positionById: ReadonlyMap<string, Position>;
  documentById: ReadonlyMap<string, Document>;
  actorById: ReadonlyMap<string, Actor>;
  topicById: ReadonlyMap<string, Topic>;
  /** Active positions by each value of a field; a topic also lists the positions of its descendants. */
  byActor: Index<string, Position>;
  byDocument: Index<string, Position>;
  byTopic: Index<string, Position>;
  byStance: Index<string, Position>;
  bySpeechAct: Index<string, Position>;
  byTargetKind: Index<string, Position>;
  /** Under its own key and every enclosing provision's (see provisionKeys). */
  byProvision: Index<string, Position>;
  /** Every position, in force and withdrawn, in document then id order (see everyPosition). */
  all: readonly Position[];
  active: readonly Position[];
  withdrawn: readonly Position[];
}

function group<V>(items: readonly V[], keys: (item: V) => readonly string[]): Index<string, V> {
  const map = new Map<string, V[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      let list = map.get(key);
      if (!list) {
        list = [];
        map.set(key, list);
      }
      list.push(item);
    }
  }
  for (const list of map.values()) Object.freeze(list);
  return map;
}

let built: Indexes | undefined;

/** Every lookup table, built once on first use, then shared by every call. */
export function indexes(): Indexes {
  if (built) return built;
  const all = Object.freeze(everyPosition(data));
  const active = data.positions;
  const topicParent = new Map(data.topics.map((t) => [t.id, t.parent]));
  const ancestorsOf = (id: string) => withAncestors(id, (at) => topicParent.get(at));
  built = {
    positionById: new Map(all.map((p) => [p.id, p])),
    documentById: new Map(data.documents.map((d) => [d.id, d])),
    actorById: new Map(data.actors.map((a) => [a.id, a])),
    topicById: new Map(data.topics.map((t) => [t.id, t])),
    byActor: group(active, (p) => [p.actor]),
    byDocument: group(active, (p) => [p.document]),
    byTopic: group(active, (p) => p.topics.flatMap(ancestorsOf)),
    byStance: group(active, (p) => [p.stance.value]),
    bySpeechAct: group(active, (p) => [p.speechAct]),
    byTargetKind: group(active, (p) => [p.stance.target.kind]),
    byProvision: group(active, (p) => p.articles.flatMap(provisionKeys)),
    all,
    active,
    withdrawn: data.withdrawn,
  };
  return built;
}

/** The fields a position has exactly one value of, which composite indexes combine. */
export const SINGLE_FIELDS = ['actor', 'document', 'stance', 'speechAct', 'targetKind'] as const;
export type SingleField = (typeof SINGLE_FIELDS)[number];
const SINGLE_VALUE: Record<SingleField, (p: Position) => string> = {
  actor: (p) => p.actor,
  document: (p) => p.document,
  stance: (p) => p.stance.value,
  speechAct: (p) => p.speechAct,
  targetKind: (p) => p.stance.target.kind,
};

const composites = new Map<string, Index<string, Position>>();

/** Active positions by the joined values of several single-valued fields, built once per combination. */
export function compositeIndex(fields: readonly SingleField[]): Index<string, Position> {
  const name = fields.join('+');
  let index = composites.get(name);
  if (!index) {
    const getters = fields.map((f) => SINGLE_VALUE[f]);
    index = group(indexes().active, (p) => [getters.map((g) => g(p)).join('\u0000')]);
    composites.set(name, index);
  }
  return index;
}

export interface SearchIndex {
  fold: (text: string) => string;
  /** Folded quote and folded translation of each position (as in indexes().all), kept apart so no match spans both. */
  folded: readonly (readonly [string, string])[];
  /** Trigram lists over the folded texts: the positions (indexes().all order) whose texts include a needle. */
  trigrams: TrigramIndex;
}

let search: SearchIndex | undefined;

/** The folded texts and their trigram index, built on the first text search only (most users never search). */
export function searchIndex(): SearchIndex {
  if (search) return search;
  const fold = foldText;
  const folded = indexes().all.map((p) => [fold(p.quote.text), fold(p.translation.en)] as const);
  search = { fold, folded, trigrams: buildTrigramIndex(folded) };
  return search;
}
