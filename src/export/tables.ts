import type { Dataset } from '../generated/types.ts';
import { type Provision, provisionNumber } from '../provision.ts';
import { Position as PositionSchema } from '../schema/position.ts';
import { describeField, enumOfField } from './schema-fields.ts';

/** A Frictionless Table Schema field type, as far as these tables need. */
export type FieldType = 'string' | 'integer' | 'boolean' | 'date';
export type Cell = string | number | boolean | undefined;

export interface Column<R> {
  name: string;
  type: FieldType;
  description: string;
  required?: boolean;
  /** Allowed values: a fixed list, or a closed vocabulary of the data (its term ids). */
  enum?: readonly string[] | keyof Omit<Dataset['vocabularies'], 'codebookVersion'>;
  get: (row: R) => Cell;
}

export interface Table<R = unknown> {
  name: string;
  title: string;
  description: string;
  columns: Column<R>[];
  primaryKey: string[];
  foreignKeys: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  rows: (data: Dataset) => readonly R[];
}

export type Field = Omit<Column<never>, 'get'>;

/** A table with its row type erased: its fields, its rows, and the cells of a row. */
export interface AnyTable extends Omit<Table, 'columns' | 'rows'> {
  fields: Field[];
  rows: (data: Dataset) => readonly unknown[];
  cells: (row: unknown) => Cell[];
}

// One definition per table: the CSV rows and the Table Schema in datapackage.json are both made
// from it, so they cannot disagree.
const table = <R>({ columns, rows, ...meta }: Table<R>): AnyTable => ({
  ...meta,
  fields: columns.map(({ get: _get, ...field }) => field),
  rows,
  cells: (row) => columns.map((c) => c.get(row as R)),
});
const fk = (fields: string[], resource: string, to: string[]) => ({
  fields,
  reference: { resource, fields: to },
});

type Position = Dataset['positions'][number];
type Document = Dataset['documents'][number];
type Vocabulary = Dataset['vocabularies']['stance'];

/** Which claims a table of positions holds: those in force, or the withdrawn ones kept apart. */
interface ClaimSet {
  prefix: '' | 'withdrawn_';
  title: string;
  one: string;
  /** Said in every description of the set's tables, so that no reader takes one for the other. */
  rowsAre: string;
  rows: (data: Dataset) => readonly Position[];
}

const IN_FORCE: ClaimSet = {
  prefix: '',
  title: 'Positions',
  one: 'position',
  rowsAre:
    'Claims in force only (status active): count and tabulate these. Withdrawn claims are in the withdrawn_ tables, never here.',
  rows: (d) => d.positions,
};

const WITHDRAWN: ClaimSet = {
  prefix: 'withdrawn_',
  title: 'Withdrawn positions',
  one: 'withdrawn position',
  rowsAre:
    'Withdrawn claims (tombstones) only, with the coding they had when withdrawn, kept so that a citation of their ids resolves: never count them with positions. position_successors names the claims that replace each.',
  rows: (d) => d.withdrawn,
};

// One definition per table of positions, made for the claims in force and for the withdrawn ones.
const positionsTable = (set: ClaimSet): AnyTable =>
  table<Position>({
    name: `${set.prefix}positions`,
    title: set.title,
    description: `One row per claim: who holds which stance toward what, in whose words. ${set.rowsAre}`,
    rows: set.rows,
    primaryKey: ['id'],
    foreignKeys: [
      fk(['document'], 'documents', ['id']),
      fk(['actor'], 'actors', ['id']),
      fk(['document', 'paragraph'], 'paragraphs', ['document', 'n']),
      fk(['primary_topic'], 'topics', ['id']),
    ],
    columns: [
      {
        name: 'id',
        type: 'string',
        required: true,
        description: describeField(PositionSchema, 'id'),
        get: (p) => p.id,
      },
      {
        name: 'document',
        type: 'string',
        required: true,
        description: describeField(PositionSchema, 'document'),
        get: (p) => p.document,
      },
      {
        name: 'status',
        type: 'string',
        required: true,
        enum: enumOfField(PositionSchema, 'status'),
        description: describeField(PositionSchema, 'status'),
        get: (p) => p.status,
      },
      {
        name: 'actor',
        type: 'string',
        required: true,
        description: describeField(PositionSchema, 'actor'),
        get: (p) => p.actor,
      },
      {
        name: 'paragraph',
        type: 'integer',
        required: true,
        description: describeField(PositionSchema, 'paragraph'),
        get: (p) => p.paragraph,
      },
      {
        name: 'quote_text',
        type: 'string',
        required: true,
        description: describeField(PositionSchema, 'quote.text'),
        get: (p) => p.quote.text,
      },
      {
        name: 'quote_start',
        type: 'integer',
        required: true,
        description: describeField(PositionSchema, 'quote.start'),
        get: (p) => p.quote.start,
      },
      {
        name: 'quote_end',
        type: 'integer',
        required: true,
        description: describeField(PositionSchema, 'quote.end'),
        get: (p) => p.quote.end,
      },
      {
        name: 'translation_en',
        type: 'string',
        required: true,
        description: describeField(PositionSchema, 'translation.en'),
        get: (p) => p.translation.en,
      },
      {
        name: 'primary_topic',
        type: 'string',
        required: true,
        description: 'First topic id (all topics: position_topics).',
        get: (p) => p.topics[0],
      },
      {
        name: 'stance_value',
        type: 'string',
        required: true,
        enum: 'stance',
        description: describeField(PositionSchema, 'stance.value'),
        get: (p) => p.stance.value,
      },
      {
        name: 'stance_basis',
        type: 'string',
        required: true,
        enum: 'stanceBasis',
        description: describeField(PositionSchema, 'stance.basis'),
        get: (p) => p.stance.basis,
      },
      {
        name: 'stance_target',
        type: 'string',
        required: true,
        description: describeField(PositionSchema, 'stance.target.text'),
        get: (p) => p.stance.target.text,
      },
      {
        name: 'stance_target_kind',
        type: 'string',
        required: true,
        enum: 'targetKind',
        description:
          'What kind of thing the target is. Count stances within one kind only: opposing a crime and opposing a provision are different things.',
        get: (p) => p.stance.target.kind,
      },
      {
        name: 'stance_target_type',
        type: 'string',
        enum: enumOfField(PositionSchema, 'stance.target.ref.type'),
        description: describeField(PositionSchema, 'stance.target.ref.type'),
        get: (p) => p.stance.target.ref?.type,
      },
      {
        name: 'stance_target_id',
        type: 'string',
        description: describeField(PositionSchema, 'stance.target.ref.id'),
        get: (p) => p.stance.target.ref?.id,
      },
      {
        // One cell for the whole provision, so that a pivot cannot drop the paragraph and
        // report a claim about 14(3) as one about article 14.
        name: 'stance_target_provision',
        type: 'string',
        description:
          'The provision of that instrument the target is, as the instrument numbers it: "14" (the whole article), "14(3)" (its paragraph 3), "1(b)".',
        get: (p) => {
          const ref = p.stance.target.ref;
          return ref?.type === 'instrument' && ref.article !== undefined
            ? provisionNumber({ ...ref, instrument: ref.id, article: ref.article })
            : undefined;
        },
      },
      {
        name: 'speech_act',
        type: 'string',
        required: true,
        enum: 'speechAct',
        description: describeField(PositionSchema, 'speechAct'),
        get: (p) => p.speechAct,
      },
      {
        name: 'legal_form',
        type: 'string',
        required: true,
        enum: 'legalForm',
        description: describeField(PositionSchema, 'legalForm'),
        get: (p) => p.legalForm,
      },
      {
        name: 'interpretative_in_substance',
        type: 'boolean',
        description: describeField(PositionSchema, 'interpretativeInSubstance'),
        get: (p) => p.interpretativeInSubstance,
      },
      {
        name: 'on_behalf_of',
        type: 'string',
        description: describeField(PositionSchema, 'onBehalfOf'),
        get: (p) => p.onBehalfOf,
      },
      {
        name: 'note',
        type: 'string',
        description: describeField(PositionSchema, 'note'),
        get: (p) => p.note,
      },
      {
        name: 'withdrawal_reason',
        type: 'string',
        description: describeField(PositionSchema, 'withdrawal.reason'),
        get: (p) => p.withdrawal?.reason,
      },
    ],
  });

const positionTopicsTable = (set: ClaimSet): AnyTable =>
  table<{ p: Position; topic: string; rank: number }>({
    name: `${set.prefix}position_topics`,
    title: `Topics of each ${set.one}`,
    description: `One row per position and topic; rank 1 is the primary topic. ${set.rowsAre}`,
    rows: (d) =>
      set.rows(d).flatMap((p) => p.topics.map((topic, i) => ({ p, topic, rank: i + 1 }))),
    primaryKey: ['position', 'topic'],
    foreignKeys: [
      fk(['position'], `${set.prefix}positions`, ['id']),
      fk(['topic'], 'topics', ['id']),
    ],
    columns: [
      {
        name: 'position',
        type: 'string',
        required: true,
        description: 'Position id.',
        get: (r) => r.p.id,
      },
      {
        name: 'topic',
        type: 'string',
        required: true,
        description: 'Topic id.',
        get: (r) => r.topic,
      },
      {
        name: 'rank',
        type: 'integer',
        required: true,
        description: '1 for the primary topic, then 2, 3…',
        get: (r) => r.rank,
      },
    ],
  });

const positionArticlesTable = (set: ClaimSet): AnyTable =>
  table<{ p: Position; a: Position['articles'][number] }>({
    name: `${set.prefix}position_articles`,
    title: `Treaty provisions of each ${set.one}`,
    description: `One row per position and provision it concerns. A claim about a paragraph has its paragraph here: filter on provision, or on article and paragraph, never on article alone when the relation matters. ${set.rowsAre}`,
    rows: (d) => set.rows(d).flatMap((p) => p.articles.map((a) => ({ p, a }))),
    primaryKey: ['position', 'instrument', 'provision'],
    foreignKeys: [
      fk(['position'], `${set.prefix}positions`, ['id']),
      fk(['instrument', 'article'], 'articles', ['instrument', 'number']),
      fk(['instrument', 'provision'], 'provisions', ['instrument', 'provision']),
    ],
    columns: [
      {
        name: 'position',
        type: 'string',
        required: true,
        description: 'Position id.',
        get: (r) => r.p.id,
      },
      {
        name: 'instrument',
        type: 'string',
        required: true,
        description: 'Instrument id.',
        get: (r) => r.a.instrument,
      },
      {
        name: 'article',
        type: 'integer',
        required: true,
        description: 'Article number.',
        get: (r) => r.a.article,
      },
      {
        name: 'paragraph',
        type: 'integer',
        description: 'Paragraph of the article, when the claim is about one.',
        get: (r) => r.a.paragraph,
      },
      {
        name: 'subparagraph',
        type: 'string',
        description: 'Subparagraph letter, when the claim is about one.',
        get: (r) => r.a.subparagraph,
      },
      {
        name: 'provision',
        type: 'string',
        required: true,
        description: 'The provision as the instrument numbers it: "14", "14(3)", "1(b)".',
        get: (r) => provisionNumber(r.a),
      },
      {
        name: 'relation',
        type: 'string',
        required: true,
        enum: 'articleRelation',
        description: 'How the claim relates to the article.',
        get: (r) => r.a.relation,
      },
      {
        name: 'explicit',
        type: 'boolean',
        required: true,
        description: 'Whether the quote itself names the provision.',
        get: (r) => r.a.explicit,
      },
    ],
  });

type Instrument = Dataset['instruments'][number];
interface ProvisionRow {
  instrument: string;
  level: 'article' | 'paragraph' | 'subparagraph';
  ref: Provision;
  summary: string | undefined;
  confirmed: boolean;
}

/** Every provision an instrument's registry lists, article first, then its paragraphs in order. */
function provisionRows(i: Instrument): ProvisionRow[] {
  return i.articles.flatMap((a) => {
    const row = (
      level: ProvisionRow['level'],
      ref: Omit<Provision, 'instrument' | 'article'>,
      summary: string | undefined,
    ): ProvisionRow => ({
      instrument: i.id,
      level,
      ref: { instrument: i.id, article: a.number, ...ref },
      summary,
      confirmed: a.confirmed,
    });
    return [
      row('article', {}, a.summary),
      ...(a.subparagraphs ?? []).map((s) =>
        row('subparagraph', { subparagraph: s.letter }, s.summary),
      ),
      ...(a.paragraphs ?? []).flatMap((p) => [
        row('paragraph', { paragraph: p.number }, p.summary),
        ...(p.subparagraphs ?? []).map((s) =>
          row('subparagraph', { paragraph: p.number, subparagraph: s.letter }, s.summary),
        ),
      ]),
    ];
  });
}

export const TABLES: readonly AnyTable[] = [
  positionsTable(IN_FORCE),
  positionTopicsTable(IN_FORCE),
  positionArticlesTable(IN_FORCE),
  table<{ p: Position; l: NonNullable<Position['links']>[number] }>({
    name: 'position_links',
    title: 'Relations between the claims of a document',
    description:
      'One row per link: the position stands in the relation to the other claim (a connective the quote leaves out marks it). Claims in force only: an active claim links only to active ones.',
    rows: (d) => d.positions.flatMap((p) => (p.links ?? []).map((l) => ({ p, l }))),
    primaryKey: ['position', 'other'],
    foreignKeys: [fk(['position'], 'positions', ['id']), fk(['other'], 'positions', ['id'])],
    columns: [
      {
        name: 'position',
        type: 'string',
        required: true,
        description: 'Position id.',
        get: (r) => r.p.id,
      },
      {
        name: 'relation',
        type: 'string',
        required: true,
        enum: 'discourseRelation',
        description: 'How the position relates to the other claim.',
        get: (r) => r.l.relation,
      },
      {
        name: 'other',
        type: 'string',
        required: true,
        description: 'The other position id.',
        get: (r) => r.l.position,
      },
    ],
  }),
  table<Document>({
    name: 'documents',
    title: 'Documents',
    description: 'One row per document, with its source. Witnesses and facts are in data.json.',
    rows: (d) => d.documents,
    primaryKey: ['id'],
    foreignKeys: [fk(['actor'], 'actors', ['id']), fk(['event'], 'events', ['id'])],
    columns: [
      { name: 'id', type: 'string', required: true, description: 'Document id.', get: (d) => d.id },
      {
        name: 'title_en',
        type: 'string',
        required: true,
        description: 'Title in English.',
        get: (d) => d.title.en,
      },
      {
        name: 'title_fa',
        type: 'string',
        required: true,
        description: 'Title in Persian.',
        get: (d) => d.title.fa,
      },
      {
        name: 'actor',
        type: 'string',
        required: true,
        description: 'On whose behalf the text is spoken.',
        get: (d) => d.actor,
      },
      {
        name: 'event',
        type: 'string',
        required: true,
        description: 'Event id.',
        get: (d) => d.event,
      },
      {
        name: 'language',
        type: 'string',
        required: true,
        description: 'ISO 639 code of the source.',
        get: (d) => d.language,
      },
      {
        name: 'speaker_name_en',
        type: 'string',
        required: true,
        description: 'Speaker, in English.',
        get: (d) => d.speaker.name.en,
      },
      {
        name: 'speaker_name_fa',
        type: 'string',
        required: true,
        description: 'Speaker, in Persian.',
        get: (d) => d.speaker.name.fa,
      },
      {
        name: 'speaker_office_en',
        type: 'string',
        required: true,
        description: "Speaker's office, in English.",
        get: (d) => d.speaker.office.en,
      },
      {
        name: 'delivered_earliest',
        type: 'date',
        required: true,
        description: 'Earliest possible delivery date.',
        get: (d) => d.delivered.earliest,
      },
      {
        name: 'delivered_latest',
        type: 'date',
        required: true,
        description: 'Latest possible delivery date.',
        get: (d) => d.delivered.latest,
      },
      {
        name: 'delivered_confirmed',
        type: 'boolean',
        required: true,
        description: 'Whether the delivery day is confirmed.',
        get: (d) => d.delivered.confirmed,
      },
      {
        name: 'delivered_text',
        type: 'string',
        required: true,
        enum: ['source', 'witness', 'unknown'],
        description:
          'Whether the source is the text that was spoken: "source", "witness" (another version was), or "unknown".',
        get: (d) => d.deliveredText.status,
      },
      {
        name: 'source_publisher',
        type: 'string',
        required: true,
        description: 'Publisher of the source, in English.',
        get: (d) => d.source.publisher.en,
      },
      {
        name: 'source_url',
        type: 'string',
        required: true,
        description: 'Address of the source.',
        get: (d) => d.source.url,
      },
      {
        name: 'source_published',
        type: 'date',
        required: true,
        description: 'Publication date of the source.',
        get: (d) => d.source.published,
      },
      {
        name: 'source_sha256',
        type: 'string',
        required: true,
        description: 'SHA-256 of the verbatim source file.',
        get: (d) => d.source.sha256,
      },
      {
        name: 'kind',
        type: 'string',
        required: true,
        enum: 'documentKind',
        description: 'statement (coded whole) or excerpt (only the paragraphs of its coded scope).',
        get: (d) => d.kind,
      },
      {
        name: 'paragraphing',
        type: 'string',
        required: true,
        enum: 'paragraphing',
        description: 'The rule that cuts the source into the numbered paragraphs.',
        get: (d) => d.paragraphing,
      },
      {
        name: 'source_kind',
        type: 'string',
        required: true,
        enum: 'sourceKind',
        description:
          "What the source is; interpretation-transcript means the quotes are the interpreter's words.",
        get: (d) => d.source.kind,
      },
      {
        name: 'source_symbol',
        type: 'string',
        required: false,
        description: 'UN document symbol of an official record.',
        get: (d) => d.source.symbol,
      },
    ],
  }),
  table<{ d: Document; p: Document['paragraphs'][number] }>({
    name: 'paragraphs',
    title: 'Paragraphs',
    description:
      'Every paragraph of every source, with its role and translation. Sic notes are in data.json.',
    rows: (d) => d.documents.flatMap((doc) => doc.paragraphs.map((p) => ({ d: doc, p }))),
    primaryKey: ['document', 'n'],
    foreignKeys: [fk(['document'], 'documents', ['id'])],
    columns: [
      {
        name: 'document',
        type: 'string',
        required: true,
        description: 'Document id.',
        get: (r) => r.d.id,
      },
      {
        name: 'n',
        type: 'integer',
        required: true,
        description: 'Paragraph number, from 1.',
        get: (r) => r.p.n,
      },
      {
        name: 'role',
        type: 'string',
        required: true,
        enum: 'paragraphRole',
        description: 'Whose words the paragraph is.',
        get: (r) => r.p.role,
      },
      {
        name: 'text',
        type: 'string',
        required: true,
        description: 'The paragraph exactly as in the source.',
        get: (r) => r.p.text,
      },
      {
        name: 'translation_en',
        type: 'string',
        required: true,
        description: 'English translation.',
        get: (r) => r.p.translation.en,
      },
      { name: 'note', type: 'string', description: 'Note on the paragraph.', get: (r) => r.p.note },
    ],
  }),
  table<Dataset['actors'][number]>({
    name: 'actors',
    title: 'Actors',
    description: 'States and other actors.',
    rows: (d) => d.actors,
    primaryKey: ['id'],
    foreignKeys: [],
    columns: [
      { name: 'id', type: 'string', required: true, description: 'Actor id.', get: (a) => a.id },
      {
        name: 'kind',
        type: 'string',
        required: true,
        enum: 'actorKind',
        description: 'Kind of actor.',
        get: (a) => a.kind,
      },
      {
        name: 'name_en',
        type: 'string',
        required: true,
        description: 'Name in English.',
        get: (a) => a.name.en,
      },
      {
        name: 'name_fa',
        type: 'string',
        required: true,
        description: 'Name in Persian.',
        get: (a) => a.name.fa,
      },
    ],
  }),
  table<Dataset['topics'][number]>({
    name: 'topics',
    title: 'Topics',
    description: 'The topic taxonomy; parent is empty for a top-level topic.',
    rows: (d) => d.topics,
    primaryKey: ['id'],
    foreignKeys: [fk(['parent'], '', ['id'])],
    columns: [
      { name: 'id', type: 'string', required: true, description: 'Topic id.', get: (t) => t.id },
      { name: 'parent', type: 'string', description: 'Parent topic id.', get: (t) => t.parent },
      {
        name: 'label_en',
        type: 'string',
        required: true,
        description: 'Label in English.',
        get: (t) => t.label.en,
      },
      {
        name: 'label_fa',
        type: 'string',
        required: true,
        description: 'Label in Persian.',
        get: (t) => t.label.fa,
      },
      {
        name: 'definition_en',
        type: 'string',
        required: true,
        description: 'Definition.',
        get: (t) => t.definition,
      },
    ],
  }),
  table<Dataset['instruments'][number]>({
    name: 'instruments',
    title: 'Instruments',
    description: 'Treaties and other texts the positions refer to.',
    rows: (d) => d.instruments,
    primaryKey: ['id'],
    foreignKeys: [],
    columns: [
      {
        name: 'id',
        type: 'string',
        required: true,
        description: 'Instrument id.',
        get: (i) => i.id,
      },
      {
        name: 'short_title',
        type: 'string',
        required: true,
        description: 'Short title.',
        get: (i) => i.shortTitle,
      },
      {
        name: 'adopted',
        type: 'date',
        required: true,
        description: 'Date of adoption.',
        get: (i) => i.adopted.date,
      },
    ],
  }),
  table<{
    i: Dataset['instruments'][number];
    a: Dataset['instruments'][number]['articles'][number];
  }>({
    name: 'articles',
    title: 'Articles',
    description: 'The articles the data refers to.',
    rows: (d) => d.instruments.flatMap((i) => i.articles.map((a) => ({ i, a }))),
    primaryKey: ['instrument', 'number'],
    foreignKeys: [fk(['instrument'], 'instruments', ['id'])],
    columns: [
      {
        name: 'instrument',
        type: 'string',
        required: true,
        description: 'Instrument id.',
        get: (r) => r.i.id,
      },
      {
        name: 'number',
        type: 'integer',
        required: true,
        description: 'Article number.',
        get: (r) => r.a.number,
      },
      {
        name: 'title',
        type: 'string',
        required: true,
        description: 'Article title.',
        get: (r) => r.a.title,
      },
    ],
  }),
  table<ProvisionRow>({
    name: 'provisions',
    title: 'Provisions',
    description:
      'One row per article, numbered paragraph and lettered subparagraph in the registry, with what it says in summary: the provision column of position_articles resolves here, "14(3)(a)" included.',
    rows: (d) => d.instruments.flatMap(provisionRows),
    primaryKey: ['instrument', 'provision'],
    foreignKeys: [
      fk(['instrument'], 'instruments', ['id']),
      fk(['instrument', 'article'], 'articles', ['instrument', 'number']),
    ],
    columns: [
      {
        name: 'instrument',
        type: 'string',
        required: true,
        description: 'Instrument id.',
        get: (r) => r.instrument,
      },
      {
        name: 'provision',
        type: 'string',
        required: true,
        description:
          'The provision as the instrument numbers it: "14", "14(3)", "14(3)(a)", "1(b)".',
        get: (r) => provisionNumber(r.ref),
      },
      {
        name: 'level',
        type: 'string',
        required: true,
        enum: ['article', 'paragraph', 'subparagraph'],
        description:
          'Whether the row is a whole article, a numbered paragraph or a lettered subparagraph.',
        get: (r) => r.level,
      },
      {
        name: 'article',
        type: 'integer',
        required: true,
        description: 'Article number.',
        get: (r) => r.ref.article,
      },
      {
        name: 'paragraph',
        type: 'integer',
        description:
          'Paragraph number; empty for an article, and for a subparagraph of an article without numbered paragraphs.',
        get: (r) => r.ref.paragraph,
      },
      {
        name: 'subparagraph',
        type: 'string',
        description: 'Subparagraph letter; empty above that level.',
        get: (r) => r.ref.subparagraph,
      },
      {
        name: 'summary',
        type: 'string',
        description:
          "The registry's summary of the provision (not the treaty's words); empty where it has none.",
        get: (r) => r.summary,
      },
      {
        name: 'confirmed',
        type: 'boolean',
        required: true,
        description:
          "Whether the article's text was checked against a published text of the instrument (its sources in instruments.json).",
        get: (r) => r.confirmed,
      },
    ],
  }),
  table<{ s: Dataset['surveys'][number]; r: Dataset['surveys'][number]['speeches'][number] }>({
    name: 'survey_speeches',
    title: 'Speeches read in each debate surveyed',
    description:
      'One row per speech of a surveyed debate: whether it names the Convention, mentions cybercrime only in general, or neither. Count the rows of an event for the speeches read.',
    rows: (d) => d.surveys.flatMap((s) => s.speeches.map((r) => ({ s, r }))),
    primaryKey: ['event', 'path'],
    foreignKeys: [fk(['event'], 'events', ['id']), fk(['actor'], 'actors', ['id'])],
    columns: [
      {
        name: 'event',
        type: 'string',
        required: true,
        description: 'The debate (event id).',
        get: (r) => r.s.event,
      },
      {
        name: 'actor',
        type: 'string',
        required: true,
        description: 'Who gave the speech (actor id).',
        get: (r) => r.r.actor,
      },
      {
        name: 'path',
        type: 'string',
        required: true,
        description:
          'The speech file in the corpus of the survey (repository and commit in data.json).',
        get: (r) => r.r.path,
      },
      {
        name: 'mentions',
        type: 'string',
        required: true,
        description: 'convention, generic (cybercrime in general only) or none.',
        get: (r) => r.r.mentions,
      },
      {
        name: 'documents',
        type: 'string',
        required: false,
        description: 'The documents that code its passages on the Convention, separated by spaces.',
        get: (r) => r.r.documents?.join(' '),
      },
      {
        name: 'passage',
        type: 'string',
        required: false,
        description: 'For a generic mention: the sentence that mentions cybercrime.',
        get: (r) => r.r.passage,
      },
    ],
  }),
  table<Dataset['events'][number]>({
    name: 'events',
    title: 'Events',
    description: 'Meetings and ceremonies.',
    rows: (d) => d.events,
    primaryKey: ['id'],
    foreignKeys: [],
    columns: [
      { name: 'id', type: 'string', required: true, description: 'Event id.', get: (e) => e.id },
      {
        name: 'name_en',
        type: 'string',
        required: true,
        description: 'Name in English.',
        get: (e) => e.name.en,
      },
      {
        name: 'place',
        type: 'string',
        required: true,
        description: 'Venue and city.',
        get: (e) => e.place,
      },
      {
        name: 'start_date',
        type: 'date',
        required: true,
        description: 'First day.',
        get: (e) => e.startDate,
      },
      {
        name: 'end_date',
        type: 'date',
        required: true,
        description: 'Last day.',
        get: (e) => e.endDate,
      },
    ],
  }),
  table<{ p: Position; successor: string; rank: number }>({
    name: 'position_successors',
    title: 'Successors of withdrawn positions',
    description:
      'One row per withdrawn position and each position that replaces it, in the order the withdrawal names them.',
    rows: (d) =>
      d.withdrawn.flatMap((p) =>
        (p.withdrawal?.supersededBy ?? []).map((successor, i) => ({ p, successor, rank: i + 1 })),
      ),
    primaryKey: ['position', 'successor'],
    // A successor may itself have been withdrawn later, so it is in one of the two tables.
    foreignKeys: [fk(['position'], 'withdrawn_positions', ['id'])],
    columns: [
      {
        name: 'position',
        type: 'string',
        required: true,
        description: 'Id of the withdrawn position (withdrawn_positions.id).',
        get: (r) => r.p.id,
      },
      {
        name: 'successor',
        type: 'string',
        required: true,
        description:
          'Id of a position that replaces it: in positions.id, or in withdrawn_positions.id when it was withdrawn in turn.',
        get: (r) => r.successor,
      },
      {
        name: 'rank',
        type: 'integer',
        required: true,
        description: '1 for the first successor named, then 2, 3…',
        get: (r) => r.rank,
      },
    ],
  }),
  positionsTable(WITHDRAWN),
  positionTopicsTable(WITHDRAWN),
  positionArticlesTable(WITHDRAWN),
  table<{ vocabulary: string; term: Vocabulary[number] }>({
    name: 'vocabularies',
    title: 'Vocabularies',
    description:
      'Every value of every closed vocabulary (stance, speech act, legal form, …) with its English and Persian labels and definition: value labels for R factors and pandas categoricals.',
    rows: (d) =>
      Object.entries(d.vocabularies).flatMap(([vocabulary, terms]) =>
        Array.isArray(terms) ? (terms as Vocabulary).map((term) => ({ vocabulary, term })) : [],
      ),
    primaryKey: ['vocabulary', 'id'],
    foreignKeys: [],
    columns: [
      {
        name: 'vocabulary',
        type: 'string',
        required: true,
        description:
          'Which vocabulary: stance (stance_value), stanceBasis (stance_basis), targetKind (stance_target_kind), speechAct (speech_act), legalForm (legal_form), articleRelation (position_articles.relation), discourseRelation (position_links.relation), paragraphRole (role), actorKind (kind)',
        get: (r) => r.vocabulary,
      },
      {
        name: 'id',
        type: 'string',
        required: true,
        description: 'The value as it appears in the other tables.',
        get: (r) => r.term.id,
      },
      {
        name: 'label_en',
        type: 'string',
        required: true,
        description: 'Label in English.',
        get: (r) => r.term.label.en,
      },
      {
        name: 'label_fa',
        type: 'string',
        required: true,
        description: 'Label in Persian.',
        get: (r) => r.term.label.fa,
      },
      {
        name: 'definition',
        type: 'string',
        required: true,
        description: 'Definition, as the codebook gives it.',
        get: (r) => r.term.definition,
      },
    ],
  }),
];
