import { z } from 'zod';
import { ActorId, English, PositionId, Slug } from './common.ts';
import {
  ArticleRelation,
  DiscourseRelation,
  LegalForm,
  PositionStatus,
  SpeechAct,
  StanceBasis,
  StanceValue,
  TargetKind,
} from './vocabularies.ts';

/** A paragraph number within an article, as the adopted text numbers it. */
export const ProvisionParagraph = z.int().min(1).meta({
  description:
    'Paragraph number within the article (14(3) is article 14, paragraph 3); absent when the claim is about the whole article.',
});

/** A subparagraph letter, in Latin transcription: (a), (b), ... */
export const ProvisionSubparagraph = z
  .string()
  .regex(/^[a-z]$/, 'must be one lower-case letter, e.g. "c" for subparagraph (c)')
  .meta({
    description:
      'Subparagraph letter within the paragraph, or within the article when it has no numbered paragraphs (article 1(b)).',
  });

export const TargetRef = z
  .strictObject({
    type: z
      .enum(['actor', 'instrument', 'event'])
      .meta({ description: 'What kind of record the reference points to.' }),
    id: z.string().min(1).meta({ description: 'Id of that record.' }),
    article: z
      .int()
      .min(1)
      .optional()
      .meta({ description: 'Article number, with type "instrument" only.' }),
    paragraph: ProvisionParagraph.optional(),
    subparagraph: ProvisionSubparagraph.optional(),
  })
  .meta({
    id: 'TargetRef',
    description: 'A typed reference to the record the stance is about, where one exists.',
  });

export const Stance = z
  .strictObject({
    value: StanceValue,
    basis: StanceBasis,
    target: z
      .strictObject({
        text: English.meta({ description: 'What the stance is about, in words.' }),
        kind: TargetKind,
        ref: TargetRef.optional(),
      })
      .meta({ description: 'What the stance is about.' }),
  })
  .meta({ id: 'Stance', description: 'Which way the claim points, and at what.' });

export const ArticleReference = z
  .strictObject({
    instrument: Slug.meta({ description: 'Instrument id, e.g. "unccc-2024".' }),
    article: z.int().min(1).meta({ description: 'Article number in the adopted text.' }),
    paragraph: ProvisionParagraph.optional(),
    subparagraph: ProvisionSubparagraph.optional(),
    relation: ArticleRelation,
    explicit: z.boolean().meta({
      description:
        'True only when the quote itself names the provision, by number or by its own title (see the codebook).',
    }),
  })
  .meta({
    id: 'ArticleReference',
    description:
      'A treaty provision the claim concerns: an article, or one of its paragraphs or subparagraphs.',
  });

export const PositionLink = z
  .strictObject({
    relation: DiscourseRelation,
    position: PositionId.meta({ description: 'The other claim, in the same document.' }),
  })
  .meta({
    id: 'PositionLink',
    description:
      'This claim stands in the given relation to another claim: "c11 is the concession to c12".',
  });

export const Translation = z
  .strictObject({
    en: English.meta({ description: 'English translation of the quote, made for this dataset.' }),
  })
  .meta({ id: 'Translation', description: 'Translations of the quote.' });

export const Withdrawal = z
  .strictObject({
    reason: English.meta({ description: 'Why the position was withdrawn.' }),
    supersededBy: z
      .array(PositionId)
      .optional()
      .meta({ description: 'Positions that replace this one, if any.' }),
  })
  .meta({ id: 'Withdrawal', description: 'Present on withdrawn positions only.' });

const positionFields = {
  id: PositionId,
  status: PositionStatus,
  actor: ActorId.meta({ description: 'Who holds the position.' }),
  paragraph: z.int().min(1).meta({ description: 'Paragraph number in the source, from 1.' }),
  translation: Translation,
  topics: z.array(Slug).min(1).meta({ description: 'Topic ids; the first is the primary topic.' }),
  stance: Stance,
  speechAct: SpeechAct,
  articles: z
    .array(ArticleReference)
    .meta({ description: 'Treaty articles the claim concerns; empty when none.' }),
  legalForm: LegalForm,
  interpretativeInSubstance: z.boolean().optional().meta({
    description:
      'True when the claim, whatever its legal form, purports to specify or clarify the meaning or scope of a treaty provision (ILC Guide to Practice on Reservations, guideline 1.2).',
  }),
  onBehalfOf: ActorId.optional().meta({
    description:
      'The group on whose behalf the actor speaks ("on behalf of the Group of 77"), when the speaker says so.',
  }),
  links: z.array(PositionLink).optional().meta({
    description: 'Relations to other claims of the same document, marked by connectives.',
  }),
  note: English.optional().meta({
    description: "The coder's note: judgement calls, ambiguity, context.",
  }),
  withdrawal: Withdrawal.optional(),
};

/** A position as a curator writes it, inside its document file. */
export const PositionInput = z
  .strictObject({
    ...positionFields,
    quote: z
      .strictObject({
        text: z
          .string()
          .min(1)
          .meta({ description: 'Verbatim span of the paragraph, byte for byte.' }),
        occurrence: z.int().min(1).optional().meta({
          description:
            'Which occurrence of the text in the paragraph is meant (1-based); needed only when it occurs more than once.',
        }),
      })
      .meta({
        description: 'The quote as written by the curator; offsets are derived by the build.',
      }),
  })
  .meta({
    id: 'PositionInput',
    title: 'PositionInput',
    description: 'One claim, as written in a document file.',
  });

const { id: _id, ...fieldsAfterId } = positionFields;

/** A position as published: the document id and the quote's offsets are filled in by the build. */
export const Position = z
  .strictObject({
    id: PositionId,
    document: Slug.meta({ description: 'Id of the document the claim is made in.' }),
    ...fieldsAfterId,
    quote: z
      .strictObject({
        text: z
          .string()
          .min(1)
          .meta({ description: 'Verbatim span of the paragraph, byte for byte.' }),
        start: z.int().min(0).meta({
          description: 'Offset of the first code point of the quote within the paragraph.',
        }),
        end: z.int().min(1).meta({
          description: 'Offset just past the last code point of the quote within the paragraph.',
        }),
      })
      .meta({ description: 'The quote with its Unicode code point offsets within the paragraph.' }),
  })
  .meta({
    id: 'Position',
    title: 'Position',
    description: 'One claim: who, about what, which way, in whose exact words.',
  });
