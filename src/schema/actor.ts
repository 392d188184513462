import { z } from 'zod';
import { ActorId, Label, SchemaPointer, Sources } from './common.ts';
import { ActorKind } from './vocabularies.ts';

export const Actor = z
  .strictObject({
    id: ActorId,
    kind: ActorKind,
    name: Label,
    sources: Sources.optional(),
  })
  .meta({
    id: 'Actor',
    title: 'Actor',
    description: 'A state, organization or body that holds, or is named in, a position.',
  });

export const ActorsFile = z
  .strictObject({
    $schema: SchemaPointer.optional(),
    actors: z.array(Actor).meta({ description: 'Every actor, in any order.' }),
  })
  .meta({ id: 'ActorsFile', title: 'ActorsFile', description: 'data/actors.json' });
