// `npm run reliability`: recomputes the agreement between each coding in data/reliability/ and the
// dataset's coding, and rewrites the committed summaries (data/reliability/<document>.agreement.json).
// `--check` writes nothing and exits 1 when a summary differs from what the codings give.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { InputError } from '../src/reliability/load.ts';
import {
  agreementSummaries,
  publishedStudies,
  readmeWithFigures,
} from '../src/reliability/publish.ts';
import { fromRoot } from '../tools/paths.ts';

const { values } = parseArgs({ options: { check: { type: 'boolean' } } });
const dataDir = fromRoot('data');
try {
  let stale = 0;
  const studies = publishedStudies(dataDir);
  const readmePath = fromRoot('docs/reliability.md');
  const readme = readFileSync(readmePath, 'utf8');
  const files = new Map([...agreementSummaries(studies)].map(([f, t]) => [join(dataDir, f), t]));
  files.set(readmePath, readmeWithFigures(readme, studies));
  // The codebook reports the same figures between the same markers.
  const codebookPath = join(dataDir, 'CODEBOOK.md');
  files.set(codebookPath, readmeWithFigures(readFileSync(codebookPath, 'utf8'), studies));
  for (const [path, text] of files) {
    const file = relative(fromRoot(), path);
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {}
    if (current === text) {
      console.log(`up to date: ${file}`);
      continue;
    }
    if (values.check) {
      console.error(
        `${file}: differs from the figures the codings give: run \`npm run reliability\``,
      );
      stale++;
    } else {
      writeFileSync(path, text);
      console.log(`wrote ${file}`);
    }
  }
  if (stale > 0) process.exitCode = 1;
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  for (const line of error.problems) console.error(line);
  process.exitCode = 1;
}
