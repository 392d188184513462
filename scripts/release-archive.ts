// `npm run release:archive`: writes the release archive of the built dist/ (run the build first)
// to dist/release/; see src/publish/archive.ts for what it holds.
import { writeReleaseArchive } from '../src/publish/archive.ts';
import { fromRoot } from '../src/tooling/paths.ts';

const { path, files, meta } = await writeReleaseArchive(fromRoot('dist'), fromRoot('dist/release'));
console.log(
  `wrote ${path.replace(`${fromRoot()}/`, '')}: ${files.length} files of ${meta.released ? `release ${meta.version} (${meta.released})` : `unreleased build ${meta.version}`}`,
);
