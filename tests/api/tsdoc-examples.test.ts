import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.ts';

// Every `@example` in the public TSDoc is run: a line `expression // value` must give that value.
const FILES = ['src/query.ts', 'src/fold.ts', 'src/cite.ts'];

interface Example {
  file: string;
  code: string[];
}

function examples(file: string): Example[] {
  const text = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
  return [...text.matchAll(/@example\n((?:\s*\*(?! @|\/).*\n)+)/g)].map((m) => ({
    file,
    code: (m[1] ?? '')
      .split('\n')
      .map((l) => l.replace(/^\s*\*\s?/, ''))
      .filter((l) => l.trim() !== ''),
  }));
}

const all = FILES.flatMap(examples);

describe('the TSDoc examples', () => {
  it('exist for every helper', () => {
    expect(all.length).toBeGreaterThanOrEqual(10);
  });

  it.each(all.map((e) => [e.file, e.code[0], e] as const))('%s: %s', (_file, _first, example) => {
    const checks: [string, string][] = [];
    const body = example.code
      .map((line) => {
        const at = line.indexOf(' // ');
        if (at === -1) return line;
        const [expr, expected] = [line.slice(0, at), line.slice(at + 4)];
        checks.push([expr, expected]);
        return `__results.push([${expr}, ${expected}]);`;
      })
      .join('\n');
    const results: [unknown, unknown][] = [];
    new Function('api', '__results', `const { ${Object.keys(api).join(', ')} } = api;\n${body}`)(
      api,
      results,
    );
    expect(results.length).toBe(checks.length);
    for (const [i, [actual, expected]] of results.entries()) {
      expect(actual, checks[i]?.[0]).toEqual(expected);
    }
  });
});
