import { z } from 'zod';
import { Sha256 } from './common.ts';
import { Actor } from './actor.ts';
import { Document } from './document.ts';
import { Event } from './event.ts';
import { Instrument } from './instrument.ts';
import { Position } from './position.ts';
import { Topic } from './topic.ts';
import { VocabulariesFile } from './vocabularies.ts';

const { $schema: _schema, ...vocabularyFields } = VocabulariesFile.shape;

export const DatasetMeta = z
  .strictObject({
    version: z.string().meta({ description: 'Package version.' }),
    fingerprint: Sha256.meta({ description: 'SHA-256 of the canonical serialisation of the data (everything but __meta).' }),
    codebookVersion: z.string().meta({ description: 'Version of the codebook the data is coded with.' }),
  })
  .meta({ id: 'DatasetMeta', description: 'Which data this is.' });

export const Dataset = z
  .strictObject({
    __meta: DatasetMeta,
    documents: z.array(Document),
    positions: z.array(Position),
    actors: z.array(Actor),
    topics: z.array(Topic),
    instruments: z.array(Instrument),
    events: z.array(Event),
    vocabularies: z.strictObject(vocabularyFields).meta({ id: 'Vocabularies', description: 'Labels and definitions of the closed vocabularies.' }),
  })
  .meta({ id: 'Dataset', title: 'Dataset', description: 'The whole dataset as published in data.json.' });
