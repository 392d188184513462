/**
 * Which passages the codebook uses as examples, read from the codebook's own text, per variable.
 *
 * The rule. The codebook is cut into sections at its level-2 and level-3 headings (a level-4
 * heading, one value of a closed list, stays in its section). A section belongs to a variable by
 * its heading: "unit" or "quote" → the unit of coding; "topic" → topics; "stance" → stance (and the
 * target kind); "target" → the target kind; "speech act" or `speechAct` → speech act; "article",
 * "relation" or "provision" → article and provision links; "legal form" or `legalForm` → legal form.
 * Any other section (translation, actor, status, note, roles, actor kinds, ambiguity, ids) gives no
 * variable an example. In a section, a passage is named by a position id (`c07`,
 * `irn-2025-hanoi.c07`), a range of them (`c21` to `c27`), a paragraph (`paragraph 3`, `¶3`) or a
 * range of paragraphs (`paragraphs 10 to 12`). Bare ids and paragraph numbers belong to the one
 * document the codebook names as the source of its examples (a document id such as
 * `irn-2025-hanoi` in its text); with none, or more than one, only full ids count.
 *
 * A claim is then exemplified for a variable when its id is named in one of that variable's
 * sections, when its quote matches (by the unitizing rule) the quote of a named position, active or
 * withdrawn (so that a codebook written against 1.0 ids still finds the passage after recoding), or
 * when its paragraph is named there. For unitizing, a paragraph is exemplified when a unit section
 * names it or names a claim in it.
 */

export type ExampleGroup =
  | 'unit'
  | 'topics'
  | 'stance'
  | 'targetKind'
  | 'speechAct'
  | 'articles'
  | 'legalForm';

export const EXAMPLE_RULE =
  'a passage is exemplified for a variable when a codebook section on that variable (by its heading) names its position id, a position whose quote it matches, or its paragraph';

export interface Named {
  /** Full position ids named. */
  ids: Set<string>;
  paragraphs: Set<number>;
}

export interface CodebookExamples {
  version: string | null;
  /** The document whose bare ids and paragraph numbers the codebook's examples refer to. */
  document: string | null;
  groups: Record<ExampleGroup, Named>;
}

function groupsOf(heading: string): ExampleGroup[] {
  const h = heading.toLowerCase();
  const out: ExampleGroup[] = [];
  if (/unit of coding|\bquote\b/.test(h)) out.push('unit');
  if (/topic/.test(h)) out.push('topics');
  if (/stance/.test(h)) out.push('stance', 'targetKind');
  if (/target/.test(h) && !out.includes('targetKind')) out.push('targetKind');
  if (/speech ?act/.test(h)) out.push('speechAct');
  if (/article|relation|provision/.test(h)) out.push('articles');
  if (/legal ?form/.test(h)) out.push('legalForm');
  return out;
}

const DOC_ID = /\b([a-z]{3}-\d{4}-[a-z0-9]+(?:-[a-z0-9]+)*)\b/g;

/** Reads the examples out of the codebook's Markdown text. */
export function codebookExamples(markdown: string): CodebookExamples {
  const version = /Codebook version:\s*([0-9]+\.[0-9]+)/.exec(markdown)?.[1] ?? null;
  // The codebook says which document its examples come from; other documents may be named (as
  // examples of source kinds, say) without lending it their paragraph numbers.
  const declared = /The examples come from[^(]*\(`data\/documents\/([a-z0-9-]+)\.json`/.exec(
    markdown,
  )?.[1];
  const documents = new Set<string>();
  for (const m of markdown.matchAll(DOC_ID)) documents.add(m[1] as string);
  const document = declared ?? (documents.size === 1 ? ([...documents][0] as string) : null);
  const groups = Object.fromEntries(
    (['unit', 'topics', 'stance', 'targetKind', 'speechAct', 'articles', 'legalForm'] as const).map(
      (g) => [g, { ids: new Set<string>(), paragraphs: new Set<number>() }],
    ),
  ) as Record<ExampleGroup, Named>;

  let current: ExampleGroup[] = [];
  // A numbered subsection about nothing in particular ("1.3 The split test") belongs to its
  // section's variable ("1. The unit of coding"); a subsection numbered under another section
  // does not inherit.
  let section: { number: string; groups: ExampleGroup[] } = { number: '', groups: [] };
  for (const line of markdown.split('\n')) {
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      const level = (heading[1] as string).length;
      const text = heading[2] as string;
      const number = /^(\d+(?:\.\d+)*)\.?\s/.exec(text)?.[1] ?? '';
      if (level <= 2) {
        current = groupsOf(text);
        section = { number, groups: current };
      } else if (level === 3) {
        const own = groupsOf(text);
        const inherits = section.number !== '' && number.startsWith(`${section.number}.`);
        current = own.length > 0 ? own : inherits ? section.groups : [];
      }
      continue;
    }
    if (current.length === 0) continue;
    // Backticks and emphasis are markup, not text: `c21` to `c27` is a range.
    const text = line.replaceAll('`', '').replaceAll('*', '');
    const ids = new Set<string>();
    const paragraphs = new Set<number>();
    const full = (doc: string | undefined, n: string) =>
      doc ? `${doc}.c${n}` : document ? `${document}.c${n}` : null;
    for (const m of text.matchAll(
      /\b(?:([a-z]{3}-\d{4}-[a-z0-9-]+?)\.)?c(\d{2,})\s*(?:to|–|—|-)\s*(?:([a-z]{3}-\d{4}-[a-z0-9-]+?)\.)?c(\d{2,})\b/g,
    )) {
      const from = Number(m[2]);
      const to = Number(m[4]);
      const width = (m[2] as string).length;
      for (let n = from; n <= to; n++) {
        const id = full(m[1], String(n).padStart(width, '0'));
        if (id) ids.add(id);
      }
    }
    for (const m of text.matchAll(/\b(?:([a-z]{3}-\d{4}-[a-z0-9-]+?)\.)?c(\d{2,})\b/g)) {
      const id = full(m[1], m[2] as string);
      if (id) ids.add(id);
    }
    if (document) {
      for (const m of text.matchAll(
        /(?:\bparagraphs?\s+|¶\s*)(\d+)(?:\s*(?:to|–|—|-)\s*(?:¶\s*)?(\d+))?/gi,
      )) {
        const from = Number(m[1]);
        const to = m[2] === undefined ? from : Number(m[2]);
        for (let n = from; n <= to; n++) paragraphs.add(n);
      }
    }
    for (const g of current) {
      for (const id of ids) groups[g].ids.add(id);
      for (const n of paragraphs) groups[g].paragraphs.add(n);
    }
  }
  return { version, document, groups };
}
