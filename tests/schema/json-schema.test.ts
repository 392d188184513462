import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../tools/paths.ts';

// The JSON Schemas are what R and Python users validate with; prove them with a validator that is
// not Zod.
function validatorFor(name: string) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  return ajv.compile(JSON.parse(readFileSync(fromRoot(`schema/${name}`), 'utf8')) as object);
}
const read = (path: string) => JSON.parse(readFileSync(fromRoot(path), 'utf8')) as unknown;

const FILES: [string, string][] = [
  ['actors.schema.json', 'data/actors.json'],
  ['topics.schema.json', 'data/topics.json'],
  ['instruments.schema.json', 'data/instruments.json'],
  ['events.schema.json', 'data/events.json'],
  ['vocabularies.schema.json', 'data/vocabularies.json'],
  ['released-ids.schema.json', 'data/released-ids.json'],
  ...readdirSync(fromRoot('data/documents')).map((f): [string, string] => [
    'document.schema.json',
    `data/documents/${f}`,
  ]),
];

describe('the published JSON Schemas', () => {
  it.each(FILES)('%s accepts %s', (schema, file) => {
    const validate = validatorFor(schema);
    expect(validate(read(file)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('dataset.schema.json accepts the built dist/data.json, and position.schema.json each position', () => {
    const dataset = read('dist/data.json') as { positions: unknown[] };
    const validate = validatorFor('dataset.schema.json');
    expect(validate(dataset), JSON.stringify(validate.errors)).toBe(true);
    const position = validatorFor('position.schema.json');
    for (const p of dataset.positions)
      expect(position(p), JSON.stringify(position.errors)).toBe(true);
  });

  it.each(FILES.map(([schema]) => schema).filter((s, i, all) => all.indexOf(s) === i))(
    '%s rejects {}',
    (schema) => {
      expect(validatorFor(schema)({})).toBe(false);
    },
  );

  it('rejects a document with an unknown field, a bad stance and a bad id', () => {
    const validate = validatorFor('document.schema.json');
    const doc = structuredClone(read('tests/fixtures/valid/documents/tst-2025-demo.json')) as {
      positions: { id: string; stanse?: string; stance: { value: string } }[];
    };
    const position = doc.positions[0];
    if (!position) throw new Error('fixture has no position');
    position.stanse = 'support';
    position.stance.value = 'against';
    position.id = 'tst-2025-demo.7';
    expect(validate(doc)).toBe(false);
    const where = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
    expect(where).toEqual(
      expect.arrayContaining([
        '/positions/0 additionalProperties',
        '/positions/0/stance/value enum',
        '/positions/0/id pattern',
      ]),
    );
  });
});

describe('the JSON Schemas document themselves', () => {
  type Node = { [k: string]: unknown };
  const undocumented = (schema: Node): string[] => {
    const defs = (schema.$defs ?? {}) as Record<string, Node>;
    const described = (node: Node) =>
      typeof node.description === 'string' ||
      (typeof node.$ref === 'string' &&
        typeof defs[node.$ref.split('/').pop() ?? '']?.description === 'string');
    const missing: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      const n = node as Node;
      for (const [key, value] of Object.entries((n.properties ?? {}) as Record<string, Node>)) {
        if (!described(value)) missing.push(`${path}/${key}`);
        walk(value, `${path}/${key}`);
      }
      walk(n.items, `${path}[]`);
      for (const [name, def] of Object.entries((n.$defs ?? {}) as Record<string, Node>))
        walk(def, name);
      for (const alt of [...((n.anyOf ?? []) as Node[]), ...((n.oneOf ?? []) as Node[])])
        walk(alt, path);
    };
    walk(schema, '');
    return missing;
  };

  it.each(readdirSync(fromRoot('schema')))('every property of %s has a description', (name) => {
    expect(undocumented(read(`schema/${name}`) as Node)).toEqual([]);
  });

  it('the check finds a property without one', () => {
    expect(undocumented({ type: 'object', properties: { a: { type: 'string' } } })).toEqual(['/a']);
  });
});
