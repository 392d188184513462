import { dataset } from './data.ts';

export type * from './generated/types.ts';

export const positions = dataset.positions;
export const documents = dataset.documents;
export const actors = dataset.actors;
export const topics = dataset.topics;
export const instruments = dataset.instruments;
export const events = dataset.events;
export const vocabularies = dataset.vocabularies;
