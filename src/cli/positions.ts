import {
  actors,
  CONVENTION,
  type Dataset,
  dataset,
  documents,
  events,
  folding,
  instruments,
  type Position,
  type PositionFilter,
  positions,
  topics,
  vocabularies,
} from 'cybercrime-positions';
import { toCsv } from '../build/csv.ts';
import { TABLES } from '../build/tables.ts';
import { type ArticleRef, parseArticle } from '../query/article-filter.ts';
import { type Io, oneOf, paint, positiveInteger, type Style, shown, UsageError } from './io.ts';

export const FORMATS = ['table', 'json', 'jsonl', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/** The dataset as one object again, from the package's own exports. */
export function wholeDataset(): Dataset {
  return {
    __meta: dataset,
    documents,
    positions,
    actors,
    topics,
    instruments,
    events,
    folding,
    vocabularies,
  } as Dataset;
}

export const FILTER_OPTIONS = {
  actor: { type: 'string' },
  document: { type: 'string' },
  topic: { type: 'string' },
  stance: { type: 'string' },
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
  const status = oneOf('status', str('status'), ['active', 'withdrawn', 'all'] as const);
  const paragraph = positiveInteger('paragraph', str('paragraph'));
  if (actor) filter.actor = actor;
  if (document) filter.document = document;
  if (topic) filter.topic = topic;
  if (stance) filter.stance = stance as PositionFilter['stance'];
  if (speechAct) filter.speechAct = speechAct as PositionFilter['speechAct'];
  if (status) filter.status = status;
  if (paragraph) filter.paragraph = paragraph;
  const article = str('article');
  if (article !== undefined) {
    // "14" is an article of the Convention; "opsc-2000:2" names the instrument. The library reads
    // the forms, so the flag and findPositions take the same ones.
    let ref: ArticleRef;
    try {
      ref = parseArticle(article, CONVENTION);
    } catch {
      throw new UsageError(
        `--article must be a number (the Convention) or <instrument>:<number>, e.g. 14 or opsc-2000:2 (got "${article}")`,
      );
    }
    if (!ids(instruments).includes(ref.instrument))
      throw new UsageError(
        `--article names the instrument "${ref.instrument}"; the instruments are ${ids(instruments).join(', ')}`,
      );
    filter.article = ref;
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

/** Positions in the chosen format; a table is cut to the terminal's width, and only there. */
export function renderPositions(list: readonly Position[], format: Format, io: Io): string {
  if (format === 'json') return `${JSON.stringify(list, null, 2)}\n`;
  if (format === 'jsonl') return list.map((p) => `${JSON.stringify(p)}\n`).join('');
  if (format === 'csv') {
    const table = TABLES.find((t) => t.name === 'positions');
    if (!table) throw new Error('no positions table');
    return toCsv(
      table.fields.map((f) => f.name),
      list.map(table.cells),
    );
  }
  if (list.length === 0) return 'no positions match\n';
  const rows = list.map(
    // Data goes to a terminal here: controls are shown, never obeyed, and a row stays one line.
    (p) => [p.id, p.actor, p.topics[0] ?? '', p.stance.value, p.translation.en].map(shown),
  );
  const widths = [0, 1, 2, 3].map((i) =>
    Math.max(
      ...rows.map((r) => (r[i] ?? '').length),
      ['id', 'actor', 'topic', 'stance'][i]?.length ?? 0,
    ),
  );
  const line = (r: readonly string[], style?: (i: number, s: string) => string) => {
    const fixed = [0, 1, 2, 3].map((i) => {
      const padded = (r[i] ?? '').padEnd(widths[i] ?? 0);
      return style ? style(i, padded) : padded;
    });
    const used = widths.reduce((a, b) => a + b + 2, 0);
    const text = io.tty ? cut(r[4] ?? '', Math.max(10, io.width - used)) : (r[4] ?? '');
    return `${fixed.join('  ')}  ${text}`.trimEnd();
  };
  const header = line(['id', 'actor', 'topic', 'stance', 'translation'], (_i, s) =>
    paint(io, 'bold', s),
  );
  const body = rows.map((r) =>
    line(r, (i, s) =>
      i === 3
        ? paint(io, STANCE_STYLE[r[3] ?? ''] ?? 'dim', s)
        : i === 0
          ? paint(io, 'cyan', s)
          : s,
    ),
  );
  return `${[header, ...body].join('\n')}\n`;
}

export function formatFrom(value: string | boolean | undefined): Format {
  return oneOf('format', typeof value === 'string' ? value : undefined, FORMATS) ?? 'table';
}
