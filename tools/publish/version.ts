// Which version a build reports. One version names one dataset: a build whose data is the recorded
// release reports that release's version and date; any other build reports a pre-release of the
// next version with the data fingerprint as build metadata, e.g. `1.1.0-dev+0828eb32`, so that it
// can never be mistaken for (or cited as) a released version.

export type Bump = 'major' | 'minor' | 'patch';

export interface LastRelease {
  version: string;
  date: string;
  fingerprint: string;
}

export interface VersionInfo {
  /** The version to report: the release's, or `<next>-dev+<fingerprint, 8 hex digits>`. */
  version: string;
  /** Release date; only when the data is the recorded release. */
  released?: string;
  /** The release an unreleased build follows; only when the data is not that release. */
  previousRelease?: { version: string; date: string };
}

const ORDER: Bump[] = ['patch', 'minor', 'major'];

/** `version` moved by `bump`, as changesets moves it. */
export function bumped(version: string, bump: Bump): string {
  const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number);
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** The largest of the bumps the pending changesets ask for (patch when there are none). */
export function largestBump(bumps: readonly Bump[]): Bump {
  return bumps.reduce<Bump>((a, b) => (ORDER.indexOf(b) > ORDER.indexOf(a) ? b : a), 'patch');
}

const newer = (a: string, b: string): boolean => {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) > (pb[i] ?? 0);
  return false;
};

/**
 * The version of data with `fingerprint`, given the package version, the last recorded release and
 * the bumps of the pending changesets. The data is that release only when both the fingerprint
 * and the package version match the record.
 */
export function versionOf(options: {
  packageVersion: string;
  fingerprint: string;
  last: LastRelease;
  bumps: readonly Bump[];
}): VersionInfo {
  const { packageVersion, fingerprint, last, bumps } = options;
  if (fingerprint === last.fingerprint && packageVersion === last.version)
    return { version: last.version, released: last.date };
  // package.json already moved past the record (a version bump not yet recorded): that is next.
  const next = newer(packageVersion, last.version)
    ? packageVersion
    : bumped(last.version, largestBump(bumps));
  return {
    version: `${next}-dev+${fingerprint.slice(0, 8)}`,
    previousRelease: { version: last.version, date: last.date },
  };
}

/** True for a version that `versionOf` gave to data between releases. */
export const isUnreleased = (version: string): boolean => /-dev\+[0-9a-f]{8}$/.test(version);

/** The bump a changeset file asks for this package, from its front matter. */
export function changesetBump(text: string, name: string): Bump | undefined {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const line = front
    .split(/\r?\n/)
    .map((l) => /^\s*["']?([^"':]+)["']?\s*:\s*(major|minor|patch)\s*$/.exec(l))
    .find((m) => m?.[1] === name);
  return line?.[2] as Bump | undefined;
}
