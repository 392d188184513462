import type { Dataset, Document, Paragraph, Position } from '../../src/generated/types.ts';
import { codePointSpan } from '../../src/text/codepoints.ts';
import { locate } from '../../src/text/locate.ts';
import type { LintContext } from '../../src/validate/context.ts';
import { fingerprint } from './fingerprint.ts';

export type DatasetBody = Omit<Dataset, '__meta'>;

/**
 * Turns validated data into the published dataset: paragraphs get their text, positions their
 * document id and code point offsets, and the claims in force are kept apart from the withdrawn
 * ones, so that nothing that counts `positions` can count a tombstone. Call only on data with no
 * problems.
 */
export function compileDataset(ctx: LintContext): DatasetBody {
  const { data } = ctx;
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined)
      throw new Error(`compileDataset: ${what} is not valid; validate first`);
    return value;
  };
  const documents: Document[] = [];
  const positions: Position[] = [];
  const withdrawn: Position[] = [];
  const sorted = [...ctx.documents].sort(
    (a, b) =>
      a.value.delivered.earliest.localeCompare(b.value.delivered.earliest) ||
      a.value.id.localeCompare(b.value.id),
  );
  for (const doc of sorted) {
    const {
      $schema: _schema,
      positions: docPositions,
      paragraphs: annotations,
      ...meta
    } = doc.value;
    const texts = need(ctx.paragraphs(doc), `the source of ${doc.file}`);
    const paragraphs: Paragraph[] = annotations.map((a) => ({
      ...a,
      text: need(texts[a.n - 1], `paragraph ${a.n} of ${doc.file}`),
    }));
    documents.push({ ...meta, paragraphs });
    for (const p of docPositions) {
      const paragraph = need(texts[p.paragraph - 1], `paragraph ${p.paragraph} of ${doc.file}`);
      const found = locate(paragraph, p.quote.text, p.quote.occurrence);
      if ('error' in found)
        throw new Error(`compileDataset: quote of ${p.id} ${found.error}; validate first`);
      const { id, quote, ...rest } = p;
      (p.status === 'active' ? positions : withdrawn).push({
        id,
        document: doc.value.id,
        ...rest,
        quote: { text: quote.text, ...codePointSpan(paragraph, found.index, quote.text) },
      });
    }
  }
  const { $schema: _v, ...vocabularies } = need(data.vocabularies?.value, 'vocabularies.json');
  const { $schema: _f, ...folding } = need(data.folding?.value, 'folding/fa-fold-v1.json');
  return {
    documents,
    positions,
    withdrawn,
    actors: need(data.actors?.value, 'actors.json').actors,
    topics: need(data.topics?.value, 'topics.json').topics,
    instruments: need(data.instruments?.value, 'instruments.json').instruments,
    events: need(data.events?.value, 'events.json').events,
    surveys: need(data.surveys?.value, 'surveys.json').surveys,
    folding,
    vocabularies,
  };
}

/**
 * The dataset with its __meta; `released` is the release date, known only for a recorded release,
 * and `previousRelease` the release that data built between releases follows.
 */
export function withMeta(
  body: DatasetBody,
  version: string,
  released?: string,
  previousRelease?: { version: string; date: string },
): Dataset {
  return {
    __meta: {
      version,
      fingerprint: fingerprint(body),
      codebookVersion: body.vocabularies.codebookVersion,
      ...(released ? { released } : {}),
      ...(previousRelease ? { previousRelease } : {}),
    },
    ...body,
  };
}
