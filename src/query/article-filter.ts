// The one reading of "which article" shared by findPositions and the command line, so both take
// the same forms: 14, '14', 'unccc-2024:14', { instrument: 'opsc-2000', article: 2 }. A form is
// a row of FORMS; a provision form ('14.3', '14(3)') is one more row and one more field.

/** A treaty article: the instrument's id and the article's number. */
export interface ArticleRef {
  instrument: string;
  article: number;
}

/** What an article filter may be given. A bare number is an article of the default instrument. */
export type ArticleInput = number | string | { instrument?: string; article: number | string };

const NUMBER = '([1-9][0-9]{0,5})';
const INSTRUMENT = '([a-z][a-z0-9-]*)';

/** The written forms, each with how it becomes an ArticleRef. */
const FORMS: readonly { pattern: RegExp; read: (m: RegExpExecArray, def: string) => ArticleRef }[] =
  [
    {
      pattern: new RegExp(`^${NUMBER}$`),
      read: (m, def) => ({ instrument: def, article: Number(m[1]) }),
    },
    {
      pattern: new RegExp(`^${INSTRUMENT}:${NUMBER}$`),
      read: (m) => ({ instrument: m[1] as string, article: Number(m[2]) }),
    },
  ];

/** The forms, for messages. */
export const ARTICLE_FORMS =
  '14, "14", "unccc-2024:14" or { instrument: "unccc-2024", article: 14 }';

const malformed = (input: unknown) =>
  new TypeError(
    `article ${typeof input === 'string' ? `"${input}"` : typeof input === 'object' ? JSON.stringify(input) : String(input)} is not an article: write ${ARTICLE_FORMS}`,
  );

/**
 * The article `input` names, with `defaultInstrument` for a bare number; throws a TypeError
 * naming the accepted forms when it names none.
 */
export function parseArticle(input: unknown, defaultInstrument: string): ArticleRef {
  if (typeof input === 'number') {
    if (Number.isSafeInteger(input) && input >= 1)
      return { instrument: defaultInstrument, article: input };
    throw malformed(input);
  }
  if (typeof input === 'string') {
    const text = input;
    for (const { pattern, read } of FORMS) {
      const m = pattern.exec(text);
      if (m) return read(m, defaultInstrument);
    }
    throw malformed(input);
  }
  if (input && typeof input === 'object' && !Array.isArray(input)) {
    const { instrument, article, ...rest } = input as Record<string, unknown>;
    if (Object.keys(rest).length > 0)
      throw new TypeError(
        `article has unknown field(s) ${Object.keys(rest).join(', ')}: write ${ARTICLE_FORMS}`,
      );
    if (
      instrument !== undefined &&
      (typeof instrument !== 'string' || !new RegExp(`^${INSTRUMENT}$`).test(instrument))
    )
      throw malformed(input);
    const n = parseArticle(article, defaultInstrument);
    if (typeof article === 'string' && n.instrument !== defaultInstrument) throw malformed(input);
    return {
      instrument: (instrument as string | undefined) ?? defaultInstrument,
      article: n.article,
    };
  }
  throw malformed(input);
}
