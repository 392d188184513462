import type { LintContext } from '../context.ts';
import { type Problem, problem } from '../problem.ts';

/**
 * A survey is the record of what was read, so it must agree with the documents: a speech that
 * names the Convention points to the documents that code it, each of them of that speaker at that
 * debate, and every document of a surveyed debate is in its survey.
 */
export function lintSurveys(ctx: LintContext): Problem[] {
  const file = ctx.data.surveys;
  if (!file?.value) return [];
  const problems: Problem[] = [];
  // What another file got wrong is reported there once: a check that needs it waits.
  const events = ctx.data.events?.value && new Set(ctx.data.events.value.events.map((e) => e.id));
  const actors = ctx.data.actors?.value && new Set(ctx.data.actors.value.actors.map((a) => a.id));
  const allDocuments = !ctx.data.incomplete && ctx.data.documents.every((d) => d.value);
  const documents = new Map(ctx.documents.map((d) => [d.value.id, d.value]));
  // A document whose event is unknown is reported by the references lint.
  const eventKnown = (event: string) => !events || events.has(event);
  const surveyed = new Set<string>();
  file.value.surveys.forEach((survey, i) => {
    const at = ['surveys', i];
    if (events && !events.has(survey.event))
      problems.push(
        problem(
          file.file,
          [...at, 'event'],
          `unknown event "${survey.event}": add it to events.json`,
        ),
      );
    if (surveyed.has(survey.event))
      problems.push(
        problem(
          file.file,
          [...at, 'event'],
          `"${survey.event}" is surveyed twice: keep one survey a debate`,
        ),
      );
    surveyed.add(survey.event);
    const paths = new Set<string>();
    const coded = new Set<string>();
    survey.speeches.forEach((s, j) => {
      const sp = [...at, 'speeches', j];
      if (actors && !actors.has(s.actor))
        problems.push(
          problem(
            file.file,
            [...sp, 'actor'],
            `unknown actor "${s.actor}": run npm run actors, which adds every state a survey names`,
          ),
        );
      if (paths.has(s.path))
        problems.push(
          problem(file.file, [...sp, 'path'], `${s.path} is listed twice: list each speech once`),
        );
      paths.add(s.path);
      const docs = s.documents ?? [];
      if (s.mentions === 'convention' && docs.length === 0)
        problems.push(
          problem(
            file.file,
            [...sp, 'documents'],
            'a speech that names the Convention is coded: give the documents that code its passages',
          ),
        );
      if (s.mentions !== 'convention' && docs.length > 0)
        problems.push(
          problem(
            file.file,
            [...sp, 'documents'],
            `a speech that does not name the Convention has no coded document (mentions is "${s.mentions}")`,
          ),
        );
      if (s.mentions === 'generic' && !s.passage)
        problems.push(
          problem(
            file.file,
            [...sp, 'passage'],
            'give the passage that mentions cybercrime, so that a reader can check the class',
          ),
        );
      docs.forEach((id, k) => {
        coded.add(id);
        const doc = documents.get(id);
        if (!allDocuments) return;
        if (!doc)
          problems.push(problem(file.file, [...sp, 'documents', k], `unknown document "${id}"`));
        else if (eventKnown(doc.event) && (doc.actor !== s.actor || doc.event !== survey.event))
          problems.push(
            problem(
              file.file,
              [...sp, 'documents', k],
              `${id} is ${doc.actor}'s at ${doc.event}, not ${s.actor}'s at ${survey.event}`,
            ),
          );
      });
    });
    if (allDocuments)
      for (const [id, doc] of documents)
        if (doc.event === survey.event && !coded.has(id))
          problems.push(
            problem(
              file.file,
              [...at, 'speeches'],
              `${id} is a document of ${survey.event} that no speech of the survey names: add it to its speech's documents`,
            ),
          );
  });
  return problems;
}
