import { z } from 'zod';
import { IsoDate, SchemaPointer, Sha256 } from './common.ts';
import { PositionStatus } from './vocabularies.ts';

export const ReleasedId = z
  .strictObject({
    id: z.string().min(1).meta({ description: 'The released id.' }),
    kind: z
      .enum(['position', 'document', 'actor', 'topic', 'instrument', 'event'])
      .meta({ description: 'What kind of record the id names.' }),
    since: z
      .string()
      .regex(/^\d+\.\d+\.\d+$/)
      .meta({ description: 'Package version that first released the id.' }),
    quote: z.string().min(1).optional().meta({
      description: 'For positions: the quoted words, which the id must keep resolving to.',
    }),
    hash: Sha256.meta({
      description:
        'SHA-256 of the record as of the latest release (sorted-key JSON), to tell what changed since.',
    }),
    // The values of PositionStatus, not its schema: the file's JSON Schema keeps the list inline.
    status: z
      .enum(PositionStatus.options)
      .meta({ description: 'Status of the record as of the latest release.' }),
    changedIn: z
      .string()
      .regex(/^\d+\.\d+\.\d+$/)
      .optional()
      .meta({ description: 'The last release that changed the record (its hash), if any did.' }),
    withdrawnIn: z
      .string()
      .regex(/^\d+\.\d+\.\d+$/)
      .optional()
      .meta({ description: 'For a withdrawn record: the release that withdrew it.' }),
  })
  .meta({ id: 'ReleasedId', description: 'One released id.' });

export const PreviousRelease = z
  .strictObject({
    version: z
      .string()
      .regex(/^\d+\.\d+\.\d+$/)
      .meta({ description: 'Its version.' }),
    date: IsoDate.meta({ description: 'Its date.' }),
    fingerprint: Sha256.meta({ description: 'Its data fingerprint.' }),
  })
  .meta({ id: 'PreviousRelease', description: 'The release before the latest one.' });

export const ReleasedIdsFile = z
  .strictObject({
    $schema: SchemaPointer.optional(),
    version: z
      .string()
      .regex(/^\d+\.\d+\.\d+$/)
      .meta({ description: 'Package version of the latest release recorded here.' }),
    date: IsoDate.meta({ description: 'Date of that release.' }),
    fingerprint: Sha256.meta({
      description:
        'Data fingerprint of that release: a change to the data since needs a changeset.',
    }),
    previous: PreviousRelease.optional().meta({
      description:
        'The release before the latest one, so that what the latest release changed can be told later.',
    }),
    ids: z
      .array(ReleasedId)
      .meta({ description: 'Every id ever released, in the order they were recorded.' }),
  })
  .meta({
    id: 'ReleasedIdsFile',
    title: 'ReleasedIdsFile',
    description:
      'data/released-ids.json: every id ever released, written by `npm run release`, never edited by hand. An entry is never removed, and its since and quote never change; hash and status follow each release.',
  });
