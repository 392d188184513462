import { z } from 'zod';
import { ActorId, English, PositionId, Slug } from './common.ts';
import {
  ArticleRelation,
  LegalForm,
  PositionStatus,
  SpeechAct,
  StanceValue,
} from './vocabularies.ts';

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
  })
  .meta({
    id: 'TargetRef',
    description: 'A typed reference to the record the stance is about, where one exists.',
  });

export const Stance = z
  .strictObject({
    value: StanceValue,
    target: z
      .strictObject({
        text: English.meta({ description: 'What the stance is about, in words.' }),
        ref: TargetRef.optional(),
      })
      .meta({ description: 'What the stance is about.' }),
  })
  .meta({ id: 'Stance', description: 'Which way the claim points, and at what.' });

export const ArticleReference = z
  .strictObject({
    instrument: Slug.meta({ description: 'Instrument id, e.g. "unccc-2024".' }),
    article: z.int().min(1).meta({ description: 'Article number in the adopted text.' }),
    relation: ArticleRelation,
    explicit: z.boolean().meta({
      description:
        'True when the speaker names the article (or the instrument provision) in the quoted paragraph.',
    }),
  })
  .meta({ id: 'ArticleReference', description: 'A treaty article the claim concerns.' });

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
