import type { Dataset } from '../generated/types.ts';

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

export const TABLES: readonly AnyTable[] = [
  table<Position>({
    name: 'positions',
    title: 'Positions',
    description:
      'One row per claim, withdrawn ones (tombstones) included. Topics and articles are in the link tables.',
    rows: (d) => d.positions,
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
        description: 'Position id, never reused.',
        get: (p) => p.id,
      },
      {
        name: 'document',
        type: 'string',
        required: true,
        description: 'Document id.',
        get: (p) => p.document,
      },
      {
        name: 'status',
        type: 'string',
        required: true,
        enum: ['active', 'withdrawn'],
        description: 'active or withdrawn.',
        get: (p) => p.status,
      },
      {
        name: 'actor',
        type: 'string',
        required: true,
        description: 'Actor id (ISO 3166-1 alpha-3 for States).',
        get: (p) => p.actor,
      },
      {
        name: 'paragraph',
        type: 'integer',
        required: true,
        description: 'Paragraph number in the source, from 1.',
        get: (p) => p.paragraph,
      },
      {
        name: 'quote_text',
        type: 'string',
        required: true,
        description: 'Verbatim quote.',
        get: (p) => p.quote.text,
      },
      {
        name: 'quote_start',
        type: 'integer',
        required: true,
        description: 'Code point offset of the quote in the paragraph.',
        get: (p) => p.quote.start,
      },
      {
        name: 'quote_end',
        type: 'integer',
        required: true,
        description: 'Code point offset just past the quote.',
        get: (p) => p.quote.end,
      },
      {
        name: 'translation_en',
        type: 'string',
        required: true,
        description: 'English translation of the quote.',
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
        description: 'Stance value.',
        get: (p) => p.stance.value,
      },
      {
        name: 'stance_target',
        type: 'string',
        required: true,
        description: 'What the stance is about, in words.',
        get: (p) => p.stance.target.text,
      },
      {
        name: 'stance_target_type',
        type: 'string',
        enum: ['actor', 'instrument', 'event'],
        description: 'Kind of record the target refers to, if any.',
        get: (p) => p.stance.target.ref?.type,
      },
      {
        name: 'stance_target_id',
        type: 'string',
        description: 'Id of that record.',
        get: (p) => p.stance.target.ref?.id,
      },
      {
        name: 'stance_target_article',
        type: 'integer',
        description: 'Article of that instrument, if any.',
        get: (p) => p.stance.target.ref?.article,
      },
      {
        name: 'speech_act',
        type: 'string',
        required: true,
        enum: 'speechAct',
        description: 'Speech act.',
        get: (p) => p.speechAct,
      },
      {
        name: 'legal_form',
        type: 'string',
        required: true,
        enum: 'legalForm',
        description: 'Legal form of the statement.',
        get: (p) => p.legalForm,
      },
      { name: 'note', type: 'string', description: "The coder's note.", get: (p) => p.note },
      {
        name: 'withdrawal_reason',
        type: 'string',
        description: 'Why a withdrawn position was withdrawn.',
        get: (p) => p.withdrawal?.reason,
      },
      {
        name: 'superseded_by',
        type: 'string',
        description: 'Ids of the positions that replace a withdrawn one, separated by spaces.',
        get: (p) => p.withdrawal?.supersededBy?.join(' '),
      },
    ],
  }),
  table<{ p: Position; topic: string; rank: number }>({
    name: 'position_topics',
    title: 'Topics of each position',
    description: 'One row per position and topic; rank 1 is the primary topic.',
    rows: (d) =>
      d.positions.flatMap((p) => p.topics.map((topic, i) => ({ p, topic, rank: i + 1 }))),
    primaryKey: ['position', 'topic'],
    foreignKeys: [fk(['position'], 'positions', ['id']), fk(['topic'], 'topics', ['id'])],
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
  }),
  table<{ p: Position; a: Position['articles'][number] }>({
    name: 'position_articles',
    title: 'Treaty articles of each position',
    description: 'One row per position and article it concerns.',
    rows: (d) => d.positions.flatMap((p) => p.articles.map((a) => ({ p, a }))),
    primaryKey: ['position', 'instrument', 'article'],
    foreignKeys: [
      fk(['position'], 'positions', ['id']),
      fk(['instrument', 'article'], 'articles', ['instrument', 'number']),
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
        description: 'Whether the speaker names the article.',
        get: (r) => r.a.explicit,
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
];
