import { describe, expect, it } from 'vitest';
import {
  bumped,
  changesetBump,
  isUnreleased,
  largestBump,
  versionOf,
} from '../../tools/publish/version.ts';

const last = { version: '1.0.0', date: '2026-12-01', fingerprint: 'a'.repeat(64) };
const other = `0828eb32${'b'.repeat(56)}`;

describe('the version a build reports', () => {
  it('is the release, with its date, when the data and package.json are the recorded release', () => {
    expect(
      versionOf({ packageVersion: '1.0.0', fingerprint: last.fingerprint, last, bumps: [] }),
    ).toEqual({ version: '1.0.0', released: '2026-12-01' });
  });

  it('is a pre-release of the next version, with the fingerprint, when the data changed', () => {
    const info = versionOf({
      packageVersion: '1.0.0',
      fingerprint: other,
      last,
      bumps: ['patch', 'minor'],
    });
    expect(info).toEqual({
      version: '1.1.0-dev+0828eb32',
      previousRelease: { version: '1.0.0', date: '2026-12-01' },
    });
    expect(isUnreleased(info.version)).toBe(true);
  });

  it('never names the release for other data, even with no changeset yet', () => {
    const info = versionOf({ packageVersion: '1.0.0', fingerprint: other, last, bumps: [] });
    expect(info.version).toBe('1.0.1-dev+0828eb32');
    expect(info.released).toBeUndefined();
  });

  it('follows package.json when it was bumped but the release is not recorded yet', () => {
    expect(
      versionOf({ packageVersion: '2.0.0', fingerprint: last.fingerprint, last, bumps: [] })
        .version,
    ).toBe(`2.0.0-dev+${'a'.repeat(8)}`);
  });

  it('moves versions as changesets do', () => {
    expect(bumped('0.1.0', 'major')).toBe('1.0.0');
    expect(bumped('1.2.3', 'minor')).toBe('1.3.0');
    expect(bumped('1.2.3', 'patch')).toBe('1.2.4');
    expect(largestBump([])).toBe('patch');
    expect(largestBump(['minor', 'major', 'patch'])).toBe('major');
    expect(isUnreleased('1.0.0')).toBe(false);
  });

  it('reads the bump of this package from a changeset', () => {
    const text = '---\n"cybercrime-positions": major\n"other": patch\n---\n\nCoding 2.0.\n';
    expect(changesetBump(text, 'cybercrime-positions')).toBe('major');
    expect(changesetBump(text, 'other')).toBe('patch');
    expect(changesetBump(text, 'missing')).toBeUndefined();
    expect(changesetBump('no front matter', 'cybercrime-positions')).toBeUndefined();
  });
});
