import { type Lint, LintContext } from './context.ts';
import { lintArticleCount } from './lint/article-count.ts';
import { lintFormat } from './lint/format.ts';
import { lintHygiene } from './lint/hygiene.ts';
import { lintIds } from './lint/ids.ts';
import { lintLinks } from './lint/links.ts';
import { lintProvisions } from './lint/provisions.ts';
import { lintQuotes } from './lint/quotes.ts';
import { lintRecords } from './lint/records.ts';
import { lintReferences } from './lint/references.ts';
import { lintReleased } from './lint/released.ts';
import { lintReliability } from './lint/reliability.ts';
import { lintScope } from './lint/scope.ts';
import { lintSources } from './lint/sources.ts';
import { lintSurveys } from './lint/surveys.ts';
import { lintTargets } from './lint/targets.ts';
import { lintText } from './lint/text.ts';
import { lintTopicSets, lintTopicTree } from './lint/topics.ts';
import { lintVocabularies } from './lint/vocabularies.ts';
import { type LoadedData, loadDataDir } from './load.ts';
import { type Problem, sortProblems } from './problem.ts';

export type { LoadedData } from './load.ts';
export { formatProblem, type Problem } from './problem.ts';

/** Every check beyond the schema, one job each (see src/validate/lint/). */
export const LINTS: Record<string, Lint> = {
  format: lintFormat,
  sources: lintSources,
  scope: lintScope,
  quotes: lintQuotes,
  ids: lintIds,
  references: lintReferences,
  provisions: lintProvisions,
  articleCount: lintArticleCount,
  targets: lintTargets,
  links: lintLinks,
  topicTree: lintTopicTree,
  topicSets: lintTopicSets,
  released: lintReleased,
  vocabularies: lintVocabularies,
  records: lintRecords,
  hygiene: lintHygiene,
  text: lintText,
  reliability: lintReliability,
  surveys: lintSurveys,
};

export interface ValidationResult {
  data: LoadedData;
  context: LintContext;
  /** Every problem found, in file and pointer order; empty when the data is valid. */
  problems: Problem[];
}

/** Loads a data directory and runs the schema and every lint. Never throws on bad data. */
export function validateDataDir(dir: string): ValidationResult {
  const { data, problems } = loadDataDir(dir);
  const context = new LintContext(data);
  for (const [name, lint] of Object.entries(LINTS)) {
    try {
      problems.push(...lint(context));
    } catch (error) {
      // A lint that trips over data the schema let through is a bug here, not the contributor's;
      // say so plainly rather than hide the other problems behind a stack trace.
      problems.push({
        file: '',
        pointer: '',
        message: `internal error in the ${name} check (${error instanceof Error ? error.message : String(error)}): please report it`,
      });
    }
  }
  return { data, context, problems: sortProblems(problems) };
}
