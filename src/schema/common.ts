import { z } from 'zod';

/** Lower-case kebab ids for vocabulary entries, documents and events. */
export const SLUG = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
/** Position ids are minted from their document id: `<document-id>.c<nn>`. */
export const POSITION_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*\.c[0-9]{2,}$/;
/** States use ISO 3166-1 alpha-3; every other actor a slug. */
export const ACTOR_ID = /^(?:[A-Z]{3}|[a-z][a-z0-9]*(?:-[a-z0-9]+)*)$/;

export const Slug = z.string().regex(SLUG, 'must be lower-case kebab-case, e.g. "irn-2025-hanoi"');

export const ActorId = z
  .string()
  .regex(ACTOR_ID, 'must be an ISO 3166-1 alpha-3 code (e.g. "IRN") or a kebab-case slug')
  .meta({
    description:
      'Actor id: ISO 3166-1 alpha-3 for states (e.g. "IRN"), a kebab-case slug otherwise.',
  });

export const PositionId = z
  .string()
  .regex(POSITION_ID, 'must be "<document-id>.c<nn>", e.g. "irn-2025-hanoi.c07"')
  .meta({ description: 'Position id, minted once and never reused: "<document-id>.c<nn>".' });

export const IsoDate = z.iso.date().meta({ description: 'Calendar date, YYYY-MM-DD.' });

export const Url = z.url({ protocol: /^https?$/ }).meta({ description: 'An http(s) address.' });

export const Sha256 = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits')
  .meta({ description: 'SHA-256 digest, lower-case hex.' });

export const Sources = z
  .array(Url)
  .min(1)
  .meta({ description: 'Addresses where the fact was seen; at least one.' });

export const English = z.string().min(1).meta({ description: 'English text.' });
export const Persian = z
  .string()
  .min(1)
  .meta({ description: 'Persian text (Persian yeh ی and kaf ک).' });

export const Label = z
  .strictObject({ en: English, fa: Persian })
  .meta({ id: 'Label', description: 'A name or label in English and Persian.' });

/** `$schema` lets editors validate a data file as it is typed; nothing else reads it. */
export const SchemaPointer = z
  .string()
  .meta({ description: 'Path of the JSON Schema for editors; ignored by the build.' });
