import { defineConfig } from 'tsup';

export default defineConfig({
  // The main entry inlines the data and needs nothing else; the schema entry is for those who
  // validate their own data and brings zod (an optional peer dependency) with it.
  entry: { index: 'src/index.ts', schema: 'src/schema/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  // scripts/build.ts writes dist/data.json first and the bundle inlines it; keep it.
  clean: false,
  target: 'node20',
  platform: 'neutral',
  sourcemap: false,
  splitting: false,
  treeshake: true,
});
