import { resolve } from 'node:path';
import type { Plugin } from 'esbuild';

/**
 * Builds the Node flavour of the main entry: every import that resolves to src/data.ts becomes
 * src/data.node.ts, whatever the importing file's folder. Matching by resolved path, not by the
 * specifier, is what keeps a module in a subfolder (`'../data.ts'`) from inlining a second copy.
 */
export function nodeData(data = 'src/data.ts'): Plugin {
  const dataPath = resolve(data);
  const nodePath = dataPath.replace(/data\.ts$/, 'data.node.ts');
  return {
    name: 'node-data',
    setup(build) {
      build.onResolve({ filter: /(^|\/)data\.ts$/ }, (args) =>
        resolve(args.resolveDir, args.path) === dataPath ? { path: nodePath } : undefined,
      );
    },
  };
}
