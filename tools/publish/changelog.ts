import type { ChangeList } from './release-record.ts';

/**
 * CHANGELOG.md with the ids a release added, changed and withdrew, put under that release's
 * heading (which `changeset version` has just written), so the history of every id stays readable
 * after the release record moves on.
 */
export function changelogWithIds(changelog: string, version: string, c: ChangeList): string {
  const heading = new RegExp(`^## ${version.replaceAll('.', '\\.')}[ \\t]*$`, 'm');
  const at = heading.exec(changelog);
  if (!at)
    throw new Error(
      `CHANGELOG.md has no "## ${version}" heading: \`changeset version\` writes it; run the release command, not parts of it`,
    );
  const list = (
    title: string,
    items: { kind: string; id: string; supersededBy?: readonly string[] }[],
  ) =>
    items.length === 0
      ? []
      : [
          `#### ${title}\n`,
          ...items.map(
            (x) =>
              `- ${x.kind} \`${x.id}\`${x.supersededBy?.length ? ` → ${x.supersededBy.map((s) => `\`${s}\``).join(', ')}` : ''}`,
          ),
          '',
        ];
  const block = [
    '',
    '### Data',
    '',
    `Released ${c.to.released ?? ''}, data fingerprint \`${c.to.fingerprint}\`${c.from ? `; since ${c.from.version}:` : ': the first release.'}`,
    '',
    ...list('Added', c.added),
    ...list('Changed', c.changed),
    ...list('Withdrawn', c.withdrawn),
    ...(c.from && c.added.length + c.changed.length + c.withdrawn.length === 0
      ? [
          'No id was added, changed or withdrawn: what changed is data that has no id of its own.',
          '',
        ]
      : []),
  ]
    .join('\n')
    .trimEnd();
  const end = at.index + at[0].length;
  return `${changelog.slice(0, end)}\n${block}${changelog.slice(end)}`;
}
