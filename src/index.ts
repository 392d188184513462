import { data } from './data.ts';
import type { Folding } from './generated/types.ts';

export { CITE_FORMATS, type CiteFormat, cite } from './cite.ts';
export { foldText } from './fold.ts';
export type { ActorId, DocumentId, TopicId } from './generated/ids.ts';
export type * from './generated/types.ts';
export {
  CONVENTION,
  context,
  currentPositions,
  findPositions,
  getActor,
  getDocument,
  getPosition,
  getTopic,
  type PositionContext,
  type PositionFilter,
  paragraphs,
  type StanceMatrix,
  stanceMatrix,
} from './query.ts';

/** Every position, withdrawn ones (tombstones) included, by document then id. Frozen. */
export const positions = data.positions;
/** Every document, with its source, metadata and paragraphs. Frozen. */
export const documents = data.documents;
/** Every actor. Frozen. */
export const actors = data.actors;
/** The topic taxonomy. Frozen. */
export const topics = data.topics;
/** The instruments, with the articles the data refers to. Frozen. */
export const instruments = data.instruments;
/** Every event. Frozen. */
export const events = data.events;
/** Labels and definitions of the closed vocabularies. Frozen. */
export const vocabularies = data.vocabularies;
/** Which data this is: package version, data fingerprint (SHA-256), codebook version. */
export const dataset = data.__meta;
/** The search folding table (versioned data, for other languages to fold the same way). */
export const folding: Folding = data.folding;
