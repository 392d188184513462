import type { z } from 'zod';
import { annotationOf } from '../../paragraph-annotation.ts';
import type { CodingFile } from '../../schema/reliability.ts';
import { codePointLength } from '../../text/codepoints.ts';
import { quoteMismatch } from '../../text/first-difference.ts';
import { locate } from '../../text/locate.ts';
import type { LintContext } from '../context.ts';
import { knownIds } from '../known-ids.ts';
import { type Problem, problem } from '../problem.ts';
import { provisionChecker } from './provisions.ts';
import { kindMismatch, kindOfRef } from './targets.ts';

type Coding = z.infer<typeof CodingFile>;

/**
 * The checks a coding file gets beyond its schema, the same as the data's: the document exists,
 * every quote stands verbatim in a speech paragraph (at its offsets, when it gives them), ids are
 * the coder's own and unique, and every actor, topic, instrument, article and target reference
 * resolves. Used by the validator for data/reliability/ and by `npm run coding:check`.
 */
export function checkCoding(file: string, coding: Coding, ctx: LintContext): Problem[] {
  const problems: Problem[] = [];
  const doc = ctx.documents.find((d) => d.value.id === coding.document);
  // A document file that failed its schema is reported already; its codings wait for it.
  // So is one that could not be read at all, or a documents/ folder that could not be listed.
  if (!doc && (ctx.data.incomplete || ctx.data.documents.some((d) => d.value === undefined)))
    return problems;
  if (!doc) {
    problems.push(
      problem(
        file,
        ['document'],
        `unknown document "${coding.document}": a coding must be of a document in documents/`,
      ),
    );
    return problems;
  }
  const paragraphs = ctx.paragraphs(doc);
  const { data } = ctx;
  // Target kinds came with codebook 2.0: a coding made from it must say each target's kind, and
  // a kind must agree with the target's reference as in the data.
  const major = Number(coding.codebookVersion.split('.')[0]);
  const ids = new Set(coding.positions.map((p) => p.id));
  for (const [i, p] of coding.positions.entries()) {
    const { kind, ref } = p.stance.target;
    const at = ['positions', i, 'stance', 'target', 'kind'];
    if (kind === undefined) {
      if (major >= 2)
        problems.push(
          problem(
            file,
            at,
            `a coding made from codebook ${coding.codebookVersion} gives each target's kind: add one of phenomenon, policy, instrument, provision, actor, process (codebook §5.2)`,
          ),
        );
    } else if (ref && kindOfRef(ref) !== kind)
      problems.push(problem(file, at, kindMismatch(ref, kind)));
    if (p.stance.basis === undefined && major >= 3)
      problems.push(
        problem(
          file,
          ['positions', i, 'stance', 'basis'],
          `a coding made from codebook ${coding.codebookVersion} says whether each stance is explicit or implied: add "basis" (codebook §5.9)`,
        ),
      );
    for (const [j, link] of (p.links ?? []).entries())
      if (link.position === p.id || !ids.has(link.position))
        problems.push(
          problem(
            file,
            ['positions', i, 'links', j, 'position'],
            link.position === p.id
              ? 'a claim cannot be linked to itself'
              : `"${link.position}" is not a claim of this coding: link to your own claims, by their ids`,
          ),
        );
  }
  const { actors, topics, events, instruments } = knownIds(data);
  // Paragraphs and subparagraphs are checked against the registry as in the data.
  const below = provisionChecker(ctx, problems);
  const article = (instrument: string, n: number | undefined, path: (string | number)[]) => {
    if (!instruments) return;
    const known = instruments.get(instrument);
    if (!known)
      problems.push(
        problem(
          file,
          [...path, path.at(-1) === 'ref' ? 'id' : 'instrument'],
          `unknown instrument "${instrument}": use an id from instruments.json`,
        ),
      );
    else if (n !== undefined && !known.has(n))
      problems.push(
        problem(
          file,
          [...path, 'article'],
          `article ${n} of "${instrument}" is not in instruments.json: link only recorded articles, or ask for it to be added`,
        ),
      );
  };

  (coding.paragraphs ?? []).forEach((para, i) => {
    const source = paragraphs?.[para.n - 1];
    const role = annotationOf(doc.value.paragraphs, para.n)?.role;
    if (source === undefined || source !== para.text)
      problems.push(
        problem(
          file,
          ['paragraphs', i, 'text'],
          `paragraph ${para.n} is not the source's: the prepared paragraphs are never edited (prepare the file again)`,
        ),
      );
    else if (role !== undefined && role !== para.role)
      problems.push(
        problem(
          file,
          ['paragraphs', i, 'role'],
          `paragraph ${para.n} is "${role}", not "${para.role}": the prepared paragraphs are never edited`,
        ),
      );
  });

  const seen = new Map<string, number>();
  coding.positions.forEach((pos, i) => {
    const at = ['positions', i];
    if (!pos.id.startsWith(`${coding.document}.`))
      problems.push(
        problem(
          file,
          [...at, 'id'],
          `id "${pos.id}" must start with the document id: "${coding.document}.<letter(s)><nn>"`,
        ),
      );
    const first = seen.get(pos.id);
    if (first !== undefined)
      problems.push(
        problem(
          file,
          [...at, 'id'],
          `id "${pos.id}" is already used at /positions/${first}: mint a new one`,
        ),
      );
    else seen.set(pos.id, i);
    if (pos.document !== coding.document)
      problems.push(
        problem(
          file,
          [...at, 'document'],
          `"${pos.document}" is not the coded document "${coding.document}": correct it`,
        ),
      );
    if (actors && !actors.has(pos.actor))
      problems.push(
        problem(file, [...at, 'actor'], `unknown actor "${pos.actor}": use an id from actors.json`),
      );
    pos.topics.forEach((t, j) => {
      if (topics && !topics.has(t))
        problems.push(
          problem(file, [...at, 'topics', j], `unknown topic "${t}": use an id from topics.json`),
        );
    });
    pos.articles.forEach((a, j) => {
      article(a.instrument, a.article, [...at, 'articles', j]);
      below?.(a.instrument, a, file, [...at, 'articles', j]);
    });
    const ref = pos.stance.target.ref;
    if (ref) {
      const refAt = [...at, 'stance', 'target', 'ref'];
      if (ref.type === 'instrument') {
        article(ref.id, ref.article, refAt);
        below?.(ref.id, ref, file, refAt);
      } else if (ref.type === 'actor' && actors && !actors.has(ref.id))
        problems.push(
          problem(file, [...refAt, 'id'], `unknown actor "${ref.id}": use an id from actors.json`),
        );
      else if (ref.type === 'event' && events && !events.has(ref.id))
        problems.push(
          problem(file, [...refAt, 'id'], `unknown event "${ref.id}": use an id from events.json`),
        );
    }

    if (!paragraphs) return; // the source cannot be read: reported by lintSources
    const text = paragraphs[pos.paragraph - 1];
    if (text === undefined) {
      problems.push(
        problem(
          file,
          [...at, 'paragraph'],
          `paragraph ${pos.paragraph} does not exist: the source has ${paragraphs.length} paragraphs`,
        ),
      );
      return;
    }
    const role = annotationOf(doc.value.paragraphs, pos.paragraph)?.role;
    if (role !== undefined && role !== 'speech')
      problems.push(
        problem(
          file,
          [...at, 'paragraph'],
          `paragraph ${pos.paragraph} is ${role}, not the speaker's words: quote a paragraph whose role is "speech"`,
        ),
      );
    const { start, end } = pos.quote;
    if ((start === undefined) !== (end === undefined)) {
      problems.push(
        problem(
          file,
          [...at, 'quote', start === undefined ? 'start' : 'end'],
          'give start and end together, or neither (the quote is then found in the paragraph)',
        ),
      );
      return;
    }
    if (start !== undefined && end !== undefined) {
      const slice = [...text].slice(start, end).join('');
      if (slice !== pos.quote.text)
        problems.push(
          problem(
            file,
            [...at, 'quote', 'text'],
            codePointLength(text) < end || !text.includes(pos.quote.text)
              ? `quote is not in paragraph ${pos.paragraph} verbatim (${quoteMismatch(text, pos.quote.text)}): copy it from the source byte for byte (typos and missing zero-width non-joiners included)`
              : `quote is in paragraph ${pos.paragraph}, but not at code points ${start}-${end}: correct start and end, or remove both`,
          ),
        );
      return;
    }
    const found = locate(text, pos.quote.text, pos.quote.occurrence);
    if ('error' in found)
      problems.push(
        problem(
          file,
          [...at, 'quote', found.error === 'not found' ? 'text' : 'occurrence'],
          found.error === 'not found'
            ? `quote is not in paragraph ${pos.paragraph} verbatim (${quoteMismatch(text, pos.quote.text)}): copy it from the source byte for byte (typos and missing zero-width non-joiners included)`
            : `quote ${found.error}`,
        ),
      );
  });
  return problems;
}

/** Every coding in data/reliability/ passes the same checks as a coder's file, and is named for its document. */
export function lintReliability(ctx: LintContext): Problem[] {
  const problems: Problem[] = [];
  for (const f of ctx.data.reliability) {
    if (!f.value) continue; // failed its schema: reported already
    const name = f.file.split('/').at(-1) ?? '';
    if (!name.startsWith(`${f.value.document}.coder-`))
      problems.push(
        problem(
          f.file,
          ['document'],
          `codes "${f.value.document}" but is named ${name}: name it ${f.value.document}.coder-<name>.json`,
        ),
      );
    problems.push(...checkCoding(f.file, f.value, ctx));
  }
  return problems;
}
