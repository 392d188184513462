import { data } from './data.ts';
import type { Folding } from './generated/types.ts';
import { type SurveySummary, summarizeSurveys } from './survey-summary.ts';

export { CITE_FORMATS, type CiteFormat, cite } from './cite.ts';
export { foldText } from './fold.ts';
export type { ActorId, DocumentId, TopicId } from './generated/ids.ts';
export type * from './generated/types.ts';
export {
  type Provision,
  type ProvisionQuery,
  parseProvision,
  provisionKey,
  provisionNumber,
} from './provision.ts';
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
  type StanceBasisOption,
  type StanceCounts,
  type StanceMatrix,
  type StanceMatrixOptions,
  stanceMatrix,
} from './query.ts';
// Agreement between codings (zero dependencies): Krippendorff's alpha and the matching of claims.
export {
  type AlphaOptions,
  type AlphaResult,
  bootstrapAlpha,
  type Interval,
  jaccardDistance,
  krippendorffAlpha,
  type Metric,
  masiDistance,
} from './reliability/alpha.ts';
export { MATCH_RULE, matchUnits } from './reliability/units.ts';
export type { SurveySummary } from './survey-summary.ts';

/**
 * The positions in force (status `active`), by document then id: what to count and tabulate.
 * Frozen. Withdrawn ids are in `withdrawn`; `getPosition` and `cite` resolve both.
 */
export const positions = data.positions;
/**
 * The withdrawn positions (tombstones), by document then id, each with its old coding and
 * `withdrawal.supersededBy`: kept so that a citation of a withdrawn id still resolves. Frozen.
 */
export const withdrawn = data.withdrawn;
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
/**
 * For each debate surveyed, every speech read and whether it names the Convention, mentions
 * cybercrime only in general, or neither. Frozen. `surveySummary()` counts them.
 */
export const surveys = data.surveys;
/** The counts of each survey: speeches read, and how many named the Convention. */
export const surveySummary = (): SurveySummary[] => summarizeSurveys(data.surveys);
/** Labels and definitions of the closed vocabularies. Frozen. */
export const vocabularies = data.vocabularies;
/** Which data this is: package version, data fingerprint (SHA-256), codebook version, release date. */
export const metadata = data.__meta;
/**
 * The old name of `metadata`, kept so that code written for 0.1 still works.
 * @deprecated It holds the metadata, not the dataset: use `metadata`.
 */
export const dataset = metadata;
/** The search folding table (versioned data, for other languages to fold the same way). */
export const folding: Folding = data.folding;
