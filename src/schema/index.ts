// The Zod schemas, for those who validate their own extensions of the data.

export * from './actor.ts';
export * from './common.ts';
export * from './dataset.ts';
export * from './document.ts';
export * from './event.ts';
export * from './folding.ts';
export * from './instrument.ts';
export * from './position.ts';
export * from './released.ts';
export * from './reliability.ts';
export * from './survey.ts';
export * from './topic.ts';
export * from './vocabularies.ts';
