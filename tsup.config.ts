import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
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
