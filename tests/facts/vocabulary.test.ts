import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { listCommand } from '../../src/cli/commands/list.ts';
import { TABLES } from '../../src/export/tables.ts';
import { vocabularies } from '../../src/index.ts';
import { ReleasedId } from '../../src/schema/released.ts';
import { validateDataDir } from '../../src/validate/index.ts';
import { synthesize } from '../../tools/bench/synthesize.ts';
import { fromRoot } from '../../tools/paths.ts';

// The closed vocabularies are defined once, as Zod enums (data/vocabularies.json gives their labels
// and the validator keeps the two in step). Here the stance value "conditional" becomes "qualified"
// and the status "withdrawn" becomes "retracted", in that one place only: every output that lists
// them must follow.
vi.mock('../../src/schema/vocabularies.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/schema/vocabularies.ts')>();
  const { z } = await import('zod');
  return {
    ...original,
    StanceValue: z
      .enum(['support', 'oppose', 'qualified', 'mixed', 'neutral'])
      .meta({ description: original.StanceValue.description }),
    PositionStatus: z
      .enum(['active', 'retracted'])
      .meta({ description: original.PositionStatus.description }),
  };
});

describe('a closed vocabulary value, renamed in its one place', () => {
  // The help lists the data's vocabularies (so that a query loads no Zod), which the validator
  // holds to the enums: the rename stops the data until vocabularies.json follows, and then the
  // help follows too.
  it('is renamed in the command line help, through the vocabularies the validator holds to it', () => {
    const stances = vocabularies.stance.map((t) => t.id).join(', ');
    expect(listCommand.help).toContain(`--stance <value>      ${stances}\n`);
    const { problems } = validateDataDir(fromRoot('data'));
    expect(problems.map((p) => p.message)).toContain(
      '"conditional" is not allowed: use one of "support", "oppose", "qualified", "mixed", "neutral"',
    );
  });

  it('is renamed in the synthetic data', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-synth-'));
    try {
      synthesize(dir, 200, 1);
      const stances = new Set(
        readdirSync(join(dir, 'documents')).flatMap((f) =>
          (
            JSON.parse(readFileSync(join(dir, 'documents', f), 'utf8')) as {
              positions: { stance: { value: string } }[];
            }
          ).positions.map((p) => p.stance.value),
        ),
      );
      expect(stances).toContain('qualified');
      expect(stances).not.toContain('conditional');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is renamed in the CSV table schema and the release record schema', () => {
    const positions = TABLES.find((t) => t.name === 'positions');
    expect(positions?.fields.find((f) => f.name === 'status')?.enum).toEqual([
      'active',
      'retracted',
    ]);
    const entry = { id: 'x', kind: 'position', since: '0.1.0', hash: 'a'.repeat(64) };
    expect(ReleasedId.safeParse({ ...entry, status: 'retracted' }).success).toBe(true);
    expect(ReleasedId.safeParse({ ...entry, status: 'withdrawn' }).success).toBe(false);
  });
});
