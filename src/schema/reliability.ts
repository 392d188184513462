import { z } from 'zod';
import { English, IsoDate, SchemaPointer, Slug } from './common.ts';
import { Position, TargetRef } from './position.ts';
import {
  DiscourseRelation,
  ParagraphRole,
  StanceBasis,
  StanceValue,
  TargetKind,
} from './vocabularies.ts';

/**
 * A coder's claim ids are `<document-id>.<letters><nn>` with any letters but a lone `c`, which
 * belongs to the positions: a reliability record can never be mistaken for, or collide with, a
 * position id.
 */
export const CODING_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*\.(?!c[0-9])[a-z]+[0-9]{2,}$/;

export const CodingQuote = z
  .strictObject({
    text: z.string().min(1).meta({ description: 'Verbatim span of the paragraph, byte for byte.' }),
    start: z.int().min(0).optional().meta({
      description:
        'Code point offset of the quote within the paragraph; when given, the text must stand there.',
    }),
    end: z.int().min(1).optional().meta({
      description: 'Code point offset just past the quote; given together with start.',
    }),
    occurrence: z.int().min(1).optional().meta({
      description:
        'Without offsets: which occurrence of the text in the paragraph is meant, when it occurs more than once.',
    }),
  })
  .meta({
    id: 'CodingQuote',
    description: 'The quote, with its code point offsets or, if the coder leaves them out, found.',
  });

/**
 * A coding's stance: as a position's, but the target kind (new in codebook 2.0) and the basis (new
 * in 3.0) may be absent, so that a coding made from an earlier codebook stays valid; the
 * reliability lint asks for each in codings made from the codebook that brought it.
 */
export const CodingStance = z
  .strictObject({
    value: StanceValue,
    basis: StanceBasis.optional(),
    target: z
      .strictObject({
        text: English.meta({ description: 'What the stance is about, in words.' }),
        kind: TargetKind.optional(),
        ref: TargetRef.optional(),
      })
      .meta({ description: 'What the stance is about.' }),
  })
  .meta({
    id: 'CodingStance',
    description:
      'Which way the claim points, and at what; the kind is required from codebook 2.0, the basis from 3.0.',
  });

/** A claim of an independent coding: the fields of a position, under a coder's own id. */
export const CodingPosition = Position.extend({
  id: z
    .string()
    .regex(
      CODING_ID,
      'must be "<document-id>.<letter(s)><nn>" with a letter other than c, e.g. "irn-2025-hanoi.al07"',
    )
    .meta({ description: "The coder's own id for the claim: <document-id>.<letter(s)><nn>." }),
  quote: CodingQuote,
  stance: CodingStance,
  links: z
    .array(
      z.strictObject({
        relation: DiscourseRelation,
        position: z
          .string()
          .regex(CODING_ID, 'must be one of this coding\'s own ids, e.g. "irn-2025-hanoi.al07"')
          .meta({ description: 'Another claim of this coding, by its id.' }),
      }),
    )
    .optional()
    .meta({ description: "Relations to the coder's other claims, marked by connectives." }),
}).meta({
  id: 'CodingPosition',
  description: 'One claim of an independent coding; the same fields as a position.',
});

export const CodingParagraph = z
  .strictObject({
    n: z.int().min(1).meta({ description: 'Paragraph number in the source, from 1.' }),
    role: ParagraphRole,
    text: z.string().meta({ description: 'The paragraph as it stands in the source.' }),
  })
  .meta({
    id: 'CodingParagraph',
    description: 'A paragraph of the source, given to the coder to quote from; never edited.',
  });

/**
 * An independent coding of one document, kept apart from the positions: the second coder's file
 * of a reliability study, or a coder's working file made by `npm run coding:prepare`.
 */
export const CodingFile = z
  .strictObject({
    $schema: SchemaPointer.optional(),
    coder: z.string().min(1).meta({ description: 'Who coded: a name or a letter.' }),
    codebookVersion: z
      .string()
      .regex(/^\d+\.\d+$/, 'must be "<major>.<minor>", e.g. "1.0"')
      .meta({ description: 'Version of data/CODEBOOK.md the coder worked from.' }),
    document: Slug.meta({ description: 'Id of the document coded.' }),
    codedAt: IsoDate.meta({ description: 'When the coding was made (or prepared).' }),
    blind: z.boolean().meta({
      description: 'True when the coder saw no existing coding of the document.',
    }),
    paragraphs: z
      .array(CodingParagraph)
      .optional()
      .meta({ description: 'The source paragraphs, as prepared for the coder.' }),
    positions: z
      .array(CodingPosition)
      .meta({ description: "The coder's claims, in order of appearance." }),
  })
  .meta({
    id: 'CodingFile',
    title: 'CodingFile',
    description:
      'An independent coding of one document: who coded, from which codebook, blind or not, and the claims.',
  });
