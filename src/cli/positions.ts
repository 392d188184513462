import { toCsv } from '../export/csv.ts';
import {
  actors,
  CONVENTION,
  type Dataset,
  documents,
  events,
  folding,
  instruments,
  metadata,
  type Position,
  type PositionFilter,
  parseProvision,
  positions,
  provisionNumber,
  surveys,
  topics,
  vocabularies,
  withdrawn,
} from '../index.ts';
import { shownInput } from '../query/article-filter.ts';
import { impossibleProvision } from '../query/provision-exists.ts';
import { type Io, oneOf, paint, positiveInteger, type Style, shown, UsageError } from './io.ts';

export const FORMATS = ['text', 'json', 'jsonl', 'csv'] as const;
/** Earlier names of a format, still accepted with a warning: list and search once said `table`. */
const DEPRECATED_FORMATS: Readonly<Record<string, Format>> = { table: 'text' };
export type Format = (typeof FORMATS)[number];

/** The dataset as one object again, from the package's own exports. */
export function wholeDataset(): Dataset {
  return {
    __meta: metadata,
    documents,
    positions,
    withdrawn,
    actors,
    topics,
    instruments,
    events,
    surveys,
    folding,
    vocabularies,
  } as Dataset;
}

export const FILTER_OPTIONS = {
  actor: { type: 'string' },
  document: { type: 'string' },
  topic: { type: 'string' },
  stance: { type: 'string' },
  'target-kind': { type: 'string' },
  'speech-act': { type: 'string' },
  article: { type: 'string' },
  paragraph: { type: 'string' },
  status: { type: 'string' },
  format: { type: 'string', short: 'f' },
  help: { type: 'boolean', short: 'h' },
} as const;

type FilterValues = Partial<Record<keyof typeof FILTER_OPTIONS, string | boolean | undefined>>;

const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);

/** The filter the flags describe; a value outside a closed list is a usage error naming the list. */
export function filterFrom(values: FilterValues): PositionFilter {
  const str = (k: keyof typeof FILTER_OPTIONS) =>
    typeof values[k] === 'string' ? (values[k] as string) : undefined;
  const filter: PositionFilter = {};
  const actor = oneOf('actor', str('actor'), ids(actors));
  const document = oneOf('document', str('document'), ids(documents));
  const topic = oneOf('topic', str('topic'), ids(topics));
  const stance = oneOf('stance', str('stance'), ids(vocabularies.stance));
  const speechAct = oneOf('speech-act', str('speech-act'), ids(vocabularies.speechAct));
  const targetKind = oneOf('target-kind', str('target-kind'), ids(vocabularies.targetKind));
  const status = oneOf('status', str('status'), ['active', 'withdrawn', 'all'] as const);
  const paragraph = positiveInteger('paragraph', str('paragraph'));
  if (actor) filter.actor = actor;
  if (document) filter.document = document;
  if (topic) filter.topic = topic;
  if (stance) filter.stance = stance as PositionFilter['stance'];
  if (speechAct) filter.speechAct = speechAct as PositionFilter['speechAct'];
  if (targetKind) filter.targetKind = targetKind as PositionFilter['targetKind'];
  if (status) filter.status = status;
  if (paragraph) filter.paragraph = paragraph;
  const article = str('article');
  if (article !== undefined) {
    // The same forms as findPositions: "14", "14(3)", "14.3", "1(b)", "opsc-2000:2(c)".
    const provision = parseProvision(article);
    if (!provision)
      throw new UsageError(
        `--article must be an article or provision of the Convention (14, 14(3), 14.3, 1(b)) or <instrument>:<provision> (opsc-2000:2(c)) (got ${shownInput(article)})`,
      );
    // The library's rule, so that the command line refuses what findPositions refuses.
    const impossible = impossibleProvision(provision, instruments);
    if (impossible) throw new UsageError(`--article ${shownInput(article)} ${impossible}`);
    filter.article = provision;
  }
  return filter;
}

const STANCE_STYLE: Record<string, Style> = {
  support: 'green',
  oppose: 'red',
  conditional: 'yellow',
  mixed: 'yellow',
  neutral: 'dim',
};

function cut(text: string, width: number): string {
  const chars = Array.from(text);
  return chars.length <= width ? text : `${chars.slice(0, Math.max(1, width - 1)).join('')}…`;
}

/**
 * Positions in the chosen format; text is a table cut to the terminal's width, and only there.
 * The CSV columns come from the table definitions, which describe fields from the Zod schemas:
 * they are loaded for CSV only, so that a query in any other format starts without Zod.
 */
export async function renderPositions(
  list: readonly Position[],
  format: Format,
  io: Io,
): Promise<string> {
  if (format === 'json') return `${JSON.stringify(list, null, 2)}\n`;
  if (format === 'jsonl') return list.map((p) => `${JSON.stringify(p)}\n`).join('');
  if (format === 'csv') {
    const { TABLES } = await import('../export/tables.ts');
    const table = TABLES.find((t) => t.name === 'positions');
    if (!table) throw new Error('no positions table');
    return toCsv(
      table.fields.map((f) => f.name),
      list.map(table.cells),
    );
  }
  if (list.length === 0) return 'no positions match\n';
  // The target kind stands beside the stance: "oppose" means something only within one kind; and
  // the provisions with their relations, so that a row found by `--article 14` says whether it
  // is about article 14 or one of its paragraphs.
  const rows = list.map(
    // Data goes to a terminal here: controls are shown, never obeyed, and a row stays one line.
    (p) =>
      [
        p.id,
        p.actor,
        p.topics[0] ?? '',
        p.stance.target.kind,
        p.stance.value,
        provisionsOf(p),
        p.translation.en,
      ].map(shown),
  );
  const columns = ['id', 'actor', 'topic', 'kind', 'stance', 'provisions'];
  const fixedColumns = [0, 1, 2, 3, 4, 5];
  const widths = fixedColumns.map((i) =>
    Math.max(...rows.map((r) => (r[i] ?? '').length), columns[i]?.length ?? 0),
  );
  const line = (r: readonly string[], style?: (i: number, s: string) => string) => {
    const fixed = fixedColumns.map((i) => {
      const padded = (r[i] ?? '').padEnd(widths[i] ?? 0);
      return style ? style(i, padded) : padded;
    });
    const used = widths.reduce((a, b) => a + b + 2, 0);
    const text = io.tty ? cut(r[6] ?? '', Math.max(10, io.width - used)) : (r[6] ?? '');
    return `${fixed.join('  ')}  ${text}`.trimEnd();
  };
  const header = line([...columns, 'translation'], (_i, s) => paint(io, 'bold', s));
  const body = rows.map((r) =>
    line(r, (i, s) =>
      i === 4
        ? paint(io, STANCE_STYLE[r[4] ?? ''] ?? 'dim', s)
        : i === 0
          ? paint(io, 'cyan', s)
          : s,
    ),
  );
  return `${[header, ...body].join('\n')}\n`;
}

export function formatFrom(value: string | boolean | undefined, io: Io): Format {
  const renamed = typeof value === 'string' ? DEPRECATED_FORMATS[value] : undefined;
  if (renamed) {
    io.err(`warning: --format ${value} is deprecated, use --format ${renamed}`);
    return renamed;
  }
  return oneOf('format', typeof value === 'string' ? value : undefined, FORMATS) ?? 'text';
}

/** `14(3) opposes, opsc-2000:2(c) concerns`: a position's provisions, the Convention's without prefix. */
function provisionsOf(p: Position): string {
  const refs = p.articles.map(
    (a) =>
      `${a.instrument === CONVENTION ? '' : `${a.instrument}:`}${provisionNumber(a)} ${a.relation}`,
  );
  return refs.length > 0 ? refs.join(', ') : '-';
}
