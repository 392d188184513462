import type { z } from 'zod';
import type { Instrument } from '../../schema/instrument.ts';
import type { LintContext } from '../context.ts';
import { type Problem, problem } from '../problem.ts';

type Article = z.infer<typeof Instrument>['articles'][number];

interface ProvisionLike {
  article?: number | undefined;
  paragraph?: number | undefined;
  subparagraph?: string | undefined;
}

/**
 * A reference to a paragraph or subparagraph names one that the registry lists, so that a claim
 * about article 14(3) can never silently point at a provision nobody checked. Unknown articles
 * and instruments are reported by the references lint; this one looks below the article.
 */
export function lintProvisions(ctx: LintContext): Problem[] {
  const problems: Problem[] = [];
  const check = provisionChecker(ctx, problems);
  if (!check) return problems;
  for (const doc of ctx.documents) {
    for (const [i, pos] of doc.value.positions.entries()) {
      const at = ['positions', i];
      for (const [j, a] of pos.articles.entries())
        check(a.instrument, a, doc.file, [...at, 'articles', j]);
      const ref = pos.stance.target.ref;
      if (ref?.type === 'instrument')
        check(ref.id, ref, doc.file, [...at, 'stance', 'target', 'ref']);
    }
  }
  return problems;
}

/**
 * A check of one reference below the article, pushing to `problems`; undefined when the
 * registry failed its schema (reported already). Used by the data and by coders' files alike.
 */
export function provisionChecker(
  ctx: LintContext,
  problems: Problem[],
):
  | ((instrument: string, ref: ProvisionLike, file: string, at: (string | number)[]) => void)
  | undefined {
  const instruments = ctx.data.instruments?.value?.instruments;
  if (!instruments) return undefined;
  const articles = new Map<string, Article>();
  for (const ins of instruments)
    for (const a of ins.articles) articles.set(`${ins.id}\u0000${a.number}`, a);

  return (instrument: string, ref: ProvisionLike, file: string, at: (string | number)[]) => {
    if (ref.article === undefined) {
      if (ref.paragraph !== undefined || ref.subparagraph !== undefined)
        problems.push(problem(file, at, 'a paragraph or subparagraph needs its "article": add it'));
      return;
    }
    const article = articles.get(`${instrument}\u0000${ref.article}`);
    if (!article) return;
    const name = `article ${ref.article} of "${instrument}"`;
    if (ref.paragraph !== undefined) {
      const paragraph = article.paragraphs?.find((p) => p.number === ref.paragraph);
      if (!paragraph) {
        problems.push(
          problem(
            file,
            [...at, 'paragraph'],
            `paragraph ${ref.paragraph} of ${name} is not in instruments.json: list the article's paragraphs there, with the address of the text they were checked against`,
          ),
        );
        return;
      }
      if (
        ref.subparagraph !== undefined &&
        !paragraph.subparagraphs?.some((s) => s.letter === ref.subparagraph)
      )
        problems.push(
          problem(
            file,
            [...at, 'subparagraph'],
            `subparagraph (${ref.subparagraph}) of ${name}, paragraph ${ref.paragraph}, is not in instruments.json: add it there or correct the letter`,
          ),
        );
    } else if (ref.subparagraph !== undefined) {
      if (article.paragraphs?.length)
        problems.push(
          problem(
            file,
            [...at, 'subparagraph'],
            `${name} has numbered paragraphs: give the "paragraph" the subparagraph belongs to`,
          ),
        );
      else if (!article.subparagraphs?.some((s) => s.letter === ref.subparagraph))
        problems.push(
          problem(
            file,
            [...at, 'subparagraph'],
            `subparagraph (${ref.subparagraph}) of ${name} is not in instruments.json: add it there or correct the letter`,
          ),
        );
    }
  };
}
