// `npm run release:archive`: writes the release archive of the built dist/ (run the build first)
// to dist/release/; see tools/publish/archive.ts for what it holds.

import { fromRoot } from '../tools/paths.ts';
import { writeReleaseArchive } from '../tools/publish/archive.ts';

const { path, files, meta } = await writeReleaseArchive(fromRoot('dist'), fromRoot('dist/release'));
console.log(
  `wrote ${path.replace(`${fromRoot()}/`, '')}: ${files.length} files of ${meta.released ? `release ${meta.version} (${meta.released})` : `unreleased build ${meta.version}`}`,
);
