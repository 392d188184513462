// Compiled by `tsc -p .` (tests/typecheck.test.ts): the zod-free public types generated from the
// JSON Schema and the Zod schemas' own types must describe the same values.
import type { z } from 'zod';
import type * as Generated from '../../src/generated/types.ts';
import type * as Schema from '../../src/schema/index.ts';

type MutuallyAssignable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

export type Checks = [
  Assert<MutuallyAssignable<Generated.Dataset, z.infer<typeof Schema.Dataset>>>,
  Assert<MutuallyAssignable<Generated.Position, z.infer<typeof Schema.Position>>>,
  Assert<MutuallyAssignable<Generated.Document, z.infer<typeof Schema.Document>>>,
  Assert<MutuallyAssignable<Generated.Actor, z.infer<typeof Schema.Actor>>>,
  Assert<MutuallyAssignable<Generated.Topic, z.infer<typeof Schema.Topic>>>,
  Assert<MutuallyAssignable<Generated.Instrument, z.infer<typeof Schema.Instrument>>>,
  Assert<MutuallyAssignable<Generated.Event, z.infer<typeof Schema.Event>>>,
  Assert<MutuallyAssignable<Generated.StanceValue, z.infer<typeof Schema.StanceValue>>>,
  Assert<MutuallyAssignable<Generated.SpeechAct, z.infer<typeof Schema.SpeechAct>>>,
];

// The check can fail: a type that lacks a field, or widens a closed list, is not accepted.
type WithoutQuote = Omit<z.infer<typeof Schema.Position>, 'quote'>;
// @ts-expect-error a Position without its quote is not a Position
export type MissingField = Assert<MutuallyAssignable<Generated.Position, WithoutQuote>>;
// @ts-expect-error a stance value of any string is not the closed list
export type WidenedEnum = Assert<MutuallyAssignable<Generated.StanceValue, string>>;
