// `npm run site`: writes the static reader to dist/site/ from dist/data.json (so run the build
// first): an overview page, a page per document, and its own stylesheet, script and fonts. Nothing
// is loaded from anywhere else.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Dataset } from '../src/generated/types.ts';
import type { Study } from '../src/reliability/study.ts';
import { documentPage, overviewPage } from '../src/site/render.ts';
import { isMain } from './lib/main.ts';
import { fromRoot } from './lib/paths.ts';

const FONTS = ['arabic-400', 'arabic-700', 'latin-400', 'latin-700'].map(
  (f) => `vazirmatn-${f}-normal.woff2`,
);

export async function writeSite(data: Dataset, out: string): Promise<string[]> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'documents'), { recursive: true });
  mkdirSync(join(out, 'assets/fonts'), { recursive: true });
  const written: string[] = [];
  const write = (path: string, text: string) => {
    writeFileSync(join(out, path), text);
    written.push(path);
  };
  // The agreement figures the build wrote beside the data, if any.
  const reliability = fromRoot('dist/reliability.json');
  const studies = existsSync(reliability)
    ? (JSON.parse(readFileSync(reliability, 'utf8')) as { studies: Study[] }).studies
    : [];
  write('index.html', overviewPage(data, studies));
  for (const doc of data.documents) write(`documents/${doc.id}.html`, documentPage(data, doc));
  copyFileSync(fromRoot('src/site/style.css'), join(out, 'assets/style.css'));
  const fonts = fromRoot('node_modules/@fontsource/vazirmatn');
  for (const font of FONTS)
    copyFileSync(join(fonts, 'files', font), join(out, 'assets/fonts', font));
  copyFileSync(join(fonts, 'LICENSE'), join(out, 'assets/fonts/LICENSE-Vazirmatn.txt'));
  await build({
    entryPoints: [fromRoot('src/site/client.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    outfile: join(out, 'assets/app.js'),
    logLevel: 'silent',
  });
  written.push('assets/style.css', 'assets/app.js', ...FONTS.map((f) => `assets/fonts/${f}`));
  return written;
}

if (isMain(import.meta.url)) {
  const data = JSON.parse(readFileSync(fromRoot('dist/data.json'), 'utf8')) as Dataset;
  const out = fromRoot('dist/site');
  const files = await writeSite(data, out);
  console.log(`wrote dist/site/: ${files.length} files; open it with \`npm run site:serve\``);
}
