/** The Convention, which a bare article number refers to. */
export const CONVENTION = 'unccc-2024';

/** A treaty provision: an article, or one of its paragraphs or subparagraphs. */
export interface Provision {
  instrument: string;
  article: number;
  paragraph?: number | undefined;
  subparagraph?: string | undefined;
}

/** The forms a provision may be asked for in: `14`, `'14'`, `'14(3)'`, `'14.3'`, `'1(b)'`, `'unccc-2024:14(3)(a)'`, or an object. */
export type ProvisionQuery =
  | number
  | string
  | {
      instrument?: string | undefined;
      article: number;
      paragraph?: number | undefined;
      subparagraph?: string | undefined;
    };

// article, then an optional paragraph and subparagraph, in brackets or after dots:
// 14, 14(3), 14(3)(a), 14.3, 14.3.a, 1(b), 1.b
const FORM = /^(\d+)(?:\((\d+)\)|\.(\d+))?(?:\(([a-z])\)|\.([a-z]))?$/;

/** A whole number from 1 that a number holds exactly. */
const counts = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) > 0;

/**
 * The provision a query names, or `undefined` when it is not one of the accepted forms. A bare
 * number or a form without an instrument means the Convention.
 */
export function parseProvision(query: ProvisionQuery): Provision | undefined {
  if (typeof query === 'number')
    return Number.isSafeInteger(query) && query > 0
      ? { instrument: CONVENTION, article: query }
      : undefined;
  if (typeof query === 'string') {
    const text = query.trim().replace(/^art(?:icle)?\.?\s*/i, '');
    const colon = text.lastIndexOf(':');
    const instrument = colon === -1 ? CONVENTION : text.slice(0, colon);
    const m = FORM.exec(colon === -1 ? text : text.slice(colon + 1));
    if (!m || instrument === '') return undefined;
    const [, a, p1, p2, s1, s2] = m;
    const article = Number(a);
    const paragraph = p1 ?? p2;
    const subparagraph = s1 ?? s2;
    // Numbers count from 1 and must be held exactly: 14.0, 14(0) and 400 digits name nothing.
    if (!counts(article)) return undefined;
    if (paragraph !== undefined && !counts(Number(paragraph))) return undefined;
    return {
      instrument,
      article,
      ...(paragraph !== undefined ? { paragraph: Number(paragraph) } : {}),
      ...(subparagraph !== undefined ? { subparagraph } : {}),
    };
  }
  if (query === null || typeof query !== 'object' || Array.isArray(query)) return undefined;
  // Own fields only: an object that inherits `article` from its prototype names nothing.
  const own = (key: string) =>
    Object.hasOwn(query, key) ? (query as Record<string, unknown>)[key] : undefined;
  const instrument = own('instrument') ?? CONVENTION;
  const article = own('article');
  const paragraph = own('paragraph');
  const subparagraph = own('subparagraph');
  if (typeof instrument !== 'string' || !counts(article)) return undefined;
  if (paragraph !== undefined && !counts(paragraph)) return undefined;
  // A string itself, not whatever turns into one ({ toString }, ['a']).
  if (
    subparagraph !== undefined &&
    !(typeof subparagraph === 'string' && /^[a-z]$/.test(subparagraph))
  )
    return undefined;
  return {
    instrument,
    article,
    ...(paragraph !== undefined ? { paragraph } : {}),
    ...(subparagraph !== undefined ? { subparagraph } : {}),
  };
}

/** `14(3)(a)`: the provision's number as the Convention writes it, without the instrument. */
export function provisionNumber(p: Provision): string {
  return `${p.article}${p.paragraph !== undefined ? `(${p.paragraph})` : ''}${
    p.subparagraph !== undefined ? `(${p.subparagraph})` : ''
  }`;
}

/**
 * `unccc-2024:14(3)`: one key per provision, the form the CLI and the CSV tables use. Without an
 * instrument, the provision is the Convention's, as in `findPositions`.
 */
export function provisionKey(p: Provision | Omit<Provision, 'instrument'>): string {
  const instrument = 'instrument' in p && p.instrument !== undefined ? p.instrument : CONVENTION;
  return `${instrument}:${provisionNumber(p as Provision)}`;
}

/**
 * The keys a reference is found under: its own and every enclosing provision's, so that a query
 * for article 14 finds a claim about 14(3), and one for 14(3) finds 14(3)(a).
 */
export function provisionKeys(p: Provision): string[] {
  const keys = [provisionKey({ instrument: p.instrument, article: p.article })];
  if (p.paragraph !== undefined)
    keys.push(
      provisionKey({ instrument: p.instrument, article: p.article, paragraph: p.paragraph }),
    );
  if (p.subparagraph !== undefined) keys.push(provisionKey(p));
  return keys;
}
