import { annotationOf } from '../../paragraph-annotation.ts';
import { occurrences } from '../../text/codepoints.ts';
import { quoteMismatch } from '../../text/first-difference.ts';
import { locate } from '../../text/locate.ts';
import type { LintContext } from '../context.ts';
import { type Problem, problem } from '../problem.ts';

/** Every quote and every sic span occurs verbatim in its paragraph; quotes come from speech only. */
export function lintQuotes(ctx: LintContext): Problem[] {
  const problems: Problem[] = [];
  for (const doc of ctx.documents) {
    const paragraphs = ctx.paragraphs(doc);
    if (!paragraphs) continue; // reported by lintSources
    const { value } = doc;
    value.positions.forEach((pos, i) => {
      const at = ['positions', i];
      const text = paragraphs[pos.paragraph - 1];
      if (text === undefined) {
        problems.push(
          problem(
            doc.file,
            [...at, 'paragraph'],
            `paragraph ${pos.paragraph} does not exist: the source has ${paragraphs.length} paragraphs`,
          ),
        );
        return;
      }
      const role = annotationOf(value.paragraphs, pos.paragraph)?.role;
      if (role !== undefined && role !== 'speech') {
        problems.push(
          problem(
            doc.file,
            [...at, 'paragraph'],
            `paragraph ${pos.paragraph} is ${role}, not the speaker's words: quote a paragraph whose role is "speech"`,
          ),
        );
      }
      const found = locate(text, pos.quote.text, pos.quote.occurrence);
      if ('error' in found) {
        problems.push(
          problem(
            doc.file,
            [...at, 'quote', found.error === 'not found' ? 'text' : 'occurrence'],
            found.error === 'not found'
              ? `quote is not in paragraph ${pos.paragraph} verbatim (${quoteMismatch(text, pos.quote.text)}): copy it from the source byte for byte (typos and missing zero-width non-joiners included)`
              : `quote ${found.error}`,
          ),
        );
      } else if (
        pos.quote.occurrence !== undefined &&
        occurrences(text, pos.quote.text).length === 1
      ) {
        problems.push(
          problem(
            doc.file,
            [...at, 'quote', 'occurrence'],
            'the quote occurs once in the paragraph: remove "occurrence"',
          ),
        );
      }
    });
    value.paragraphs.forEach((para, i) => {
      const text = paragraphs[para.n - 1];
      if (text === undefined) return; // reported by lintSources
      para.sic.forEach((sic, j) => {
        const found = locate(text, sic.text, sic.occurrence);
        if ('error' in found) {
          problems.push(
            problem(
              doc.file,
              ['paragraphs', i, 'sic', j, found.error === 'not found' ? 'text' : 'occurrence'],
              found.error === 'not found'
                ? `"${sic.text}" is not in paragraph ${para.n}: a sic note must name a span of the source verbatim`
                : `sic span ${found.error}`,
            ),
          );
        }
      });
    });
  }
  return problems;
}
