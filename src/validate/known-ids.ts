import type { LoadedData } from './load.ts';

/** The ids references may point at, each undefined when its file failed its schema. */
export interface KnownIds {
  actors: Set<string> | undefined;
  topics: Set<string> | undefined;
  events: Set<string> | undefined;
  /** Instrument id → its article numbers. */
  instruments: Map<string, Set<number>> | undefined;
}

/**
 * The ids of the vocabulary files. A file that failed its schema is reported already, so its
 * set is undefined and references into it are not checked: one mistake does not bury the others.
 */
export function knownIds(data: LoadedData): KnownIds {
  const idsOf = <T extends { id: string }>(items: readonly T[] | undefined) =>
    items ? new Set(items.map((x) => x.id)) : undefined;
  return {
    actors: idsOf(data.actors?.value?.actors),
    topics: idsOf(data.topics?.value?.topics),
    events: idsOf(data.events?.value?.events),
    instruments: data.instruments?.value
      ? new Map(
          data.instruments.value.instruments.map((ins) => [
            ins.id,
            new Set(ins.articles.map((a) => a.number)),
          ]),
        )
      : undefined,
  };
}
