import { z } from 'zod';
import { English, IsoDate, Label, SchemaPointer, Slug, Sources } from './common.ts';

export const ArticleSubparagraph = z
  .strictObject({
    letter: z
      .string()
      .regex(/^[a-z]$/, 'must be one lower-case letter')
      .meta({ description: 'Subparagraph letter in Latin transcription: (a) is "a".' }),
    summary: English.meta({ description: 'What the subparagraph provides, in English.' }),
  })
  .meta({ id: 'ArticleSubparagraph', description: 'One lettered subparagraph of a provision.' });

export const ArticleParagraph = z
  .strictObject({
    number: z.int().min(1).meta({ description: 'Paragraph number within the article.' }),
    summary: English.meta({ description: 'What the paragraph provides, in English.' }),
    subparagraphs: z
      .array(ArticleSubparagraph)
      .optional()
      .meta({ description: 'Its lettered subparagraphs, where the data needs them.' }),
  })
  .meta({ id: 'ArticleParagraph', description: 'One numbered paragraph of an article.' });

export const Article = z
  .strictObject({
    number: z.int().min(1).meta({ description: 'Article number in the adopted text.' }),
    title: English.meta({ description: 'Article title or subject, in English.' }),
    summary: English.optional().meta({
      description: 'What the article provides, as far as the data needs it.',
    }),
    paragraphs: z.array(ArticleParagraph).optional().meta({
      description:
        'Its numbered paragraphs; every paragraph the data refers to is listed, and when any is listed all are.',
    }),
    subparagraphs: z.array(ArticleSubparagraph).optional().meta({
      description: 'Lettered subparagraphs of an article that has no numbered paragraphs.',
    }),
    confirmed: z.boolean().meta({
      description:
        'True when the title and the provisions listed were checked against a text of the instrument at the addresses given; false when only secondary sources were seen.',
    }),
    sources: Sources.meta({ description: 'Where the article and its provisions were checked.' }),
    note: English.optional().meta({
      description: 'Which text was checked (language, version) and what could not be checked.',
    }),
  })
  .meta({
    id: 'Article',
    description: 'One article of an instrument; only the articles the data refers to are listed.',
  });

export const Instrument = z
  .strictObject({
    id: Slug.meta({
      description: 'Instrument id, e.g. "unccc-2024": short name and year of adoption.',
    }),
    title: Label,
    shortTitle: English,
    adopted: z
      .strictObject({ date: IsoDate, by: English, sources: Sources })
      .meta({ description: 'When and by what act the text was adopted.' }),
    articleCount: z.int().min(1).optional().meta({
      description:
        'How many articles the adopted text has, where checked at the addresses of its adoption: an article past it cannot exist.',
    }),
    articles: z
      .array(Article)
      .meta({ description: 'The articles the data refers to, each with where it was checked.' }),
  })
  .meta({
    id: 'Instrument',
    title: 'Instrument',
    description: 'A treaty or other legal text that positions refer to.',
  });

export const InstrumentsFile = z
  .strictObject({
    $schema: SchemaPointer.optional(),
    instruments: z.array(Instrument).meta({ description: 'Every instrument the data refers to.' }),
  })
  .meta({ id: 'InstrumentsFile', title: 'InstrumentsFile', description: 'data/instruments.json' });
