import { z } from 'zod';
import { Actor } from './actor.ts';
import { IsoDate, Sha256 } from './common.ts';
import { Document } from './document.ts';
import { Event } from './event.ts';
import { FoldingTable } from './folding.ts';
import { Instrument } from './instrument.ts';
import { Position } from './position.ts';
import { Survey } from './survey.ts';
import { Topic } from './topic.ts';
import { VocabulariesFile } from './vocabularies.ts';

const { $schema: _schema, ...vocabularyFields } = VocabulariesFile.shape;
const { $schema: _foldingSchema, ...foldingFields } = FoldingTable.shape;

export const DatasetMeta = z
  .strictObject({
    version: z.string().meta({
      description:
        'Version of this data: the release version when the data is the recorded release, otherwise `<next version>-dev+<first 8 hex digits of the fingerprint>`, which no release ever carries.',
    }),
    fingerprint: Sha256.meta({
      description: 'SHA-256 of the canonical serialisation of the data (everything but __meta).',
    }),
    codebookVersion: z
      .string()
      .meta({ description: 'Version of the codebook the data is coded with.' }),
    released: IsoDate.optional().meta({
      description: 'Date this version was released; absent for data built between releases.',
    }),
    previousRelease: z
      .strictObject({
        version: z.string().meta({ description: 'Version of that release.' }),
        date: IsoDate.meta({ description: 'Date of that release.' }),
      })
      .optional()
      .meta({
        description:
          'For data built between releases only: the last release, which this data differs from.',
      }),
  })
  .meta({ id: 'DatasetMeta', description: 'Which data this is.' });

export const Dataset = z
  .strictObject({
    __meta: DatasetMeta,
    documents: z.array(Document).meta({ description: 'Every document, by delivery date then id.' }),
    positions: z.array(Position).meta({
      description:
        'The positions in force (status "active"), in document then id order: what every count and table is made of.',
    }),
    withdrawn: z.array(Position).meta({
      description:
        'The withdrawn positions (tombstones, status "withdrawn"), in document then id order: kept so that a citation of a withdrawn id still resolves, with its old coding and `withdrawal.supersededBy`. Never counted with `positions`.',
    }),
    actors: z.array(Actor).meta({ description: 'Every actor.' }),
    topics: z.array(Topic).meta({ description: 'The topic taxonomy.' }),
    instruments: z
      .array(Instrument)
      .meta({ description: 'The instruments and the articles the data refers to.' }),
    events: z.array(Event).meta({ description: 'Every event.' }),
    surveys: z.array(Survey).meta({
      description:
        'For each debate surveyed: every speech read, and whether it names the Convention, mentions cybercrime only in general, or neither.',
    }),
    folding: z.strictObject(foldingFields).meta({
      id: 'Folding',
      description:
        'The search folding table (data/folding/), for other languages to fold text the same way.',
    }),
    vocabularies: z.strictObject(vocabularyFields).meta({
      id: 'Vocabularies',
      description: 'Labels and definitions of the closed vocabularies.',
    }),
  })
  .meta({
    id: 'Dataset',
    title: 'Dataset',
    description: 'The whole dataset as published in data.json.',
  });
