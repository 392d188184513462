import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('the TypeScript sources', () => {
  it('type-check, the generated types agreeing with the Zod schemas (tests/schema/types.test-d.ts)', () => {
    let output = '';
    try {
      execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', '.'], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toBe('');
  });
});
