import { readFileSync } from 'node:fs';
import type { Plugin } from 'esbuild';

/**
 * Bundles the dataset as `JSON.parse("<the JSON text>")` rather than as a JavaScript object
 * literal: V8 reads a string literal and then parses JSON far faster than it parses the same data
 * as code, so importing the package costs about what reading the JSON costs. `redirect` lets the
 * benchmarks bundle other data in place of dist/data.json.
 */
export function jsonAsParse(redirect?: string): Plugin {
  return {
    name: 'json-as-parse',
    setup(build) {
      build.onLoad({ filter: /[\\/]dist[\\/]data\.json$/ }, (args) => ({
        contents: `export default JSON.parse(${JSON.stringify(readFileSync(redirect ?? args.path, 'utf8'))});`,
        loader: 'js',
      }));
    },
  };
}
