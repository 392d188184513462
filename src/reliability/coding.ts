/**
 * One coding of one document, reduced to what the reliability study compares. A coding is either
 * the dataset's own (a document file's positions) or an independent coder's file; both become a
 * list of claims with code point spans. Only active claims are the coding: a withdrawn position is
 * a tombstone, kept here only so that a codebook naming it can still point at its words.
 */

export interface ArticleLink {
  instrument: string;
  article: number;
  /** Codebook 2.0: the paragraph and subparagraph of the article, where the claim is that precise. */
  paragraph?: number;
  subparagraph?: number | string;
  relation?: string;
}

export interface Claim {
  id: string;
  paragraph: number;
  /** Code point offsets [start, end) within the paragraph. */
  start: number;
  end: number;
  text: string;
  stance: string;
  /** Codebook 2.0 `stance.target.kind`; absent in codings made before it. */
  targetKind?: string;
  speechAct: string;
  topics: string[];
  articles: ArticleLink[];
  legalForm: string;
}

export interface Coding {
  /** How the coding is named in reports: the file it came from, or its role. */
  label: string;
  document: string;
  coder?: string;
  codebookVersion?: string;
  blind?: boolean;
  codedAt?: string;
  /** The active claims: the coding. */
  claims: Claim[];
  /** Withdrawn claims (tombstones), never compared. */
  withdrawn: Claim[];
  /**
   * The dataset's claims of the document, when this coding is a coder's file: the codebook names
   * passages by the dataset's ids, and the study finds them through these. Never compared.
   */
  named?: Claim[];
}

/** The fields the study reads from a position, whatever file it comes from. */
export interface PositionLike {
  id: string;
  status?: string;
  paragraph: number;
  quote: { text: string; start?: number; end?: number };
  stance: { value: string; target: { kind?: string } & Record<string, unknown> };
  speechAct: string;
  topics: string[];
  articles: {
    instrument: string;
    article: number;
    paragraph?: number;
    subparagraph?: number | string;
    relation?: string;
  }[];
  legalForm: string;
}

/** A claim from a position whose quote offsets are known (given, or found by the caller). */
export function toClaim(p: PositionLike, start: number, end: number): Claim {
  const kind = p.stance.target.kind;
  return {
    id: p.id,
    paragraph: p.paragraph,
    start,
    end,
    text: p.quote.text,
    stance: p.stance.value,
    ...(typeof kind === 'string' ? { targetKind: kind } : {}),
    speechAct: p.speechAct,
    topics: [...p.topics],
    articles: p.articles.map((a) => ({
      instrument: a.instrument,
      article: a.article,
      ...(a.paragraph !== undefined ? { paragraph: a.paragraph } : {}),
      ...(a.subparagraph !== undefined ? { subparagraph: a.subparagraph } : {}),
      ...(a.relation !== undefined ? { relation: a.relation } : {}),
    })),
    legalForm: p.legalForm,
  };
}

/** The short form of an id within its document: `irn-2025-hanoi.c07` → `c07`. */
export const shortId = (id: string): string => id.slice(id.lastIndexOf('.') + 1);
