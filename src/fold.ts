import { data } from './data.ts';
import { makeFold } from './text/fold.ts';

/**
 * Folds text as the search does, e.g. to build your own index.
 *
 * @example
 * foldText('بین‌المللی') === foldText('بین المللی') // true
 */
export const foldText: (text: string) => string = makeFold(data.folding);
