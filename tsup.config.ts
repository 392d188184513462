import { join } from 'node:path';
import { defineConfig, type Options } from 'tsup';
import { jsonAsParse } from './tools/json-as-parse.ts';
import { nodeData } from './tools/node-data.ts';
import { packageEntry } from './tools/package-entry.ts';

// scripts/build.ts passes outDir, a new folder that becomes dist/ only when the build is whole:
// the bundle then inlines the data.json written there, not the one in dist/.
export default defineConfig((options): Options[] => [
  {
    // The main entry inlines the data and needs nothing else; the schema entry is for those who
    // validate their own data and brings zod (an optional peer dependency) with it.
    entry: { index: 'src/index.ts', schema: 'src/schema/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    // scripts/build.ts writes data.json first and the bundle inlines it; keep it.
    clean: false,
    target: 'node20',
    platform: 'neutral',
    splitting: false,
    treeshake: true,
    // Keep Persian as UTF-8 rather than \u escapes: a third smaller, and faster to parse.
    esbuildOptions: (options) => {
      options.charset = 'utf8';
    },
    esbuildPlugins: [jsonAsParse(options.outDir && join(options.outDir, 'data.json'))],
  },
  {
    // The same entry for Node ("node" condition): it reads dist/data.json instead (src/data.node.ts).
    entry: { 'index.node': 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    splitting: false,
    treeshake: true,
    shims: true,
    esbuildPlugins: [nodeData()],
  },
  {
    // The command line uses the package's own entry at run time (not a second copy of the data:
    // tools/package-entry.ts turns its imports of src/index.ts into imports of
    // dist/index.node.js, the file the package's name resolves to in Node), and
    // carries the validator with zod inside, so `npx cybercrime-positions validate` works without
    // installing zod.
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    // Each command is a chunk of its own (src/cli/main.ts imports them when run), so that `show`
    // or `search` loads neither zod nor the validator.
    splitting: true,
    esbuildOptions: (options) => {
      options.chunkNames = 'cli-[name]-[hash]';
    },
    external: ['cybercrime-positions'],
    noExternal: ['zod'],
    minify: true,
    // The package's Node flavour, by path: resolving the package's own name through its exports map
    // cost more than the rest of `show` (the chunks sit beside it in dist/, so one path serves all).
    esbuildPlugins: [packageEntry('./index.node.js', 'src/index.ts', 'src/data.ts')],
  },
]);
