import type { LintContext } from '../context.ts';
import { canonicalJson } from '../json-text.ts';
import { type Problem, problem } from '../problem.ts';

/** Each data file must equal its canonical serialisation, so diffs show data, not formatting. */
export function lintFormat(ctx: LintContext): Problem[] {
  const problems: Problem[] = [];
  for (const f of ctx.files) {
    // Text that is not JSON, has a key twice or a number JavaScript cannot hold is reported by the
    // loader; formatting it would lose data, so the formatter leaves it to the contributor.
    if (f.json === undefined || f.lossy || f.canonical) continue;
    const canonical = canonicalJson(f.json);
    if (f.raw === canonical) continue;
    const line = firstDifferentLine(f.raw, canonical);
    problems.push(
      problem(
        f.file,
        '',
        `not in canonical form from line ${line} (2-space indent, one final newline): run \`npm run format:data\``,
      ),
    );
  }
  return problems;
}

function firstDifferentLine(a: string, b: string): number {
  const la = a.split('\n');
  const lb = b.split('\n');
  let i = 0;
  while (i < la.length && i < lb.length && la[i] === lb[i]) i++;
  return i + 1;
}
