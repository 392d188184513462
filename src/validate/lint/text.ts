import { codePointName } from '../../text/code-point-name.ts';
import type { LintContext, LoadedDocument } from '../context.ts';
import { LIMITS } from '../limits.ts';
import type { LoadedFile } from '../load.ts';
import { type Problem, problem } from '../problem.ts';

// Characters that are never wanted in text someone reads: C0 and C1 controls (a terminal obeys
// ESC sequences; a line break splits a table row or a RIS record) and the bidirectional overrides
// and isolates that make text display other than it is stored ("Trojan Source").
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to report
const HAZARD = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
const HAZARD_ALL = new RegExp(HAZARD.source, 'gu');

/** True when `text` has a control or text-direction character (see HAZARD). */
export const hasTextHazard = (text: string): boolean => HAZARD.test(text);
// What leaves text blank to a reader: whitespace and the invisible format characters.
const BLANK = /^[\s\u200b-\u200f\u2060\u061c\ufeff]*$/u;
// A spreadsheet runs a cell that starts with one of these as a formula.
const FORMULA = /^[=+\-@]/;

/** UTF-16 index of the first unpaired surrogate, or -1. */
export function loneSurrogate(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      else return i;
    } else if (c >= 0xdc00 && c <= 0xdfff) return i;
  }
  return -1;
}

type Path = (string | number)[];

// The English free-text fields, each of which becomes a CSV cell somewhere (a table column, or
// a vocabulary's label). Ids, dates, URLs and verbatim Persian spans are not among them.
const ENGLISH_KEYS = new Set([
  'en',
  'note',
  'reason',
  'attribution',
  'publisher',
  'summary',
  'shortTitle',
  'title',
  'by',
  'name',
  'definition',
  'description',
]);

/** True for a string a spreadsheet may meet as a cell: every English free-text field. */
function isEnglishCell(path: Path): boolean {
  const last = path.at(-1);
  if (typeof last !== 'string') return false;
  return ENGLISH_KEYS.has(last) || (last === 'text' && path.at(-2) === 'target');
}

function isVerbatimSpan(path: Path): boolean {
  const last = path.at(-1);
  return last === 'text' && (path.at(-2) === 'quote' || path.at(-3) === 'sic');
}

/** A code point a folding table names, as a number, when it can be one. */
function codePoint(value: string): number | undefined {
  const m = /^U\+([0-9A-F]{4,6})$/.exec(value);
  return m ? Number.parseInt(m[1] as string, 16) : undefined;
}

/**
 * Every string of every data file is text a person can read as stored: no control characters, no
 * direction overrides, no unpaired surrogates, not blank, not longer than the limit. A verbatim
 * span may keep what its source really has, since it must equal the source. Ids stay short, and
 * the code points of the folding table are real, assignable code points.
 */
export function lintText(ctx: LintContext): Problem[] {
  const problems: Problem[] = [];
  const docs = new Map<string, LoadedDocument>(ctx.documents.map((d) => [d.file, d]));
  for (const f of ctx.files) {
    // An independent coding (reliability/<document>.coder-<name>.json) quotes its document's source.
    const coded = /^reliability\/(.+)\.coder-[^/]+\.json$/.exec(f.file)?.[1];
    const doc = docs.get(coded === undefined ? f.file : `documents/${coded}.json`);
    problems.push(...lintFileText(ctx, f, doc));
  }
  problems.push(...lintFolding(ctx));
  return problems;
}

/**
 * The text checks of one JSON file. `doc` is the document whose source its verbatim spans quote
 * (for a coder's file named on the command line, the document it codes).
 */
export function lintFileText(
  ctx: LintContext,
  f: LoadedFile<unknown>,
  doc: LoadedDocument | undefined,
): Problem[] {
  const problems: Problem[] = [];
  if (f.json === undefined) return problems;
  // A released quote repeats a position's quote, so it may have what any source has.
  const released = f.file === 'released-ids.json';
  const sourceHas = (ch: string) =>
    (released ? ctx.documents : doc ? [doc] : []).some((d) => {
      const source = ctx.source(d);
      return !(source instanceof Error) && source.text.includes(ch);
    });
  // An explicit stack, not recursion: the loader caps nesting, but a lint should not rely on it.
  const stack: [unknown, Path][] = [[f.json, []]];
  while (stack.length > 0) {
    const [value, path] = stack.pop() as [unknown, Path];
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], [...path, i]]);
      continue;
    }
    if (value && typeof value === 'object') {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, v] = entries[i] as [string, unknown];
        stack.push([v, [...path, k]]);
      }
      continue;
    }
    if (typeof value !== 'string') continue;
    const say = (message: string) => problems.push(problem(f.file, path, message));
    if (value.length > LIMITS.textLength) {
      say(
        `text of ${value.length} characters, over the limit of ${LIMITS.textLength}: no field needs that much; check what was pasted`,
      );
      continue;
    }
    if (path.at(-1) === 'id' && value.length > LIMITS.idLength)
      say(`id of ${value.length} characters, over the limit of ${LIMITS.idLength}: shorten it`);
    const verbatim = isVerbatimSpan(path) || (released && path.at(-1) === 'quote');
    const lone = loneSurrogate(value);
    if (lone !== -1)
      say(
        `unpaired surrogate ${codePointName(value.charCodeAt(lone))} at character ${lone + 1}: it is no character at all and cannot be written as UTF-8; delete it`,
      );
    if (HAZARD.test(value)) {
      const found = new Map<string, number>();
      for (const m of value.matchAll(HAZARD_ALL))
        if (!found.has(m[0]) && !(verbatim && sourceHas(m[0]))) found.set(m[0], m.index);
      if (found.size > 0)
        say(
          `${[...found].map(([ch, at]) => `${codePointName(ch.codePointAt(0) as number)} at character ${at + 1}`).join(', ')}: control and text-direction characters do not belong in the data${verbatim ? ' (the source text does not have it either, so the quote is not verbatim)' : ''}; delete it`,
        );
    }
    if (value !== '' && BLANK.test(value))
      say('text is blank (only spaces or invisible characters): write the text, or leave it out');
    if (isEnglishCell(path) && FORMULA.test(value))
      say(
        `English text starts with "${value[0]}", which a spreadsheet runs as a formula when it opens the CSV: reword the start`,
      );
  }
  return problems;
}

function lintFolding(ctx: LintContext): Problem[] {
  const problems: Problem[] = [];
  const folding = ctx.data.folding?.json as
    | { map?: { from?: unknown }[]; remove?: { char?: unknown }[] }
    | undefined;
  const checkPoint = (value: unknown, path: Path) => {
    if (typeof value !== 'string') return;
    const cp = codePoint(value);
    if (cp === undefined) return; // the schema reports the form
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
      problems.push(
        problem(
          'folding/fa-fold-v1.json',
          path,
          `${value} is ${cp > 0x10ffff ? 'beyond U+10FFFF, the last code point' : 'a surrogate, not a character'}: name a character from U+0000 to U+10FFFF outside D800–DFFF`,
        ),
      );
  };
  if (folding && typeof folding === 'object') {
    if (Array.isArray(folding.map))
      folding.map.forEach((m, i) => {
        checkPoint(m?.from, ['map', i, 'from']);
      });
    if (Array.isArray(folding.remove))
      folding.remove.forEach((r, i) => {
        checkPoint(r?.char, ['remove', i, 'char']);
      });
  }
  return problems;
}
