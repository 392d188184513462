import { z } from 'zod';
import { ActorId, English, IsoDate, SchemaPointer, Slug } from './common.ts';
import { SourceKind } from './vocabularies.ts';

export const Mention = z.enum(['convention', 'generic', 'none']).meta({
  id: 'Mention',
  description:
    'What a speech says of the subject: it names the Convention (codebook §1.5), it mentions cybercrime only in general, or neither.',
});

export const SurveyedSpeech = z
  .strictObject({
    actor: ActorId.meta({ description: 'Who gave the speech.' }),
    path: z.string().min(1).meta({ description: 'The speech file in the corpus.' }),
    mentions: Mention,
    documents: z.array(Slug).optional().meta({
      description: 'With "convention": the documents that code its passages.',
    }),
    passage: English.optional().meta({
      description: 'With "generic": the sentence that mentions cybercrime, as the corpus has it.',
    }),
    note: English.optional().meta({
      description: 'Why the speech was classed so, when it is not plain.',
    }),
  })
  .meta({ id: 'SurveyedSpeech', description: 'One speech of a debate, as read for the survey.' });

export const Survey = z
  .strictObject({
    event: Slug.meta({ description: 'The debate surveyed (an event id).' }),
    corpus: z
      .strictObject({
        repository: z
          .string()
          .regex(/^[\w.-]+\/[\w.-]+$/, 'must be "owner/name"')
          .meta({ description: 'The public repository, "owner/name".' }),
        path: z.string().min(1).meta({ description: 'The folder of the speeches.' }),
        commit: z
          .string()
          .regex(/^[0-9a-f]{40}$/, 'must be a 40-digit commit hash')
          .meta({ description: 'The commit whose files were read.' }),
        kind: SourceKind.meta({ description: 'What its texts are.' }),
        note: English.meta({ description: 'What the corpus holds and how it made its texts.' }),
      })
      .meta({ description: 'The public corpus whose speeches were read.' }),
    read: IsoDate.meta({ description: 'When the speeches were read.' }),
    method: English.meta({ description: 'How each speech was read and classed.' }),
    speeches: z.array(SurveyedSpeech).min(1).meta({
      description:
        'Every speech of the corpus for this debate, read or not found: none is left out.',
    }),
  })
  .meta({
    id: 'Survey',
    title: 'Survey',
    description:
      'Which speeches of a debate were read for the Convention and what each mentions, so that "2 of 193 named it" is a figure of the data.',
  });

export const SurveysFile = z
  .strictObject({
    $schema: SchemaPointer.optional(),
    surveys: z.array(Survey).meta({ description: 'One survey a debate.' }),
  })
  .meta({ id: 'SurveysFile', title: 'SurveysFile', description: 'data/surveys.json' });
