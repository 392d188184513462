import { describe, expect, it } from 'vitest';
import {
  forbiddenImports,
  importCycles,
  importGraph,
  reachable,
} from '../../tools/import-graph.ts';
import { fromRoot } from '../../tools/paths.ts';

const DIRS = ['src', 'tools', 'scripts', 'tests'] as const;

describe('the import graph', () => {
  const graph = importGraph(fromRoot(), DIRS);

  it('is read from every source file, imports included', () => {
    expect(graph.get('scripts/build.ts')).toContain('tools/publish/dataset.ts');
    expect(graph.size).toBeGreaterThan(100);
  });

  it('has no cycle: data flows one way', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it('keeps tests and the library out of scripts/: scripts are entry points, not libraries', () => {
    expect(forbiddenImports(graph, 'tests', 'scripts')).toEqual([]);
    expect(forbiddenImports(graph, 'src', 'scripts')).toEqual([]);
    expect(forbiddenImports(graph, 'tools', 'scripts')).toEqual([]);
  });

  it("keeps what ships in src/ apart from the repository's tools/: nothing in src/ reaches tools/", () => {
    expect(forbiddenImports(graph, 'src', 'tools')).toEqual([]);
  });

  it('keeps each layer to what it needs', () => {
    // The build derives quote offsets with the validator's rule, from src/text/, not from a lint rule.
    expect(forbiddenImports(graph, 'tools/publish', 'src/validate/lint')).toEqual([]);
    // The command line shares the export code with the build, not the build itself.
    expect(forbiddenImports(graph, 'src/cli', 'tools/publish')).toEqual([]);
    // The site renders the dataset it is handed, never the package's bundled copy.
    expect(reachable(graph, 'tools/site/render.ts')).not.toContain('src/data.ts');
    expect(reachable(graph, 'src/cli/main.ts')).toContain('src/data.ts');
  });

  it('finds a cycle, type-only imports included, and a test importing a script (fixture)', () => {
    const bad = importGraph(fromRoot('tests/fixtures/imports'), DIRS);
    expect(importCycles(bad)).toEqual([['src/b.ts', 'src/a.ts', 'src/b.ts']]);
    expect(forbiddenImports(bad, 'tests', 'scripts')).toEqual([
      'tests/uses-tool.ts -> scripts/tool.ts',
    ]);
    expect(bad.get('scripts/tool.ts')).toEqual(['src/c.ts']);
    expect(bad.get('src/c.ts')).toEqual(['src/b.ts']);
    expect([...reachable(bad, 'scripts/tool.ts')].sort()).toEqual([
      'src/a.ts',
      'src/b.ts',
      'src/c.ts',
    ]);
  });
});
