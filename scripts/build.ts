// `npm run build`: regenerates schemas and types, validates the data, writes dist/data.json,
// bundles the package with tsup, and prints a summary of the dataset.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build as tsup } from 'tsup';
import { writeArtifacts } from '../src/export/artifacts.ts';
import { publishedStudies, reliabilityArtifacts } from '../src/reliability/publish.ts';
import { ID_TYPES_FILE, writeIdTypes } from '../tools/id-types.ts';
import { fromRoot } from '../tools/paths.ts';
import { buildDataset } from '../tools/publish/dataset.ts';
import { distProblem } from '../tools/publish/preflight.ts';
import { writeReleaseNotes } from '../tools/publish/release-notes.ts';
import { leftoversBeside, replaceFolder } from '../tools/publish/replace-folder.ts';
import { writeGeneratedFiles } from '../tools/publish/schema-files.ts';
import { summary } from '../tools/publish/summary.ts';

for (const path of (await writeGeneratedFiles(false)).written) console.log(`regenerated ${path}`);
const { dataset, record, problems } = buildDataset(fromRoot('data'));
if (!dataset || !record) {
  for (const line of problems) console.error(line);
  console.error(
    `\nbuild stopped: ${problems.length} problem(s) in data/ (run \`npm run validate\` to see them again)`,
  );
  process.exitCode = 1;
} else {
  // Checked before dist/ is touched: a folder that cannot be cleared would stop the build halfway.
  const distBlocked = distProblem(fromRoot('dist'));
  if (distBlocked) {
    console.error(`build stopped: ${distBlocked}`);
    process.exit(1);
  }
  if (writeIdTypes(fromRoot(ID_TYPES_FILE), dataset)) console.log(`regenerated ${ID_TYPES_FILE}`);
  const left = leftoversBeside(fromRoot('dist'));
  if (left.length > 0)
    console.error(
      `build: ${left.join(', ')} ${left.length === 1 ? 'was' : 'were'} left by an interrupted build: remove ${left.length === 1 ? 'it' : 'them'} once no build is running`,
    );
  try {
    // Written beside dist/ and renamed into place at the end: a build that fails, runs out of
    // heap or is killed leaves the previous dist/ whole, never an entry without its Node flavour.
    await replaceFolder(fromRoot('dist'), async (dir) => {
      writeArtifacts(dataset, dir);
      // Agreement between independent codings: published beside the data, never merged into it.
      for (const [path, text] of reliabilityArtifacts(publishedStudies(fromRoot('data'))))
        writeFileSync(join(dir, path), text);
      writeReleaseNotes(record, dataset, dir);
      await tsup({ config: fromRoot('tsup.config.ts') as never, silent: true, outDir: dir });
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(
      `build stopped: ${code ? `${code} at ${(error as NodeJS.ErrnoException).path ?? 'dist/'}` : error instanceof Error ? error.message : String(error)}; dist/ left as it was`,
    );
    process.exit(1);
  }
  console.log(summary(dataset));
}
