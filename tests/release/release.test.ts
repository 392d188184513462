import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/generated/types.ts';
import { fromRoot } from '../../tools/paths.ts';
import { changelogWithIds } from '../../tools/publish/changelog.ts';
import { withMeta } from '../../tools/publish/compile.ts';
import { buildDataset } from '../../tools/publish/dataset.ts';
import {
  changesMarkdown,
  changesSince,
  missingChangeset,
  type ReleaseRecord,
  recordRelease,
} from '../../tools/publish/release-record.ts';

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
  // Edited data is a build between releases, whatever the data it started from was. The edit gets
  // a mutable copy: the types say readonly, as the package's data is frozen.
  const positionsOf = (
    d: Dataset,
    edit: (p: Mutable<Dataset['positions'][number]>[]) => Dataset['positions'],
  ) => {
    const { __meta: _m, ...body } = d;
    return withMeta(
      {
        ...body,
        // The edits below name Iran's claims by their place (ps[0] is c01): that document first.
        positions: edit(
          [...structuredClone(body.positions)].sort(
            (a, b) =>
              Number(b.document === 'irn-2025-hanoi') - Number(a.document === 'irn-2025-hanoi'),
          ) as Mutable<Dataset['positions'][number]>[],
        ),
      },
      'edited',
    );
  };

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
      second.withdrawal = { reason: 'Split.', supersededBy: ['irn-2025-hanoi.c99'] };
      ps.push({
        ...structuredClone(second),
        id: 'irn-2025-hanoi.c99',
        status: 'active',
        withdrawal: undefined,
      } as never);
      return ps;
    });
    const changes = changesSince(released, later);
    expect(changes.added).toEqual([{ kind: 'position', id: 'irn-2025-hanoi.c99' }]);
    expect(changes.changed).toEqual([{ kind: 'position', id: 'irn-2025-hanoi.c01' }]);
    expect(changes.withdrawn).toEqual([
      { kind: 'position', id: 'irn-2025-hanoi.c02', supersededBy: ['irn-2025-hanoi.c99'] },
    ]);
    const text = changesMarkdown(changes);
    expect(text).toContain('- position `irn-2025-hanoi.c99`');
    expect(text).toContain('- position `irn-2025-hanoi.c02` → irn-2025-hanoi.c99');
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

  it('keeps the release before it, and what it changed and withdrew, to tell later', () => {
    const later = positionsOf(dataset, (ps) => {
      ps[0]!.note = 'Recoded.';
      ps[1]!.status = 'withdrawn';
      ps[1]!.withdrawal = { reason: 'Split.', supersededBy: ['irn-2025-hanoi.c98'] };
      ps.push({
        ...structuredClone(ps[2]!),
        id: 'irn-2025-hanoi.c98',
      } as never);
      return ps;
    });
    const { __meta: _m, ...body } = later;
    const next = recordRelease(released, withMeta(body, 'x'), '9.1.0', '2030-02-01');
    expect(next.previous).toEqual({
      version: '9.0.0',
      date: '2030-01-01',
      fingerprint: released.fingerprint,
    });
    const asReleased = withMeta(body, '9.1.0', '2030-02-01');
    const changes = changesSince(next, asReleased);
    expect(changes.from?.version).toBe('9.0.0');
    expect(changes.to).toMatchObject({ version: '9.1.0', released: '2030-02-01' });
    expect(changes.added).toEqual([{ kind: 'position', id: 'irn-2025-hanoi.c98' }]);
    expect(changes.changed).toEqual([{ kind: 'position', id: 'irn-2025-hanoi.c01' }]);
    expect(changes.withdrawn).toEqual([
      { kind: 'position', id: 'irn-2025-hanoi.c02', supersededBy: ['irn-2025-hanoi.c98'] },
    ]);
    const text = changesMarkdown(changes);
    expect(text).toMatch(
      /^# Changes in cybercrime-positions 9\.1\.0 \(released 2030-02-01\) since 9\.0\.0 \(2030-01-01\)/,
    );
    const log = changelogWithIds(
      '# x\n\n## 9.1.0\n\n### Minor Changes\n\n- more\n\n## 9.0.0\n',
      '9.1.0',
      changes,
    );
    expect(log).toMatch(
      /## 9\.1\.0\n\n### Data\n\nReleased 2030-02-01, [^\n]*; since 9\.0\.0:\n\n#### Added\n\n- position `irn-2025-hanoi\.c98`\n/,
    );
    expect(log).toContain('- position `irn-2025-hanoi.c02` → `irn-2025-hanoi.c98`');
    expect(log.indexOf('### Data')).toBeLessThan(log.indexOf('### Minor Changes'));
    expect(() => changelogWithIds('# x\n', '9.1.0', changes)).toThrow(/no "## 9\.1\.0" heading/);
  });

  it('lists every id as added by the first release', () => {
    const { previous: _p, ...first } = recordRelease(
      { version: '0.0.0', date: '2000-01-01', fingerprint: 'a'.repeat(64), ids: [] },
      dataset,
      '0.1.0',
      '2030-01-01',
    );
    const { __meta: _m, ...body } = dataset;
    const changes = changesSince(first, withMeta(body, '0.1.0', '2030-01-01'));
    expect(changes.from).toBeNull();
    expect(changes.added).toHaveLength(first.ids.length);
    expect(changesMarkdown(changes)).toMatch(/, the first release\n/);
  });

  it('tells data between releases from the release in CHANGES.md', () => {
    const text = changesMarkdown(changesSince(record, dataset));
    if (dataset.__meta.released) expect(text).toMatch(/^# Changes in cybercrime-positions /);
    else {
      expect(text).toMatch(
        new RegExp(
          `^# Unreleased changes since ${record.version.replaceAll('.', '\\.')} \\(${record.date}\\)`,
        ),
      );
      expect(text).toContain(`This build is ${dataset.__meta.version}, not a released version`);
    }
  });
});
