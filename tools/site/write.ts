// The static reader (`npm run site`, scripts/site.ts): an overview page, a page per document, and
// its own stylesheet, script and fonts. Nothing is loaded from anywhere else.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { build } from 'esbuild';
import type { Dataset } from '../../src/generated/types.ts';
import type { Study } from '../../src/reliability/study.ts';
import { fromRoot } from '../paths.ts';
import { archiveName, writeReleaseArchive } from '../publish/archive.ts';
import { describeFile } from '../publish/data-readme.ts';
import type { Downloads } from './jsonld.ts';
import { documentPage, overviewPage } from './render.ts';

const FONTS = ['arabic-400', 'arabic-700', 'latin-400', 'latin-700'].map(
  (f) => `vazirmatn-${f}-normal.woff2`,
);

/**
 * The release archive and each of its files under download/ (from the built `dist`), for the
 * overview page to link and to list as schema.org DataDownloads.
 */
async function writeDownloads(dist: string, out: string): Promise<Downloads> {
  const { path, contents, meta } = await writeReleaseArchive(dist, join(out, 'download'));
  const name = archiveName(meta.version);
  for (const [file, bytes] of contents) {
    mkdirSync(join(out, 'download', name, file, '..'), { recursive: true });
    writeFileSync(join(out, 'download', name, file), bytes);
  }
  return {
    archive: `download/${basename(path)}`,
    files: [...contents.keys()].map((f) => ({
      path: f,
      url: `download/${name}/${f}`,
      description: describeFile(f),
    })),
  };
}

/** Writes the site to `out`; with `dist` (a built dist/), its downloads too. */
export async function writeSite(data: Dataset, out: string, dist?: string): Promise<string[]> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'documents'), { recursive: true });
  mkdirSync(join(out, 'assets/fonts'), { recursive: true });
  const written: string[] = [];
  const write = (path: string, text: string) => {
    writeFileSync(join(out, path), text);
    written.push(path);
  };
  const downloads = dist ? await writeDownloads(dist, out) : undefined;
  // The agreement figures the build wrote beside the data, if any.
  const reliability = fromRoot('dist/reliability.json');
  const studies = existsSync(reliability)
    ? (JSON.parse(readFileSync(reliability, 'utf8')) as { studies: Study[] }).studies
    : [];
  write('index.html', overviewPage(data, downloads, studies));
  for (const doc of data.documents) write(`documents/${doc.id}.html`, documentPage(data, doc));
  copyFileSync(fromRoot('tools/site/style.css'), join(out, 'assets/style.css'));
  const fonts = fromRoot('node_modules/@fontsource/vazirmatn');
  for (const font of FONTS)
    copyFileSync(join(fonts, 'files', font), join(out, 'assets/fonts', font));
  copyFileSync(join(fonts, 'LICENSE'), join(out, 'assets/fonts/LICENSE-Vazirmatn.txt'));
  await build({
    entryPoints: [fromRoot('tools/site/client.ts')],
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
