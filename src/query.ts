import { tally } from './count.ts';
import type {
  Actor,
  Document,
  Paragraph,
  Position,
  StanceBasis,
  StanceValue,
  TargetKind,
  Topic,
} from './generated/types.ts';
import { compositeIndex, indexes, SINGLE_FIELDS, searchIndex } from './indexes.ts';
import { annotationOf } from './paragraph-annotation.ts';
import { type Provision, provisionKey } from './provision.ts';
import { checkFilter } from './query/check-filter.ts';
import type { PositionFilter } from './query/position-filter.ts';
import { withAncestors } from './topic-tree.ts';

export { CONVENTION } from './provision.ts';

export type { PositionFilter } from './query/position-filter.ts';

/**
 * The position with this id, withdrawn ones included (a tombstone carries
 * `withdrawal.supersededBy`); `undefined` for an unknown id.
 *
 * @example
 * getPosition('irn-2025-hanoi.c37')?.stance.value // 'support'
 */
export function getPosition(id: string): Position | undefined {
  return typeof id === 'string' ? indexes().positionById.get(id) : undefined;
}

/**
 * The active positions an id now stands for: itself if active, else the positions that superseded
 * it (followed through later withdrawals); `[]` for an unknown id or one withdrawn without successor.
 *
 * @example
 * currentPositions('irn-2025-hanoi.c01').map((p) => p.id) // ['irn-2025-hanoi.c01']
 */
export function currentPositions(id: string): readonly Position[] {
  const seen = new Set<string>();
  const out: Position[] = [];
  const visit = (at: string) => {
    if (seen.has(at)) return;
    seen.add(at);
    const p = getPosition(at);
    if (!p) return;
    if (p.status === 'active') out.push(p);
    else for (const next of p.withdrawal?.supersededBy ?? []) visit(next);
  };
  visit(id);
  return out;
}

/**
 * The document with this id, with its paragraphs; `undefined` for an unknown id.
 *
 * @example
 * getDocument('irn-2025-hanoi')?.speaker.name.en // 'Vahid Jalalzadeh'
 */
export function getDocument(id: string): Document | undefined {
  return typeof id === 'string' ? indexes().documentById.get(id) : undefined;
}

/**
 * The actor with this id; `undefined` for an unknown id.
 *
 * @example
 * getActor('IRN')?.name.en // 'Iran (Islamic Republic of)'
 */
export function getActor(id: string): Actor | undefined {
  return typeof id === 'string' ? indexes().actorById.get(id) : undefined;
}

/**
 * The topic with this id; `undefined` for an unknown id.
 *
 * @example
 * getTopic('technology-transfer')?.parent // 'technical-assistance'
 */
export function getTopic(id: string): Topic | undefined {
  return typeof id === 'string' ? indexes().topicById.get(id) : undefined;
}

const EMPTY: readonly Position[] = Object.freeze([]);

/**
 * The positions that match every field of the filter, in the dataset's order (document, then id).
 * Lookups use indexes built once. A key that is not a filter key, an actor, document or topic id
 * the data does not have (with the nearest id), a stance, target kind, speech act or status outside
 * its list, an article in no form `parseProvision` reads, of an unknown instrument, or that cannot
 * exist (past the instrument's article count, or a paragraph its article does not have) throws a
 * TypeError naming the valid choices; a provision that may exist but that no position refers to
 * gives `[]`; a key set to null counts as not given.
 *
 * @example
 * findPositions({ article: 14, speechAct: 'interpretation' }).map((p) => p.id) // ['irn-2025-hanoi.c37']
 * findPositions({ article: '14(3)', stance: 'oppose' }).map((p) => p.id) // ['irn-2025-hanoi.c33', 'irn-2025-hanoi.c34', 'irn-2025-hanoi.c35']
 * findPositions({ actor: 'IRN', topic: 'technical-assistance' }).length // 4
 * findPositions({ text: 'انتقال فناوری' })[0]?.id // 'irn-2025-hanoi.c19'
 */
export function findPositions(given: PositionFilter | null = {}): readonly Position[] {
  const filter = checkFilter(given);
  const ix = indexes();
  const status = filter.status ?? 'active';
  const lists: (readonly Position[] | undefined)[] = [];
  const checks: ((p: Position) => boolean)[] = [];

  // Each indexed field narrows to a list; on withdrawn positions (few, and not indexed) it is a check.
  const field = <V>(
    value: V | undefined,
    index: ReadonlyMap<string, readonly Position[]>,
    key: (v: V) => string | undefined,
    test: (p: Position, v: V) => boolean,
  ) => {
    if (value === undefined) return;
    const k = key(value);
    if (k === undefined) {
      lists.push(EMPTY);
      return;
    }
    if (status === 'active') lists.push(index.get(k) ?? EMPTY);
    else checks.push((p) => test(p, value));
  };
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  // Two or more single-valued fields are answered by one composite index (built on first use for
  // that combination of fields), not by intersecting long lists.
  const single = SINGLE_FIELDS.filter((f) => filter[f] !== undefined);
  if (status === 'active' && single.length >= 2) {
    const values = single.map((f) => str(filter[f]));
    lists.push(
      values.some((v) => v === undefined)
        ? EMPTY
        : (compositeIndex(single).get(values.join('\u0000')) ?? EMPTY),
    );
  } else {
    field(filter.actor, ix.byActor, str, (p, v) => p.actor === v);
    field(filter.document, ix.byDocument, str, (p, v) => p.document === v);
    field(filter.stance, ix.byStance, str, (p, v) => p.stance.value === v);
    field(filter.speechAct, ix.bySpeechAct, str, (p, v) => p.speechAct === v);
    field(filter.targetKind, ix.byTargetKind, str, (p, v) => p.stance.target.kind === v);
  }
  field(filter.topic, ix.byTopic, str, (p, v) => p.topics.some((t) => topicWithin(t, v)));
  field(
    filter.article,
    ix.byProvision,
    (a) => provisionKey(a),
    (p, a) => within(p, a),
  );
  if (filter.paragraph !== undefined) {
    const n = filter.paragraph;
    checks.push((p) => p.paragraph === n);
  }
  // Text is answered by the trigram index (in dataset order, every status), then narrowed like any list.
  let textHits: readonly Position[] | undefined;
  if (typeof filter.text === 'string') {
    const { fold, trigrams } = searchIndex();
    const needle = fold(filter.text);
    if (needle !== '') {
      const { all } = ix;
      const hits = trigrams.search(needle).map((i) => all[i] as Position);
      textHits = Object.freeze(status === 'all' ? hits : hits.filter((p) => p.status === status));
      if (status === 'active') lists.push(textHits);
    }
  }

  let base: readonly Position[];
  if (status !== 'active' && textHits) base = textHits;
  else if (status === 'all') base = ix.all;
  else if (status === 'withdrawn') base = ix.withdrawn;
  else if (lists.length === 0) base = ix.active;
  else {
    // Start from the shortest list and test membership in the others.
    const sorted = [...(lists as (readonly Position[])[])].sort((a, b) => a.length - b.length);
    base = sorted[0] as readonly Position[];
    for (const other of sorted.slice(1)) {
      const members = memberSet(other);
      checks.push((p) => members.has(p));
    }
  }
  if (checks.length === 0) return base;
  return Object.freeze(base.filter((p) => checks.every((c) => c(p))));
}

const sets = new WeakMap<readonly Position[], ReadonlySet<Position>>();
function memberSet(list: readonly Position[]): ReadonlySet<Position> {
  let set = sets.get(list);
  if (!set) {
    set = new Set(list);
    sets.set(list, set);
  }
  return set;
}

function within(p: Position, ref: Provision): boolean {
  return p.articles.some(
    (x) =>
      x.instrument === ref.instrument &&
      x.article === ref.article &&
      (ref.paragraph === undefined || x.paragraph === ref.paragraph) &&
      (ref.subparagraph === undefined || x.subparagraph === ref.subparagraph),
  );
}

function topicWithin(id: string, ancestor: string): boolean {
  const { topicById } = indexes();
  return withAncestors(id, (at) => topicById.get(at)?.parent).includes(ancestor);
}

/**
 * The paragraphs of a document, with their text, role and translation; `[]` for an unknown id.
 *
 * @example
 * paragraphs('irn-2025-hanoi').map((p) => p.role).slice(0, 2) // ['lede', 'speech']
 */
export function paragraphs(documentId: string): readonly Paragraph[] {
  return getDocument(documentId)?.paragraphs ?? [];
}

/** A position inside its paragraph: the text before the quote, the quote, the text after. */
export interface PositionContext {
  position: Position;
  paragraph: Paragraph;
  before: string;
  quote: string;
  after: string;
}

/**
 * The claim inside its paragraph, split at the quote's code point offsets; `undefined` for an
 * unknown id.
 *
 * @example
 * const c = context('irn-2025-hanoi.c37');
 * c?.before + c?.quote + c?.after === c?.paragraph.text // true
 */
export function context(positionId: string): PositionContext | undefined {
  const position = getPosition(positionId);
  if (!position) return undefined;
  const paragraph = annotationOf(getDocument(position.document)?.paragraphs, position.paragraph);
  if (!paragraph) return undefined;
  const chars = Array.from(paragraph.text);
  return {
    position,
    paragraph,
    before: chars.slice(0, position.quote.start).join(''),
    quote: chars.slice(position.quote.start, position.quote.end).join(''),
    after: chars.slice(position.quote.end).join(''),
  };
}

/** Counts of stance values. */
export type StanceCounts = Readonly<Partial<Record<StanceValue, number>>>;

/**
 * For each actor, topic and target kind, how many active positions take each stance. Stances
 * are counted within one target kind only: opposing a crime and opposing a provision are
 * different things, and no cell adds them up.
 */
export type StanceMatrix = Readonly<
  Record<string, Readonly<Record<string, Readonly<Partial<Record<TargetKind, StanceCounts>>>>>>
>;

/** Which stances `stanceMatrix` counts: those the quote expresses, those inferred, or both. */
export type StanceBasisOption = StanceBasis | 'all';

const BASIS_OPTIONS: readonly StanceBasisOption[] = ['explicit', 'implied', 'all'];

/** Options of `stanceMatrix`. */
export interface StanceMatrixOptions {
  /** Count only each position's first (primary) topic. */
  primaryOnly?: boolean | null;
  /**
   * Which stances to count: `'explicit'` (the default), `'implied'` (inferred by the coder, see
   * `stance.basis`), or `'all'`. An implied stance is never counted unless asked for.
   */
  basis?: StanceBasisOption | null;
}

/**
 * Actors by topics by target kinds, counting the stance values of their active positions. By
 * default every topic of a position counts; with `{ primaryOnly: true }` only its first (primary)
 * topic. By default only explicit stances count; `{ basis: 'implied' }` counts the implied ones
 * alone and `{ basis: 'all' }` both.
 *
 * @example
 * stanceMatrix().IRN?.['unilateral-coercive-measures'] // { policy: { oppose: 3 } }
 * stanceMatrix().IRN?.['child-sexual-exploitation']?.provision // { oppose: 2, support: 1 }
 * stanceMatrix({ basis: 'implied' }).IRN?.['convention-assessment'] // { provision: { oppose: 1 } }
 */
export function stanceMatrix(options: StanceMatrixOptions | null = {}): StanceMatrix {
  type Counts = Partial<Record<StanceValue, number>>;
  const basis = options?.basis ?? 'explicit';
  if (!BASIS_OPTIONS.includes(basis))
    throw new TypeError(
      `stanceMatrix: basis ${typeof basis === 'string' ? `"${basis}"` : String(basis)} is not one of ${BASIS_OPTIONS.map((b) => `"${b}"`).join(', ')}`,
    );
  const matrix = new Map<string, Map<string, Map<TargetKind, Counts>>>();
  for (const p of indexes().active) {
    if (basis !== 'all' && p.stance.basis !== basis) continue;
    let row = matrix.get(p.actor);
    if (!row) {
      row = new Map();
      matrix.set(p.actor, row);
    }
    for (const topic of options?.primaryOnly ? p.topics.slice(0, 1) : p.topics) {
      let kinds = row.get(topic);
      if (!kinds) {
        kinds = new Map();
        row.set(topic, kinds);
      }
      const kind = p.stance.target.kind;
      const cell = kinds.get(kind) ?? {};
      tally(cell, p.stance.value);
      kinds.set(kind, cell);
    }
  }
  // Plain objects for the caller, built from maps so that no id can collide with a prototype key.
  const out: Record<string, Record<string, Partial<Record<TargetKind, Counts>>>> = Object.create(
    null,
  );
  for (const [actor, row] of matrix) {
    const topics: Record<string, Partial<Record<TargetKind, Counts>>> = Object.create(null);
    for (const [topic, kinds] of row) topics[topic] = Object.fromEntries(kinds);
    out[actor] = topics;
  }
  return out;
}
