import { countBy } from '../../src/count.ts';
import type { Dataset } from '../../src/generated/types.ts';

/** The few lines `npm run build` prints about the dataset it built. */
export function summary(dataset: Dataset): string {
  const count = <T>(items: readonly T[], key: (x: T) => string) =>
    [...countBy(items, key)].map(([k, n]) => `${k} ${n}`).join(', ');
  const active = dataset.positions;
  return [
    `cybercrime-positions ${dataset.__meta.version} (data ${dataset.__meta.fingerprint.slice(0, 12)}, codebook ${dataset.__meta.codebookVersion})`,
    `  documents: ${dataset.documents.map((d) => `${d.id} (${active.filter((p) => p.document === d.id).length} positions in force)`).join(', ')}`,
    `  positions: ${active.length} in force, ${dataset.withdrawn.length} withdrawn`,
    // Stances are counted within one target kind only (codebook §5.2), and implied stances apart
    // from declared ones (§4, stance.basis).
    ...[...new Set(active.map((p) => p.stance.target.kind))].map((kind) => {
      const ofKind = active.filter((p) => p.stance.target.kind === kind);
      const implied = ofKind.filter((p) => p.stance.basis === 'implied');
      const explicit = ofKind.filter((p) => p.stance.basis !== 'implied');
      return `  stances (${kind}): ${count(explicit, (p) => p.stance.value)}${
        implied.length > 0 ? `; implied, apart: ${count(implied, (p) => p.stance.value)}` : ''
      }`;
    }),
    `  topics:    ${count(active, (p) => p.topics[0] ?? '')}`,
  ].join('\n');
}
