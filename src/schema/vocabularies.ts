import { z } from 'zod';
import { English, Label, SchemaPointer } from './common.ts';

// The closed lists. Their labels, definitions and examples are data (data/vocabularies.json)
// and the codebook; the lint step checks that the two stay in step.

export const StanceValue = z.enum(['support', 'oppose', 'conditional', 'mixed', 'neutral']).meta({
  id: 'StanceValue',
  description: "The speaker's evaluative direction toward the stance target (see the codebook).",
});

export const StanceBasis = z.enum(['explicit', 'implied']).meta({
  id: 'StanceBasis',
  description:
    'Whether the quote itself expresses the stance (explicit) or the coder infers it from what the quote reports or describes (implied); implied stances are counted apart (see the codebook).',
});

export const SpeechAct = z
  .enum([
    'appreciation',
    'assessment',
    'report',
    'declaration',
    'demand',
    'interpretation',
    'commitment',
  ])
  .meta({
    id: 'SpeechAct',
    description: 'What the speaker does with the claim (see the codebook).',
  });

export const TargetKind = z
  .enum(['phenomenon', 'policy', 'instrument', 'provision', 'actor', 'process'])
  .meta({
    id: 'TargetKind',
    description:
      'What kind of thing the stance target is; stances are only ever counted within one kind (see the codebook).',
  });

export const DiscourseRelation = z
  .enum(['concession', 'contrast', 'reason', 'consequence', 'purpose', 'elaboration'])
  .meta({
    id: 'DiscourseRelation',
    description:
      'How a claim relates to another claim of the same document, as a connective left out of the quote marks it (see the codebook).',
  });

export const ParagraphRole = z.enum(['lede', 'speech', 'narration']).meta({
  id: 'ParagraphRole',
  description:
    "Whose words a paragraph is: the publisher's lead-in, the speaker's speech, or the publisher's report.",
});

export const SourceKind = z
  .enum(['web-page', 'verbatim-record', 'delegation-text', 'interpretation-transcript'])
  .meta({
    id: 'SourceKind',
    description:
      "What the source is: a publisher's web page; an official verbatim record of a meeting; the text a delegation published; or a transcript of the interpretation into the source's language, whose words are the interpreter's.",
  });

export const DocumentKind = z.enum(['statement', 'excerpt']).meta({
  id: 'DocumentKind',
  description:
    'A statement is coded whole; an excerpt is a long speech of which only the passages within its coded scope are coded.',
});

export const Paragraphing = z.enum(['blank-line', 'line', 'sentence']).meta({
  id: 'Paragraphing',
  description:
    'How the source file is cut into paragraphs: at one or more blank lines, at every line break, or after every full stop, question mark or exclamation mark (a transcript on one line).',
});

export const ArticleRelation = z
  .enum(['concerns', 'supports', 'opposes', 'interprets', 'invokes', 'seeks_amendment'])
  .meta({
    id: 'ArticleRelation',
    description: 'How a claim relates to a treaty article (see the codebook).',
  });

export const LegalForm = z
  .enum([
    'political_statement',
    'explanation_of_position',
    'interpretative_declaration',
    'reservation',
  ])
  .meta({
    id: 'LegalForm',
    description:
      'The legal character of the statement the claim is made in; a speech is a political_statement.',
  });

export const ActorKind = z
  .enum(['state', 'international_organization', 'un_body', 'group_of_states'])
  .meta({ id: 'ActorKind', description: 'What kind of actor this is.' });

export const PositionStatus = z.enum(['active', 'withdrawn']).meta({
  id: 'PositionStatus',
  description: 'active, or withdrawn (a tombstone kept so that citations still resolve).',
});

export const CLOSED_VOCABULARIES = {
  stance: StanceValue,
  stanceBasis: StanceBasis,
  targetKind: TargetKind,
  speechAct: SpeechAct,
  discourseRelation: DiscourseRelation,
  paragraphRole: ParagraphRole,
  sourceKind: SourceKind,
  documentKind: DocumentKind,
  paragraphing: Paragraphing,
  articleRelation: ArticleRelation,
  legalForm: LegalForm,
  actorKind: ActorKind,
} as const;
export type ClosedVocabularyName = keyof typeof CLOSED_VOCABULARIES;

export const VocabularyTerm = z
  .strictObject({
    id: z.string().min(1).meta({ description: 'The value as it appears in the data.' }),
    label: Label,
    definition: English.meta({ description: 'What the value means, in English.' }),
  })
  .meta({
    id: 'VocabularyTerm',
    description: 'One value of a closed vocabulary with its labels and definition.',
  });

export const VocabulariesFile = z
  .strictObject({
    $schema: SchemaPointer.optional(),
    codebookVersion: z
      .string()
      .regex(/^\d+\.\d+$/, 'must be "<major>.<minor>", e.g. "1.0"')
      .meta({ description: 'Version of data/CODEBOOK.md that these definitions belong to.' }),
    stance: z
      .array(VocabularyTerm)
      .meta({ description: 'Labels and definitions of the stance values.' }),
    stanceBasis: z
      .array(VocabularyTerm)
      .meta({ description: 'Labels and definitions of the stanceBasis values.' }),
    targetKind: z
      .array(VocabularyTerm)
      .meta({ description: 'Labels and definitions of the targetKind values.' }),
    speechAct: z
      .array(VocabularyTerm)
      .meta({ description: 'Labels and definitions of the speechAct values.' }),
    discourseRelation: z
      .array(VocabularyTerm)
      .meta({ description: 'Labels and definitions of the discourseRelation values.' }),
    paragraphRole: z
      .array(VocabularyTerm)
      .meta({ description: 'Labels and definitions of the paragraphRole values.' }),
    sourceKind: z
      .array(VocabularyTerm)
      .meta({ description: 'Labels and definitions of the sourceKind values.' }),
    documentKind: z
      .array(VocabularyTerm)
      .meta({ description: 'Labels and definitions of the documentKind values.' }),
    paragraphing: z
      .array(VocabularyTerm)
      .meta({ description: 'Labels and definitions of the paragraphing values.' }),
    articleRelation: z
      .array(VocabularyTerm)
      .meta({ description: 'Labels and definitions of the articleRelation values.' }),
    legalForm: z
      .array(VocabularyTerm)
      .meta({ description: 'Labels and definitions of the legalForm values.' }),
    actorKind: z
      .array(VocabularyTerm)
      .meta({ description: 'Labels and definitions of the actorKind values.' }),
  })
  .meta({
    id: 'VocabulariesFile',
    title: 'VocabulariesFile',
    description: 'Labels and definitions of every closed vocabulary (data/vocabularies.json).',
  });
