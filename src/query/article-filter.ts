// The reading of "which provision" for findPositions, on top of the one parser (parseProvision),
// which the command line's --article uses too. What it adds is the refusal: a form that names no
// provision is a TypeError naming the forms, never a filter that silently matches nothing.
import { type Provision, parseProvision } from '../provision.ts';

/**
 * The accepted forms, for messages: each row is one form parseProvision reads, with an example.
 * A new form is one more row here and one more branch there.
 */
export const FORMS: readonly { form: string; example: string }[] = [
  { form: 'an article number', example: '14' },
  { form: 'its digits as a string', example: "'14'" },
  { form: 'a paragraph', example: "'14(3)' or '14.3'" },
  { form: 'a subparagraph', example: "'1(b)' or '14(3)(a)'" },
  { form: 'with "art." before it', example: "'art. 14(3)'" },
  { form: 'another instrument', example: "'opsc-2000:2(c)'" },
  { form: 'an object', example: '{ instrument, article, paragraph?, subparagraph? }' },
];

/** The forms, for messages. */
export const ARTICLE_FORMS = FORMS.map((f) => f.example).join(', ');

const OBJECT_KEYS = ['instrument', 'article', 'paragraph', 'subparagraph'];

/** An input as a message shows it: quoted, and cut short, since it may be any length. */
export function shownInput(input: unknown): string {
  let text: string;
  try {
    text =
      typeof input === 'string'
        ? `"${input}"`
        : input !== null && typeof input === 'object'
          ? (JSON.stringify(input) ?? String(input))
          : String(input);
  } catch {
    text = Object.prototype.toString.call(input);
  }
  return text.length > 80 ? `${text.slice(0, 60)}… (${text.length} characters)` : text;
}
const describe = shownInput;

const malformed = (input: unknown, why = 'is not a provision') =>
  new TypeError(`findPositions: article ${describe(input)} ${why}: write ${ARTICLE_FORMS}`);

/** The provision `input` names; throws a TypeError naming the accepted forms when it names none. */
export function parseArticle(input: unknown): Provision {
  if (input !== null && typeof input === 'object' && !Array.isArray(input)) {
    const unknown = Object.keys(input).filter((k) => !OBJECT_KEYS.includes(k));
    // A misspelt field ({ artcle: 14 }) would otherwise be dropped, and the filter widened.
    if (unknown.length > 0) throw malformed(input, `has unknown field(s) ${unknown.join(', ')}`);
  } else if (typeof input !== 'number' && typeof input !== 'string') throw malformed(input);
  const provision = parseProvision(input as Parameters<typeof parseProvision>[0]);
  if (!provision || !Number.isSafeInteger(provision.article)) throw malformed(input);
  return provision;
}
