import type { Plugin } from 'esbuild';

/** Builds the Node flavour of the main entry: imports of ./data.ts become ./data.node.ts. */
export function nodeData(): Plugin {
  return {
    name: 'node-data',
    setup(build) {
      build.onResolve({ filter: /^\.\/data\.ts$/ }, (args) => ({
        path: `${args.resolveDir}/data.node.ts`,
      }));
    },
  };
}
