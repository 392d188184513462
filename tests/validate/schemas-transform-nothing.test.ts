import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DocumentFile } from '../../src/schema/document.ts';
import { FILE_SCHEMAS } from '../../src/validate/load.ts';

// The loader keeps the parsed JSON as the validated value instead of Zod's copy of it
// (src/validate/load.ts). That is right only while no schema changes what it parses: no default,
// no transform, no object that strips unknown keys. Such a schema reads differently as input and
// as output (or cannot be written as JSON Schema at all), which is what this looks at.
const sameBothWays = (schema: z.ZodType) =>
  JSON.stringify(z.toJSONSchema(schema, { io: 'input' })) ===
  JSON.stringify(z.toJSONSchema(schema, { io: 'output' }));

describe('the file schemas', () => {
  it.each(Object.entries({ ...FILE_SCHEMAS, 'documents/*.json': DocumentFile }))(
    '%s gives back exactly what it parses',
    (_file, schema) => {
      expect(sameBothWays(schema as z.ZodType)).toBe(true);
    },
  );

  it('would show a default, a loose object or a transform (fixtures)', () => {
    expect(sameBothWays(z.strictObject({ a: z.string().default('x') }))).toBe(false);
    expect(sameBothWays(z.object({ a: z.string() }))).toBe(false);
    expect(() => sameBothWays(z.strictObject({ a: z.string().transform(Number) }))).toThrow();
    expect(sameBothWays(z.strictObject({ a: z.string() }))).toBe(true);
  });
});
