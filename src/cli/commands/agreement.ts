import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, studyFiles } from '../../reliability/load.ts';
import { publishedStudies, studyCsv, studyRows } from '../../reliability/publish.ts';
import { formatDisagreements, formatFigures } from '../../reliability/report.ts';
import type { Study } from '../../reliability/study.ts';
import type { Command, Values } from '../command.ts';
import { Failure, type Io, oneOf, positiveInteger, UsageError } from '../io.ts';

const help = `Usage: cybercrime-positions agreement [--a FILE --b FILE | --document ID] [--data DIR]
                                      [--format text|json|csv] [--disagreements] [--samples N] [--seed N]

Agreement between two codings of one document: unitizing (which claims both coders cut) and
Krippendorff's alpha with bootstrap intervals for stance, target kind, speech act, topics, article
and provision links and legal form, for all passages, the passages the codebook uses as examples,
and the others. Without --a and --b: the published pairs (each coding in DIR/reliability/ against
the dataset's coding of its document, and the pools of documents coded from one codebook), or,
with no data directory, the figures the package ships.

A coding FILE is a document file of the data (documents/<id>.json) or a coder's file
(npm run coding:prepare makes one). DIR (default ./data) gives the source texts and the codebook.

Options:
  --a FILE, --b FILE   the two codings (A is the reference whose ids the codebook names)
  --document ID        only the published studies of document ID, or "pooled" for the pools
  --data DIR           the data directory (default: data)
  --format, -f         text (default), json, or csv (one row per variable and subset)
  --disagreements, -d  also list every disagreement (text format; json always has them)
  --samples N          bootstrap samples, 1 to 20000 (default 1000); --seed N: the PRNG seed (default 12)

Exit status: 0 figures printed, 1 a coding file is invalid, 2 a usage error.

Examples:
  cybercrime-positions agreement --document pooled
  cybercrime-positions agreement --format csv > agreement.csv
  cybercrime-positions agreement --a data/documents/irn-2025-hanoi.json --b my-coding.json -d`;

/** The figures the package ships (dist/reliability.json beside the command line). */
function shipped(): Study[] {
  const path = new URL('./reliability.json', import.meta.url);
  try {
    return (JSON.parse(readFileSync(path, 'utf8')) as { studies: Study[] }).studies;
  } catch {
    throw new Failure(
      'no data directory here and no published figures beside the command line: give --data DIR, or --a and --b',
    );
  }
}

const MAX_SAMPLES = 20_000;

function run(values: Values, _positionals: string[], io: Io): number {
  const format = oneOf('format', values.format, ['text', 'json', 'csv'] as const) ?? 'text';
  const samples = positiveInteger('samples', values.samples as string | undefined);
  // Each sample recomputes every alpha: 10,000 took 19 s and 100,000 86 s on the published pair, so
  // an unbounded count is an afternoon's hang from a typo.
  if (samples !== undefined && samples > MAX_SAMPLES)
    throw new UsageError(
      `--samples must be at most ${MAX_SAMPLES} (got ${samples}); the default is 1000`,
    );
  const seedText = values.seed as string | undefined;
  const seed = seedText === undefined ? undefined : Number(seedText);
  if (seed !== undefined && !Number.isInteger(seed))
    throw new UsageError(`--seed must be a whole number (got "${seedText}")`);
  const options = {
    ...(samples !== undefined ? { samples } : {}),
    ...(seed !== undefined ? { seed } : {}),
  };
  const a = values.a as string | undefined;
  const b = values.b as string | undefined;
  if ((a === undefined) !== (b === undefined))
    throw new UsageError('give both --a and --b, or neither (for the published pairs)');
  const dataDir = (values.data as string | undefined) ?? 'data';

  let studies: Study[];
  try {
    if (a !== undefined && b !== undefined)
      studies = [studyFiles({ file: a }, { file: b }, dataDir, options)];
    else if (existsSync(join(dataDir, 'reliability')))
      studies = publishedStudies(dataDir, options).map((s) => s.study);
    else if (values.data !== undefined)
      throw new Failure(`${dataDir}/reliability/ does not exist: no published codings to compare`);
    else studies = shipped();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    for (const line of error.problems) io.err(line);
    throw new Failure(
      `${error.problems.length} problem(s) in the codings: fix them, then compare again`,
    );
  }
  if (studies.length === 0) throw new Failure(`no codings in ${dataDir}/reliability/ to compare`);
  const only = values.document as string | undefined;
  if (only !== undefined) {
    if (a !== undefined) throw new UsageError('give --document or --a and --b, not both');
    const isPool = (s: Study) => s.document.startsWith('pooled: ');
    const picked = studies.filter((s) => (only === 'pooled' ? isPool(s) : s.document === only));
    if (picked.length === 0)
      throw new UsageError(
        `--document ${JSON.stringify(only).slice(0, 80)} has no published study: give one of ${[...new Set(studies.filter((s) => !isPool(s)).map((s) => s.document))].join(', ')}, or pooled`,
      );
    studies = picked;
  }

  if (format === 'json')
    io.out(JSON.stringify(studies.length === 1 ? studies[0] : studies, null, 2));
  else if (format === 'csv') io.out(studyCsv(studies.flatMap(studyRows)).trimEnd());
  else
    io.out(
      studies
        .map((s) =>
          values.disagreements
            ? `${formatFigures(s)}\n\n${formatDisagreements(s)}`
            : formatFigures(s),
        )
        .join('\n\n'),
    );
  return 0;
}

export const agreementCommand: Command = {
  name: 'agreement',
  help,
  options: {
    a: { type: 'string' },
    b: { type: 'string' },
    data: { type: 'string' },
    document: { type: 'string' },
    format: { type: 'string', short: 'f' },
    disagreements: { type: 'boolean', short: 'd' },
    samples: { type: 'string' },
    seed: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  positionals: false,
  run,
};
