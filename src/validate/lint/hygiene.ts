import type { LintContext } from '../context.ts';
import { type Problem, problem } from '../problem.ts';

const ARABIC_FORMS = /[\u064A\u0643\u0649]/u; // Arabic yeh, kaf, alef maksura
const PERSIAN_FOR: Record<string, string> = { '\u064A': 'ی', '\u0643': 'ک', '\u0649': 'ی' };

/** True for a path to text the curator wrote in Persian (not a verbatim span of the source). */
function isCuratedPersian(path: (string | number)[]): boolean {
  const last = path.at(-1);
  return last === 'fa' || (last === 'reading' && path.includes('sic'));
}

function isVerbatimSpan(path: (string | number)[]): boolean {
  const last = path.at(-1);
  return last === 'text' && (path.at(-2) === 'quote' || path.at(-3) === 'sic');
}

/**
 * Text is NFC; quotes have no stray whitespace at their ends; Persian written for the dataset
 * uses Persian yeh and kaf. (Verbatim spans keep whatever the source has; lintQuotes holds them to it.)
 */
export function lintHygiene(ctx: LintContext): Problem[] {
  const problems: Problem[] = [];
  for (const f of ctx.files) {
    if (f.json === undefined) continue;
    // One path, extended and cut back in place as the walk goes: a copy of it for every value
    // of every file was most of this check's time.
    const path: (string | number)[] = [];
    const walk = (value: unknown) => {
      if (typeof value === 'string') {
        if (value.normalize('NFC') !== value) {
          problems.push(
            problem(
              f.file,
              path,
              'text is not in Unicode NFC: normalise it (a verbatim quote must match a source that is NFC)',
            ),
          );
        }
        if (isVerbatimSpan(path) && value.trim() !== value) {
          problems.push(
            problem(
              f.file,
              path,
              'starts or ends with whitespace: trim the span to the words it quotes',
            ),
          );
        }
        if (isCuratedPersian(path)) {
          const m = ARABIC_FORMS.exec(value);
          if (m) {
            const ch = m[0];
            problems.push(
              problem(
                f.file,
                path,
                `Arabic letter U+${ch.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')} in Persian text: write ${PERSIAN_FOR[ch]} instead`,
              ),
            );
          }
        }
      } else if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          path.push(i);
          walk(value[i]);
          path.pop();
        }
      } else if (value && typeof value === 'object')
        for (const k in value) {
          if (!Object.hasOwn(value, k)) continue;
          path.push(k);
          walk((value as Record<string, unknown>)[k]);
          path.pop();
        }
    };
    walk(f.json);
  }
  return problems;
}
