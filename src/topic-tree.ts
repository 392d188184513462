/** How to find a topic's parent: a lookup, so that each caller keeps the index it already has. */
export type ParentOf = (id: string) => string | undefined;

/**
 * A topic followed by its ancestors, nearest first. The validator rejects a cycle in the taxonomy,
 * but this also serves the validator and hand-made data: the walk stops at the first topic met
 * twice and names it in `cycleAt`, instead of looping forever.
 */
export function ancestry(id: string, parentOf: ParentOf): { chain: string[]; cycleAt?: string } {
  const chain: string[] = [];
  const seen = new Set<string>();
  for (let at: string | undefined = id; at !== undefined; at = parentOf(at)) {
    if (seen.has(at)) return { chain, cycleAt: at };
    seen.add(at);
    chain.push(at);
  }
  return { chain };
}

/** The topic and its ancestors, nearest first (see ancestry()). */
export function withAncestors(id: string, parentOf: ParentOf): string[] {
  return ancestry(id, parentOf).chain;
}
