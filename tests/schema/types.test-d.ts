// Compiled by `tsc -p .` (the first step of `npm test`): the zod-free public types generated from the
// JSON Schema and the Zod schemas' own types must describe the same values.
import type { z } from 'zod';
import type * as Generated from '../../src/generated/types.ts';
import type * as Schema from '../../src/schema/index.ts';

type MutuallyAssignable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
// The public types are readonly, as the package's data is frozen; the Zod types are not.
type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;
type Assert<T extends true> = T;

export type Checks = [
  Assert<MutuallyAssignable<Generated.Dataset, DeepReadonly<z.infer<typeof Schema.Dataset>>>>,
  Assert<MutuallyAssignable<Generated.Position, DeepReadonly<z.infer<typeof Schema.Position>>>>,
  Assert<MutuallyAssignable<Generated.Document, DeepReadonly<z.infer<typeof Schema.Document>>>>,
  Assert<MutuallyAssignable<Generated.Actor, DeepReadonly<z.infer<typeof Schema.Actor>>>>,
  Assert<MutuallyAssignable<Generated.Topic, DeepReadonly<z.infer<typeof Schema.Topic>>>>,
  Assert<MutuallyAssignable<Generated.Instrument, DeepReadonly<z.infer<typeof Schema.Instrument>>>>,
  Assert<MutuallyAssignable<Generated.Event, DeepReadonly<z.infer<typeof Schema.Event>>>>,
  Assert<
    MutuallyAssignable<Generated.StanceValue, DeepReadonly<z.infer<typeof Schema.StanceValue>>>
  >,
  Assert<MutuallyAssignable<Generated.SpeechAct, DeepReadonly<z.infer<typeof Schema.SpeechAct>>>>,
];

// The check can fail: a type that lacks a field, or widens a closed list, is not accepted.
type WithoutQuote = Omit<z.infer<typeof Schema.Position>, 'quote'>;
type WithoutQuoteCheck = MutuallyAssignable<Generated.Position, DeepReadonly<WithoutQuote>>;
// @ts-expect-error a Position without its quote is not a Position
export type MissingField = Assert<WithoutQuoteCheck>;
// @ts-expect-error a stance value of any string is not the closed list
export type WidenedEnum = Assert<MutuallyAssignable<Generated.StanceValue, string>>;
