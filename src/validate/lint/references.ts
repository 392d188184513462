import type { LintContext } from '../context.ts';
import { knownIds } from '../known-ids.ts';
import { type Problem, problem } from '../problem.ts';

/** Every id a record refers to names a record that exists. */
export function lintReferences(ctx: LintContext): Problem[] {
  const problems: Problem[] = [];
  const { data } = ctx;
  const { actors, topics, events, instruments } = knownIds(data);
  const positions = new Set(ctx.documents.flatMap((d) => d.value.positions.map((p) => p.id)));

  const check = (
    known: Set<string> | undefined,
    id: string,
    file: string,
    path: (string | number)[],
    kind: string,
    where: string,
  ) => {
    if (known && !known.has(id))
      problems.push(
        problem(file, path, `unknown ${kind} "${id}": add it to ${where} or correct the id`),
      );
  };
  const checkArticle = (
    instrument: string,
    article: number,
    file: string,
    path: (string | number)[],
  ) => {
    if (!instruments) return;
    const articles = instruments.get(instrument);
    if (!articles) {
      problems.push(
        problem(
          file,
          [...path, 'instrument'],
          `unknown instrument "${instrument}": add it to instruments.json or correct the id`,
        ),
      );
    } else if (!articles.has(article)) {
      problems.push(
        problem(
          file,
          [...path, 'article'],
          `article ${article} of "${instrument}" is not in instruments.json: add it there, with the address where it was checked`,
        ),
      );
    }
  };

  (data.topics?.value?.topics ?? []).forEach((topic, i) => {
    if (topic.parent !== undefined)
      check(topics, topic.parent, 'topics.json', ['topics', i, 'parent'], 'topic', 'topics.json');
    for (const [j, a] of topic.articles.entries())
      checkArticle(a.instrument, a.article, 'topics.json', ['topics', i, 'articles', j]);
  });
  (data.events?.value?.events ?? []).forEach((event, i) => {
    if (event.instrument !== undefined && instruments && !instruments.has(event.instrument)) {
      problems.push(
        problem(
          'events.json',
          ['events', i, 'instrument'],
          `unknown instrument "${event.instrument}": add it to instruments.json or correct the id`,
        ),
      );
    }
  });

  for (const doc of ctx.documents) {
    const { value, file } = doc;
    check(actors, value.actor, file, ['actor'], 'actor', 'actors.json');
    check(events, value.event, file, ['event'], 'event', 'events.json');
    value.positions.forEach((pos, i) => {
      const at = ['positions', i];
      check(actors, pos.actor, file, [...at, 'actor'], 'actor', 'actors.json');
      for (const [j, t] of pos.topics.entries())
        check(topics, t, file, [...at, 'topics', j], 'topic', 'topics.json');
      for (const [j, a] of pos.articles.entries())
        checkArticle(a.instrument, a.article, file, [...at, 'articles', j]);
      const ref = pos.stance.target.ref;
      if (ref) {
        const refAt = [...at, 'stance', 'target', 'ref'];
        if (ref.type === 'actor')
          check(actors, ref.id, file, [...refAt, 'id'], 'actor', 'actors.json');
        if (ref.type === 'event')
          check(events, ref.id, file, [...refAt, 'id'], 'event', 'events.json');
        if (ref.type === 'instrument') {
          if (ref.article !== undefined) checkArticle(ref.id, ref.article, file, refAt);
          else if (instruments && !instruments.has(ref.id)) {
            problems.push(
              problem(
                file,
                [...refAt, 'id'],
                `unknown instrument "${ref.id}": add it to instruments.json or correct the id`,
              ),
            );
          }
        } else if (ref.article !== undefined) {
          problems.push(
            problem(
              file,
              [...refAt, 'article'],
              `"article" belongs to references of type "instrument" only: remove it`,
            ),
          );
        }
      }
      (pos.withdrawal?.supersededBy ?? []).forEach((id, j) => {
        const path = [...at, 'withdrawal', 'supersededBy', j];
        if (!positions.has(id))
          problems.push(problem(file, path, `unknown position "${id}": a successor must exist`));
        else if (id === pos.id)
          problems.push(problem(file, path, 'a position cannot supersede itself'));
      });
    });
  }
  return problems;
}
