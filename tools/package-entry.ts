import { resolve } from 'node:path';
import type { Plugin } from 'esbuild';

/**
 * Builds the command line against the installed package rather than a copy of it: the CLI's
 * sources import src/index.ts (so they type-check and run in tests without dist/), and this plugin
 * turns each such import into `import … from '<name>'`, left external and resolved at run time to
 * the package's own entry (its Node flavour reads dist/data.json). Without it the CLI would inline
 * a second copy of the data. Anything else reaching src/data.ts fails the build for the same reason.
 */
export function packageEntry(name: string, entry: string, data: string): Plugin {
  const entryPath = resolve(entry);
  const dataPath = resolve(data);
  return {
    name: 'package-entry',
    setup(build) {
      build.onResolve({ filter: /\.ts$/ }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        const path = resolve(args.resolveDir, args.path);
        if (path === entryPath) return { path: name, external: true };
        if (path === dataPath) {
          return {
            errors: [
              {
                text: `${args.importer} imports ${args.path}: the command line must reach the data through ${entry}, not bundle its own copy`,
              },
            ],
          };
        }
        return undefined;
      });
    },
  };
}
