import { data } from './data.ts';
import { makeFold } from './text/fold.ts';

/**
 * Folds text as the search does, e.g. to build your own index.
 *
 * @example
 * foldText('بین‌المللی') === foldText('بین المللی') // true
 */
const fold = makeFold(data.folding);
export const foldText = (text: string): string => {
  if (typeof text !== 'string')
    throw new TypeError(`foldText takes a string (got ${text === null ? 'null' : typeof text})`);
  return fold(text);
};
