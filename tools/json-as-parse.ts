import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'esbuild';

/**
 * Bundles the dataset as `JSON.parse("<the JSON text>")` rather than as a JavaScript object
 * literal: V8 reads a string literal and then parses JSON far faster than it parses the same data
 * as code, so importing the package costs about what reading the JSON costs. `redirect` bundles
 * other data in place of dist/data.json: the benchmarks', or the build's before its new folder
 * becomes dist/ (when dist/data.json may not exist at all).
 */
export function jsonAsParse(redirect?: string): Plugin {
  const load = (path: string) => ({
    contents: `export default JSON.parse(${JSON.stringify(readFileSync(path, 'utf8'))});`,
    loader: 'js' as const,
  });
  return {
    name: 'json-as-parse',
    setup(build) {
      if (redirect)
        build.onResolve({ filter: /^#data\.json$/ }, () => ({
          path: resolve(redirect),
          namespace: 'dataset-json',
        }));
      build.onLoad({ filter: /.*/, namespace: 'dataset-json' }, (args) => load(args.path));
      build.onLoad({ filter: /[\\/]dist[\\/]data\.json$/ }, (args) => load(redirect ?? args.path));
    },
  };
}
