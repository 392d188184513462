// The static reader (`npm run site`, scripts/site.ts): an overview page, a page per document, and
// its own stylesheet, script and fonts. Nothing is loaded from anywhere else.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Dataset } from '../generated/types.ts';
import type { Study } from '../reliability/study.ts';
import { fromRoot } from '../tooling/paths.ts';
import { documentPage, overviewPage } from './render.ts';

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
