import { z } from 'zod';
import { English, Label, SchemaPointer, Slug } from './common.ts';

export const ArticleLink = z
  .strictObject({
    instrument: Slug.meta({ description: 'Instrument id.' }),
    article: z.int().min(1).meta({ description: 'Article number.' }),
  })
  .meta({ id: 'ArticleLink', description: 'An article of an instrument.' });

export const Topic = z
  .strictObject({
    id: Slug.meta({ description: 'Topic id; never renamed once released.' }),
    parent: Slug.optional().meta({
      description: 'Id of the broader topic; absent for a top-level topic.',
    }),
    label: Label,
    definition: English.meta({ description: 'What belongs under this topic, in English.' }),
    articles: z
      .array(ArticleLink)
      .meta({ description: 'Treaty articles that deal with the topic.' }),
  })
  .meta({ id: 'Topic', title: 'Topic', description: 'A node of the topic taxonomy.' });

export const TopicsFile = z
  .strictObject({
    $schema: SchemaPointer.optional(),
    topics: z
      .array(Topic)
      .meta({ description: 'Every topic; parents before or after their children.' }),
  })
  .meta({ id: 'TopicsFile', title: 'TopicsFile', description: 'data/topics.json' });
