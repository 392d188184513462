import { z } from 'zod';
import { English, IsoDate, Label, SchemaPointer, Slug, Sources } from './common.ts';

export const Article = z
  .strictObject({
    number: z.int().min(1).meta({ description: 'Article number in the adopted text.' }),
    title: English.meta({ description: 'Article title or subject, in English.' }),
    summary: English.optional().meta({
      description: 'What the article provides, as far as the data needs it.',
    }),
    sources: Sources.meta({ description: 'Where the article and its title were checked.' }),
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
