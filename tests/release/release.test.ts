import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../scripts/build.ts';
import { fromRoot } from '../../scripts/lib/paths.ts';
import { updateCitation } from '../../scripts/record-release.ts';
import {
  changesMarkdown,
  changesSince,
  missingChangeset,
  type ReleaseRecord,
  recordRelease,
} from '../../src/build/release-record.ts';
import type { Dataset } from '../../src/generated/types.ts';

const built = buildDataset(fromRoot('data'));
const dataset = built.dataset as Dataset;
const record = built.record as ReleaseRecord;
const pending = readdirSync(fromRoot('.changeset')).filter(
  (f) => f.endsWith('.md') && f !== 'README.md',
);

describe('the repository', () => {
  it('has a changeset for every change to the data since the last release', () => {
    expect(missingChangeset(record, dataset, pending)).toBeUndefined();
  });

  it('still has every released id, with its words (the validator holds them)', () => {
    expect(built.problems).toEqual([]);
    const changes = changesSince(record, dataset);
    expect(changes.removed).toEqual([]);
  });
});

describe('missingChangeset', () => {
  it('says what to do when the data changed and no changeset says how', () => {
    const changed = { ...dataset, __meta: { ...dataset.__meta, fingerprint: 'f'.repeat(64) } };
    expect(missingChangeset(record, changed, [])).toMatch(
      /the data changed since release .* has no changeset: run `npx changeset`/,
    );
    expect(missingChangeset(record, changed, ['brave-cats-sing.md'])).toBeUndefined();
    expect(
      missingChangeset({ ...record, fingerprint: changed.__meta.fingerprint }, changed, []),
    ).toBeUndefined();
  });
});

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

describe('a release', () => {
  const released = recordRelease(record, dataset, '9.0.0', '2030-01-01');
  const positionsOf = (
    d: Dataset,
    // A mutable copy: the types say readonly, as the package's data is frozen.
    edit: (p: Mutable<Dataset['positions'][number]>[]) => Dataset['positions'],
  ): Dataset => ({
    ...d,
    positions: edit(structuredClone(d.positions) as Mutable<Dataset['positions'][number]>[]),
  });

  it('records every id once, keeping since and quote of those already recorded', () => {
    for (const e of record.ids) {
      const after = released.ids.find((x) => x.kind === e.kind && x.id === e.id);
      expect(after?.since).toBe(e.since);
      expect(after?.quote).toBe(e.quote);
    }
    expect(new Set(released.ids.map((e) => `${e.kind}:${e.id}`)).size).toBe(released.ids.length);
    expect(released).toMatchObject({
      version: '9.0.0',
      date: '2030-01-01',
      fingerprint: dataset.__meta.fingerprint,
    });
  });

  it('lists added, changed and withdrawn ids since the last release', () => {
    const later = positionsOf(dataset, (ps) => {
      const first = ps[0]!;
      first.note = 'Recoded.';
      const second = ps[1]!;
      second.status = 'withdrawn';
      second.withdrawal = { reason: 'Split.', supersededBy: ['irn-2025-hanoi.c28'] };
      ps.push({
        ...structuredClone(second),
        id: 'irn-2025-hanoi.c28',
        status: 'active',
        withdrawal: undefined,
      } as never);
      return ps;
    });
    const changes = changesSince(released, later);
    expect(changes.added).toEqual([{ kind: 'position', id: 'irn-2025-hanoi.c28' }]);
    expect(changes.changed).toEqual([{ kind: 'position', id: 'irn-2025-hanoi.c01' }]);
    expect(changes.withdrawn).toEqual([
      { kind: 'position', id: 'irn-2025-hanoi.c02', supersededBy: ['irn-2025-hanoi.c28'] },
    ]);
    const text = changesMarkdown(changes);
    expect(text).toContain('- position `irn-2025-hanoi.c28`');
    expect(text).toContain('- position `irn-2025-hanoi.c02` → irn-2025-hanoi.c28');
  });

  it('lists nothing when nothing changed', () => {
    const changes = changesSince(released, dataset);
    expect([changes.added, changes.changed, changes.withdrawn, changes.removed]).toEqual([
      [],
      [],
      [],
      [],
    ]);
  });

  it('lists a removed id, which the validator never lets through', () => {
    const changes = changesSince(
      released,
      positionsOf(dataset, (ps) => ps.slice(1)),
    );
    expect(changes.removed).toEqual([{ kind: 'position', id: 'irn-2025-hanoi.c01' }]);
  });

  it('writes its version and date into CITATION.cff', () => {
    const cff = readFileSync(fromRoot('CITATION.cff'), 'utf8');
    const updated = updateCitation(cff, '9.0.0', '2030-01-01');
    expect([...updated.matchAll(/^\s*version: (.*)$/gm)].map((m) => m[1])).toEqual([
      '9.0.0',
      '9.0.0',
    ]);
    expect([...updated.matchAll(/^\s*date-released: (.*)$/gm)].map((m) => m[1])).toEqual([
      '2030-01-01',
      '2030-01-01',
    ]);
    const blank = (text: string) =>
      text
        .replace(/^(\s*)version: .*$/gm, '$1version:')
        .replace(/^(\s*)date-released: .*$/gm, '$1date-released:');
    expect(blank(updated)).toBe(blank(cff));
  });
});
