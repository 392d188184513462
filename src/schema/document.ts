import { z } from 'zod';
import {
  ActorId,
  English,
  IsoDate,
  Label,
  Persian,
  SchemaPointer,
  Sha256,
  Slug,
  Sources,
  Url,
} from './common.ts';
import { PositionInput } from './position.ts';
import { DocumentKind, Paragraphing, ParagraphRole, SourceKind } from './vocabularies.ts';

export const Fact = z
  .strictObject({
    statement: English.meta({ description: 'The fact, in English.' }),
    confirmed: z.boolean().meta({
      description: 'False when the fact could not be confirmed; then it is context, not fact.',
    }),
    sources: Sources,
  })
  .meta({
    id: 'Fact',
    description: 'A fact about the document, with the addresses where it was seen.',
  });

export const Sic = z
  .strictObject({
    text: z.string().min(1).meta({ description: 'The span as it stands in the source.' }),
    occurrence: z.int().min(1).optional().meta({
      description: 'Which occurrence in the paragraph, when the span occurs more than once.',
    }),
    reading: z.string().min(1).meta({ description: 'The intended reading.' }),
    note: English.optional().meta({ description: 'What is wrong with the span, in English.' }),
  })
  .meta({
    id: 'Sic',
    description:
      'A typo, a lost character, an extraction artefact or a transcription error in the source, recorded rather than corrected.',
  });

export const ParagraphAnnotation = z
  .strictObject({
    n: z.int().min(1).meta({ description: 'Paragraph number in the source, from 1.' }),
    role: ParagraphRole,
    translation: z
      .strictObject({ en: English })
      .meta({ description: 'Faithful English translation of the paragraph.' }),
    sic: z.array(Sic).meta({ description: 'Typos and lost characters in this paragraph.' }),
    note: English.optional().meta({
      description: "Translator's or coder's note on the paragraph.",
    }),
  })
  .meta({
    id: 'ParagraphAnnotation',
    description:
      'Annotation of one paragraph of the source (the text itself comes from the source file).',
  });

export const Source = z
  .strictObject({
    kind: SourceKind,
    publisher: Label,
    url: Url,
    newsId: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "The publisher's own id of the item." }),
    published: IsoDate.meta({
      description:
        "Publication date given by the publisher; for a record or transcript of a meeting, the meeting's date.",
    }),
    symbol: z
      .string()
      .regex(/^[A-Z]+(?:\/[A-Za-z0-9.]+)+$/, 'must be a UN document symbol, e.g. "A/79/PV.14"')
      .optional()
      .meta({ description: 'The UN document symbol of an official record, e.g. "A/79/PV.14".' }),
    copy: z
      .strictObject({
        repository: z
          .string()
          .regex(/^[\w.-]+\/[\w.-]+$/, 'must be "owner/name"')
          .meta({ description: 'The public repository that holds the copy, "owner/name".' }),
        path: z.string().min(1).meta({ description: 'The file in that repository.' }),
        commit: z
          .string()
          .regex(/^[0-9a-f]{40}$/, 'must be a 40-digit commit hash')
          .meta({ description: 'The commit the copy was taken at.' }),
        note: English.meta({
          description:
            'How the repository made its copy from the publication (extraction, splitting).',
        }),
      })
      .optional()
      .meta({
        description:
          'When the bytes were taken from a public corpus rather than from the publication itself: where, exactly.',
      }),
    headline: z
      .strictObject({ fa: Persian })
      .optional()
      .meta({ description: 'Headline as published.' }),
    file: z
      .string()
      .regex(/^sources\/[^/]+$/, 'must name a file under sources/, e.g. "sources/x.fa.txt"')
      .meta({ description: 'Path of the verbatim copy, relative to the data directory.' }),
    sha256: Sha256.meta({
      description: 'SHA-256 of that file; the quotes are anchored to exactly these bytes.',
    }),
  })
  .meta({
    id: 'Source',
    description: 'The one published copy of the text that the document is anchored to.',
  });

export const Witness = z
  .strictObject({
    publisher: English,
    url: Url.meta({
      description:
        'Address of the other copy, or of its publisher when the item has no stable address.',
    }),
    newsId: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "The publisher's own id of the item." }),
    published: IsoDate.optional(),
    language: z
      .string()
      .regex(/^[a-z]{2,3}$/)
      .meta({ description: 'ISO 639 language code.' }),
    relation: z.enum(['same-text', 'same-wording', 'different-wording', 'translation']).meta({
      description:
        'How the other copy relates to the source: byte-identical text, the same words with other spelling or paragraphing, a differently worded version, or a translation.',
    }),
    note: English,
  })
  .meta({ id: 'Witness', description: 'Another published copy or version of the same statement.' });

export const DocumentFile = z
  .strictObject({
    $schema: SchemaPointer.optional(),
    id: Slug.meta({ description: 'Document id, also the file name: "<actor>-<year>-<event>".' }),
    title: Label,
    kind: DocumentKind,
    scope: z
      .strictObject({
        paragraphs: z.array(z.int().min(1)).min(1).meta({
          description: 'The paragraphs of the source within the coded scope, in order.',
        }),
        rule: English.meta({
          description: "Why these paragraphs and no others, by the codebook's scope rule.",
        }),
      })
      .optional()
      .meta({
        description:
          'For an excerpt: the coded scope. Only these paragraphs are annotated and coded; the source file is kept whole.',
      }),
    paragraphing: Paragraphing.meta({
      description: 'The rule that cuts the source file into the numbered paragraphs.',
    }),
    actor: ActorId.meta({ description: 'On whose behalf the text is spoken.' }),
    event: Slug.meta({ description: 'Event id.' }),
    language: z
      .string()
      .regex(/^[a-z]{2,3}$/)
      .meta({ description: 'ISO 639 code of the source language.' }),
    speaker: z
      .strictObject({
        name: Label,
        office: Label,
        attribution: English.meta({ description: 'Where the name and office come from.' }),
        sources: Sources,
      })
      .meta({ description: 'Who spoke.' }),
    delivered: z
      .strictObject({
        earliest: IsoDate,
        latest: IsoDate,
        confirmed: z
          .boolean()
          .meta({ description: 'True only when the delivery day is confirmed by a source.' }),
        note: English,
        sources: Sources,
      })
      .meta({
        description: 'When the text was delivered: a day, or the range of days it may have been.',
      }),
    deliveredText: z
      .strictObject({
        status: z.enum(['source', 'witness', 'unknown']).meta({
          description:
            'Which text was spoken: the source itself, one of the witnesses, or unknown (the source may be a press release of the statement).',
        }),
        witness: Url.optional().meta({
          description: 'With status "witness": the address of the witness that was spoken.',
        }),
        note: English.meta({
          description: 'What is known of the versions and how they differ, from the stored copies.',
        }),
        sources: Sources,
      })
      .meta({
        description:
          'Whether the source is the text that was delivered; quotes are always from the source, and a paper should say "the published statement" unless this is "source".',
      }),
    source: Source,
    witnesses: z
      .array(Witness)
      .meta({ description: 'Other published copies or versions of the statement.' }),
    facts: z.array(Fact).meta({ description: 'Facts about the document, each with its sources.' }),
    paragraphs: z.array(ParagraphAnnotation).meta({
      description:
        'One annotation per paragraph of the source (a statement) or of its coded scope (an excerpt), in order.',
    }),
    positions: z
      .array(PositionInput)
      .meta({ description: 'The claims made in the document, in id order.' }),
  })
  .meta({
    id: 'DocumentFile',
    title: 'DocumentFile',
    description:
      'One document: its metadata, paragraph annotations and claims (data/documents/<id>.json).',
  });

export const Paragraph = z
  .strictObject({
    ...ParagraphAnnotation.shape,
    text: z.string().meta({ description: 'The paragraph exactly as in the source file.' }),
  })
  .meta({
    id: 'Paragraph',
    title: 'Paragraph',
    description: 'One paragraph of the source with its annotation.',
  });

const {
  $schema: _schema,
  positions: _positions,
  paragraphs: _paragraphs,
  ...documentFields
} = DocumentFile.shape;

export const Document = z
  .strictObject({
    ...documentFields,
    paragraphs: z.array(Paragraph).meta({
      description:
        'Every paragraph of the source (a statement) or of its coded scope (an excerpt), in order.',
    }),
  })
  .meta({
    id: 'Document',
    title: 'Document',
    description: 'One document as published: metadata and paragraphs with their text.',
  });
