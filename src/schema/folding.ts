import { z } from 'zod';
import { English, SchemaPointer } from './common.ts';

const CodePoint = z
  .string()
  .regex(/^U\+[0-9A-F]{4,6}$/, 'must be a code point written "U+XXXX", upper-case hex')
  .meta({ description: 'A Unicode code point written U+XXXX.' });

export const FoldingTable = z
  .strictObject({
    $schema: SchemaPointer.optional(),
    id: z
      .string()
      .regex(/^[a-z]+-fold-v\d+$/)
      .meta({
        description:
          'Table id with its version, e.g. "fa-fold-v1"; a change of rules is a new version.',
      }),
    description: English.meta({ description: 'What the folding is for.' }),
    normalization: z
      .enum(['NFC', 'NFKC'])
      .meta({ description: 'Unicode normalization applied first.' }),
    lowercase: z
      .boolean()
      .meta({ description: 'Whether to lower-case (locale-independent) after normalization.' }),
    map: z
      .array(
        z.strictObject({
          from: CodePoint,
          to: z.string().meta({ description: 'Replacement text (ASCII or Persian letters).' }),
          name: English,
        }),
      )
      .meta({ description: 'Characters replaced by others, one for one.' }),
    remove: z
      .array(z.strictObject({ char: CodePoint, name: English }))
      .meta({ description: 'Characters deleted.' }),
    removeWhitespace: z.boolean().meta({
      description:
        'Whether all whitespace is deleted, so that spacing and half-spacing variants match.',
    }),
  })
  .meta({
    id: 'FoldingTable',
    title: 'FoldingTable',
    description:
      'How text is folded for search: apply normalization, lowercase, map, remove, then whitespace removal, to query and text alike.',
  });
