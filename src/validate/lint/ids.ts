import type { LintContext } from '../context.ts';
import { type Problem, problem } from '../problem.ts';

interface Seen {
  file: string;
  path: (string | number)[];
}

/** Ids are unique within their kind across all files, and documents are named by their ids. */
export function lintIds(ctx: LintContext): Problem[] {
  const problems: Problem[] = [];
  const { data } = ctx;
  const unique = (
    kind: string,
    entries: { id: string; file: string; path: (string | number)[] }[],
  ) => {
    const seen = new Map<string, Seen>();
    for (const e of entries) {
      const first = seen.get(e.id);
      if (first) {
        problems.push(
          problem(
            e.file,
            [...e.path, 'id'],
            `${kind} id "${e.id}" is already used at ${first.file}:/${first.path.join('/')}: ids are never shared; mint a new one`,
          ),
        );
      } else seen.set(e.id, { file: e.file, path: e.path });
    }
  };
  const list = <T extends { id: string }>(
    file: string | undefined,
    key: string,
    items: T[] | undefined,
  ) => (items ?? []).map((item, i) => ({ id: item.id, file: file ?? '', path: [key, i] }));

  unique('actor', list(data.actors?.file, 'actors', data.actors?.value?.actors));
  unique('topic', list(data.topics?.file, 'topics', data.topics?.value?.topics));
  unique(
    'instrument',
    list(data.instruments?.file, 'instruments', data.instruments?.value?.instruments),
  );
  unique('event', list(data.events?.file, 'events', data.events?.value?.events));
  unique(
    'document',
    ctx.documents.map((d) => ({ id: d.value.id, file: d.file, path: [] })),
  );
  unique(
    'position',
    ctx.documents.flatMap((d) => list(d.file, 'positions', d.value.positions)),
  );

  (data.actors?.value?.actors ?? []).forEach((actor, i) => {
    const isIso = /^[A-Z]{3}$/.test(actor.id);
    if (actor.kind === 'state' && !isIso) {
      problems.push(
        problem(
          'actors.json',
          ['actors', i, 'id'],
          `state "${actor.id}" must have its ISO 3166-1 alpha-3 code as id, e.g. "IRN"`,
        ),
      );
    }
    if (actor.kind !== 'state' && isIso) {
      problems.push(
        problem(
          'actors.json',
          ['actors', i, 'id'],
          `"${actor.id}" looks like a country code but the actor is a ${actor.kind}: use a kebab-case slug`,
        ),
      );
    }
  });

  for (const doc of ctx.documents) {
    const expected = `documents/${doc.value.id}.json`;
    if (doc.file !== expected) {
      problems.push(
        problem(
          doc.file,
          ['id'],
          `document id "${doc.value.id}" does not match the file name: rename the file to ${expected} (or correct the id)`,
        ),
      );
    }
    doc.value.positions.forEach((pos, i) => {
      if (!pos.id.startsWith(`${doc.value.id}.c`)) {
        problems.push(
          problem(
            doc.file,
            ['positions', i, 'id'],
            `position id "${pos.id}" must start with its document id: "${doc.value.id}.c<nn>"`,
          ),
        );
      }
    });
  }
  return problems;
}
