// The filter findPositions takes, apart from query.ts so that its checking (check-filter.ts)
// can name its keys without importing the queries.
import type { ActorId, DocumentId, TopicId } from '../generated/ids.ts';
import type { SpeechAct, StanceValue, TargetKind } from '../generated/types.ts';
import type { ProvisionQuery } from '../provision.ts';

/** What `findPositions` can filter on; every field given must match. */
export interface PositionFilter {
  /** Actor id, e.g. `'IRN'`. */
  actor?: ActorId | (string & {});
  /** Document id, e.g. `'irn-2025-hanoi'`. */
  document?: DocumentId | (string & {});
  /** Topic id; positions filed under any of its descendants match too. */
  topic?: TopicId | (string & {});
  /** Stance value. */
  stance?: StanceValue;
  /** What kind of thing the stance is about; stances mean something only within one kind. */
  targetKind?: TargetKind;
  /** Speech act. */
  speechAct?: SpeechAct;
  /**
   * A treaty provision: `14` or `'14'` (article 14 of the Convention, `unccc-2024`, with all its
   * paragraphs), `'14(3)'` or `'14.3'` (paragraph 3 and its subparagraphs), `'1(b)'`,
   * `'opsc-2000:2(c)'`, or `{ instrument, article, paragraph, subparagraph }`.
   */
  article?: ProvisionQuery;
  /** Paragraph number in the source, from 1 (usually with `document`). */
  paragraph?: number;
  /**
   * Text to find in the quote or its English translation, folded as people type: with or without
   * zero-width non-joiners and spaces, Arabic or Persian yeh and kaf, any digits, any case. Taken
   * literally (no patterns); an empty or all-space text filters nothing.
   */
  text?: string;
  /** Which positions: `'active'` (the default), `'withdrawn'` (tombstones) or `'all'`. */
  status?: 'active' | 'withdrawn' | 'all';
}
