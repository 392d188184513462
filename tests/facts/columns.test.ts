import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeField, enumOfField } from '../../src/export/schema-fields.ts';
import { TABLES } from '../../src/export/tables.ts';
import { Position } from '../../src/schema/position.ts';

describe('the CSV column descriptions', () => {
  const positions = TABLES.find((t) => t.name === 'positions');
  const field = (name: string) => positions?.fields.find((f) => f.name === name);

  it("are the schema's descriptions of the fields they hold", () => {
    expect(field('quote_start')?.description).toBe(describeField(Position, 'quote.start'));
    expect(field('stance_target_type')?.description).toBe(
      describeField(Position, 'stance.target.ref.type'),
    );
    expect(field('stance_target_type')?.enum).toEqual(
      enumOfField(Position, 'stance.target.ref.type'),
    );
    expect(field('note')?.description).toBe(describeField(Position, 'note'));
    expect(field('note')?.description).toMatch(/^The coder's note: /);
  });

  it('refuse a field the schema lacks or leaves undescribed, naming it', () => {
    const schema = z.object({ a: z.object({ b: z.string() }).optional() });
    expect(() => describeField(schema, 'a.c')).toThrow('no field "c" on the path "a.c"');
    expect(() => describeField(schema, 'a.b')).toThrow(
      'the schema field "a.b" has no description: add .meta({ description })',
    );
    expect(() => enumOfField(schema, 'a.b')).toThrow('"a.b" is not an enum');
  });
});
