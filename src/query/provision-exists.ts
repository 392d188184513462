// Which provisions cannot exist, by what the registry (instruments.json) knows: an article past
// the instrument's count, or a paragraph an article does not have when its paragraphs are listed
// (the registry lists all of an article's paragraphs or none). A provision that may exist but
// that no claim refers to is not refused: it is a question with an empty answer.
import type { Instrument } from '../generated/types.ts';
import { type Provision, provisionNumber } from '../provision.ts';

/** The numbers of a list, as a reader writes them: 1–5, or 1, 2, 4. */
function numbers(list: readonly number[]): string {
  const sorted = [...list].sort((a, b) => a - b);
  const contiguous = sorted.every((n, i) => i === 0 || n === (sorted[i - 1] as number) + 1);
  return contiguous && sorted.length > 2 ? `${sorted[0]}–${sorted.at(-1)}` : sorted.join(', ');
}

/**
 * Why `p` cannot be a provision of the instruments given, as the end of a sentence naming it, or
 * undefined when it can be.
 */
export function impossibleProvision(
  p: Provision,
  instruments: readonly Instrument[],
): string | undefined {
  const instrument = instruments.find((i) => i.id === p.instrument);
  if (!instrument)
    return `names the instrument "${p.instrument}", which is not one of ${instruments.map((i) => `"${i.id}"`).join(', ')}`;
  const count = instrument.articleCount;
  if (count !== undefined && p.article > count)
    return `cannot exist: "${instrument.id}" has ${count} articles`;
  const paragraphs = instrument.articles.find((a) => a.number === p.article)?.paragraphs;
  if (p.paragraph !== undefined && paragraphs && paragraphs.length > 0)
    if (!paragraphs.some((q) => q.number === p.paragraph))
      return `cannot exist: article ${p.article} of "${instrument.id}" has paragraphs ${numbers(paragraphs.map((q) => q.number))} (asked for ${provisionNumber(p)})`;
  return undefined;
}
