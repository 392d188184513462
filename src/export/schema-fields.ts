import type { z } from 'zod';

// The CSV tables describe their columns with what the Zod schemas already say, so that a column's
// description and its closed list of values have one definition, the schema's.

type Walkable = z.ZodType & {
  unwrap?: () => z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: readonly unknown[];
};

const description = (schema: z.ZodType): string | undefined =>
  (schema.meta() as { description?: string } | undefined)?.description;

/** The schemas along a dotted path (`stance.target.ref.type`), each wrapper kept with its inner one. */
function walk(root: z.ZodType, path: string): z.ZodType[] {
  let at = root as Walkable;
  const trail: z.ZodType[] = [at];
  for (const key of path.split('.')) {
    while (!at.shape?.[key] && (at.unwrap || at.element)) {
      at = (at.unwrap ? at.unwrap() : at.element) as Walkable;
      trail.push(at);
    }
    const next = at.shape?.[key];
    if (!next) throw new Error(`the schema has no field "${key}" on the path "${path}"`);
    at = next as Walkable;
    trail.length = 0;
    trail.push(at);
  }
  while (at.unwrap || at.element) {
    at = (at.unwrap ? at.unwrap() : at.element) as Walkable;
    trail.push(at);
  }
  return trail;
}

/** The description the schema gives the field at `path`; throws if it has none. */
export function describeField(root: z.ZodType, path: string): string {
  for (const schema of walk(root, path)) {
    const text = description(schema);
    if (text) return text;
  }
  throw new Error(`the schema field "${path}" has no description: add .meta({ description })`);
}

/** The closed list of values the schema allows at `path`; throws if it is not an enum. */
export function enumOfField(root: z.ZodType, path: string): readonly string[] {
  const last = walk(root, path).at(-1) as Walkable;
  if (!Array.isArray(last.options)) throw new Error(`the schema field "${path}" is not an enum`);
  return last.options as string[];
}
