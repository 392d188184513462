import type { z } from 'zod';
import type { Dataset } from '../generated/types.ts';
import type { ReleasedId, ReleasedIdsFile } from '../schema/released.ts';
import { fingerprint } from './fingerprint.ts';

export type ReleaseRecord = z.infer<typeof ReleasedIdsFile>;
export type RecordEntry = z.infer<typeof ReleasedId>;
type Kind = RecordEntry['kind'];

interface Tracked {
  kind: Kind;
  id: string;
  record: object;
  status: 'active' | 'withdrawn';
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
    ...data.positions.map(
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
  from: { version: string; date: string; fingerprint: string };
  to: { version: string; fingerprint: string };
  added: { kind: Kind; id: string }[];
  changed: { kind: Kind; id: string }[];
  withdrawn: { kind: Kind; id: string; supersededBy: string[] }[];
  /** Ids in the record that are gone: the validator refuses such data, so this stays empty. */
  removed: { kind: Kind; id: string }[];
}

/** What changed between the last recorded release and this data. */
export function changesSince(record: ReleaseRecord, data: Dataset): ChangeList {
  const { __meta, ...body } = data;
  const recorded = new Map(record.ids.map((e) => [`${e.kind}:${e.id}`, e]));
  const current = recordsOf(body);
  const present = new Set(current.map((c) => `${c.kind}:${c.id}`));
  const changes: ChangeList = {
    from: { version: record.version, date: record.date, fingerprint: record.fingerprint },
    to: { version: __meta.version, fingerprint: __meta.fingerprint },
    added: [],
    changed: [],
    withdrawn: [],
    removed: record.ids
      .filter((e) => !present.has(`${e.kind}:${e.id}`))
      .map((e) => ({ kind: e.kind, id: e.id })),
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

/** The record after releasing `data` as `version` on `date`: new ids appended, the rest updated. */
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
      existing.hash = fingerprint(r);
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
    ids,
  };
}

export function changesMarkdown(c: ChangeList): string {
  const list = (items: { kind: string; id: string }[], extra?: (x: never) => string) =>
    items.length === 0
      ? '- none\n'
      : items.map((x) => `- ${x.kind} \`${x.id}\`${extra ? extra(x as never) : ''}\n`).join('');
  return [
    `# Changes in cybercrime-positions ${c.to.version} since ${c.from.version} (${c.from.date})\n`,
    `Data fingerprint ${c.from.fingerprint} → ${c.to.fingerprint}\n`,
    `## Added\n\n${list(c.added)}`,
    `## Changed\n\n${list(c.changed)}`,
    `## Withdrawn\n\n${list(c.withdrawn, (x: { supersededBy: string[] }) => (x.supersededBy.length ? ` → ${x.supersededBy.join(', ')}` : ''))}`,
    ...(c.removed.length
      ? [`## Removed (must not happen: restore them)\n\n${list(c.removed)}`]
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
