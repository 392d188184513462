import type { z } from 'zod';
import { everyPosition } from '../../src/every-position.ts';
import type { Dataset } from '../../src/generated/types.ts';
import type { ReleasedId, ReleasedIdsFile } from '../../src/schema/released.ts';
import { fingerprint } from './fingerprint.ts';

export type ReleaseRecord = z.infer<typeof ReleasedIdsFile>;
export type RecordEntry = z.infer<typeof ReleasedId>;
type Kind = RecordEntry['kind'];

interface Tracked {
  kind: Kind;
  id: string;
  record: object;
  status: RecordEntry['status'];
  quote?: string;
  supersededBy?: readonly string[];
}

/** Every id of the dataset with the record it names: the unit that releases track. */
export function recordsOf(data: Omit<Dataset, '__meta'>): Tracked[] {
  const plain =
    (kind: Kind) =>
    (record: { id: string }): Tracked => ({ kind, id: record.id, record, status: 'active' });
  return [
    ...data.documents.map(plain('document')),
    ...everyPosition(data).map(
      (p): Tracked => ({
        kind: 'position',
        id: p.id,
        record: p,
        status: p.status,
        quote: p.quote.text,
        supersededBy: [...(p.withdrawal?.supersededBy ?? [])],
      }),
    ),
    ...data.actors.map(plain('actor')),
    ...data.topics.map(plain('topic')),
    ...data.instruments.map(plain('instrument')),
    ...data.events.map(plain('event')),
  ];
}

export interface ChangeList {
  /** The release the changes are counted from; null for the first release. */
  from: { version: string; date: string; fingerprint: string } | null;
  /** This data: its version, fingerprint, and its release date when it is the recorded release. */
  to: { version: string; fingerprint: string; released?: string };
  added: { kind: Kind; id: string }[];
  changed: { kind: Kind; id: string }[];
  withdrawn: { kind: Kind; id: string; supersededBy: readonly string[] }[];
  /** Ids in the record that are gone: the validator refuses such data, so this stays empty. */
  removed: { kind: Kind; id: string }[];
}

const lastOf = (r: ReleaseRecord) => ({
  version: r.version,
  date: r.date,
  fingerprint: r.fingerprint,
});

/**
 * What changed: for data between releases, since the last recorded release; for the recorded
 * release itself, what that release changed (from the record: since, changedIn, withdrawnIn).
 */
export function changesSince(record: ReleaseRecord, data: Dataset): ChangeList {
  const { __meta, ...body } = data;
  const current = recordsOf(body);
  const present = new Set(current.map((c) => `${c.kind}:${c.id}`));
  const to = {
    version: __meta.version,
    fingerprint: __meta.fingerprint,
    ...(__meta.released ? { released: __meta.released } : {}),
  };
  const removed = record.ids
    .filter((e) => !present.has(`${e.kind}:${e.id}`))
    .map((e) => ({ kind: e.kind, id: e.id }));
  if (__meta.released && __meta.fingerprint === record.fingerprint) {
    const v = record.version;
    const superseded = new Map(current.map((c) => [`${c.kind}:${c.id}`, c.supersededBy ?? []]));
    return {
      from: record.previous ?? null,
      to,
      added: record.ids.filter((e) => e.since === v).map((e) => ({ kind: e.kind, id: e.id })),
      changed: record.ids
        .filter((e) => e.since !== v && e.changedIn === v && e.withdrawnIn !== v)
        .map((e) => ({ kind: e.kind, id: e.id })),
      withdrawn: record.ids
        .filter((e) => e.since !== v && e.withdrawnIn === v)
        .map((e) => ({
          kind: e.kind,
          id: e.id,
          supersededBy: superseded.get(`${e.kind}:${e.id}`) ?? [],
        })),
      removed,
    };
  }
  const recorded = new Map(record.ids.map((e) => [`${e.kind}:${e.id}`, e]));
  const changes: ChangeList = {
    from: lastOf(record),
    to,
    added: [],
    changed: [],
    withdrawn: [],
    removed,
  };
  for (const { kind, id, record: r, status, supersededBy } of current) {
    const before = recorded.get(`${kind}:${id}`);
    if (!before) changes.added.push({ kind, id });
    else if (before.status === 'active' && status === 'withdrawn')
      changes.withdrawn.push({ kind, id, supersededBy: [...(supersededBy ?? [])] });
    else if (before.hash !== fingerprint(r)) changes.changed.push({ kind, id });
  }
  return changes;
}

/**
 * The record after releasing `data` as `version` on `date`: new ids appended, the rest updated,
 * each marked with the release that last changed or withdrew it, and the release before kept as
 * `previous`.
 */
export function recordRelease(
  record: ReleaseRecord,
  data: Dataset,
  version: string,
  date: string,
): ReleaseRecord {
  const { __meta: _meta, ...body } = data;
  const ids: RecordEntry[] = record.ids.map((e) => ({ ...e }));
  const byKey = new Map(ids.map((e) => [`${e.kind}:${e.id}`, e]));
  for (const { kind, id, record: r, status, quote } of recordsOf(body)) {
    const existing = byKey.get(`${kind}:${id}`);
    if (existing) {
      const hash = fingerprint(r);
      if (existing.hash !== hash) existing.changedIn = version;
      if (existing.status === 'active' && status === 'withdrawn') existing.withdrawnIn = version;
      existing.hash = hash;
      existing.status = status;
    } else {
      ids.push({
        id,
        kind,
        since: version,
        ...(quote === undefined ? {} : { quote }),
        hash: fingerprint(r),
        status,
      });
    }
  }
  return {
    ...(record.$schema ? { $schema: record.$schema } : {}),
    version,
    date,
    fingerprint: fingerprint(body),
    previous: lastOf(record),
    ids,
  };
}

export function changesMarkdown(c: ChangeList): string {
  const list = (items: { kind: string; id: string }[], extra?: (x: never) => string) =>
    items.length === 0
      ? '- none\n'
      : items.map((x) => `- ${x.kind} \`${x.id}\`${extra ? extra(x as never) : ''}\n`).join('');
  const since = c.from ? ` since ${c.from.version} (${c.from.date})` : ', the first release';
  const head = c.to.released
    ? [
        `# Changes in cybercrime-positions ${c.to.version} (released ${c.to.released})${since}\n`,
        `Data fingerprint ${c.from ? `${c.from.fingerprint} (${c.from.version}) → ` : ''}${c.to.fingerprint} (${c.to.version})\n`,
      ]
    : [
        `# Unreleased changes${since.replace(', the first release', '')}\n`,
        `This build is ${c.to.version}, not a released version: cite it by its data fingerprint.\n`,
        `Data fingerprint ${c.from ? `${c.from.fingerprint} (${c.from.version}) → ` : ''}${c.to.fingerprint} (this build)\n`,
      ];
  return [
    ...head,
    `## Added\n\n${list(c.added)}`,
    `## Changed\n\n${list(c.changed)}`,
    `## Withdrawn\n\n${list(c.withdrawn, (x: { supersededBy: readonly string[] }) => (x.supersededBy.length ? ` → ${x.supersededBy.join(', ')}` : ''))}`,
    ...(c.removed.length
      ? [`## Removed (must not happen: restore them)\n\n${list(c.removed)}`]
      : []),
    ...(c.added.length + c.changed.length + c.withdrawn.length + c.removed.length === 0
      ? [
          'No id was added, changed or withdrawn: what differs is data that has no id of its own (the vocabularies or the search folding table).\n',
        ]
      : []),
  ].join('\n');
}

/**
 * Why the data may not ship as it is: it differs from the last release (its fingerprint) but no
 * changeset says how the version should move. `undefined` when all is well.
 */
export function missingChangeset(
  record: ReleaseRecord,
  data: Dataset,
  changesets: readonly string[],
): string | undefined {
  if (data.__meta.fingerprint === record.fingerprint || changesets.length > 0) return undefined;
  return `the data changed since release ${record.version} (fingerprint ${record.fingerprint.slice(0, 12)} → ${data.__meta.fingerprint.slice(0, 12)}) but .changeset/ has no changeset: run \`npx changeset\` and say what changed (major if an id was removed or a field changed meaning, minor for new data, patch for corrections)`;
}
