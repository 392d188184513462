import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Each source file (path from `root`) with the source files it imports, relative imports only. */
export type ImportGraph = Map<string, string[]>;

const SPECIFIER =
  /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'fixtures' ? [] : sourceFiles(path);
    return /\.(ts|mts|cts)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The import graph of the TypeScript files under `dirs` of `root` (tests/fixtures left out). */
export function importGraph(root: string, dirs: readonly string[]): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const file of dirs.flatMap((d) => sourceFiles(resolve(root, d)))) {
    const text = readFileSync(file, 'utf8');
    const targets: string[] = [];
    for (const match of text.matchAll(SPECIFIER)) {
      const specifier = match[1] ?? match[2] ?? '';
      if (!specifier.startsWith('.')) continue;
      targets.push(relative(root, resolve(dirname(file), specifier)));
    }
    graph.set(relative(root, file), targets);
  }
  return graph;
}

/** Every import cycle, each as the files along it with the first repeated at the end. */
export function importCycles(graph: ImportGraph): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const visit = (file: string): void => {
    if (onStack.has(file)) {
      cycles.push([...stack.slice(stack.indexOf(file)), file]);
      return;
    }
    if (done.has(file) || !graph.has(file)) return;
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) visit(target);
    stack.pop();
    onStack.delete(file);
    done.add(file);
  };
  for (const file of [...graph.keys()].sort()) visit(file);
  return cycles;
}

/** Imports that reach from one folder into another it must not use, as "from -> to". */
export function forbiddenImports(graph: ImportGraph, from: string, into: string): string[] {
  const found: string[] = [];
  for (const [file, targets] of graph) {
    if (!file.startsWith(`${from}/`)) continue;
    for (const target of targets)
      if (target.startsWith(`${into}/`)) found.push(`${file} -> ${target}`);
  }
  return found;
}

/** Every file that `file` imports, directly or through others. */
export function reachable(graph: ImportGraph, file: string): Set<string> {
  const seen = new Set<string>();
  const walk = (at: string): void => {
    for (const target of graph.get(at) ?? []) {
      if (seen.has(target)) continue;
      seen.add(target);
      walk(target);
    }
  };
  walk(file);
  return seen;
}
