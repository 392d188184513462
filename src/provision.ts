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
    if (!(article > 0)) return undefined;
    return {
      instrument,
      article,
      ...(paragraph !== undefined ? { paragraph: Number(paragraph) } : {}),
      ...(subparagraph !== undefined ? { subparagraph } : {}),
    };
  }
  if (query === null || typeof query !== 'object') return undefined;
  const { instrument = CONVENTION, article, paragraph, subparagraph } = query;
  if (typeof instrument !== 'string' || !Number.isSafeInteger(article) || article < 1)
    return undefined;
  if (paragraph !== undefined && (!Number.isSafeInteger(paragraph) || paragraph < 1))
    return undefined;
  if (subparagraph !== undefined && !/^[a-z]$/.test(String(subparagraph))) return undefined;
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

/** `unccc-2024:14(3)`: one key per provision, the form the CLI and the CSV tables use. */
export function provisionKey(p: Provision): string {
  return `${p.instrument}:${provisionNumber(p)}`;
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
