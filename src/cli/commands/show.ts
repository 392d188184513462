import {
  cite,
  context,
  currentPositions,
  getActor,
  getPosition,
  getTopic,
  provisionKey,
  provisionNumber,
} from '../../index.ts';
import type { Command, Values } from '../command.ts';
import { Failure, type Io, oneOf, paint, shown, UsageError } from '../io.ts';

const help = `Usage: cybercrime-positions show <position-id> [--format text|json]

Show one position: its coding, its paragraph with the quote marked, the translation, and how to
cite it. A withdrawn id shows its tombstone and what replaced it.

Examples:
  cybercrime-positions show irn-2025-hanoi.c37
  cybercrime-positions show irn-2025-hanoi.c37 --format json`;

function run(values: Values, positionals: string[], io: Io): number {
  const format = oneOf('format', values.format, ['text', 'json'] as const) ?? 'text';
  if (positionals.length !== 1)
    throw new UsageError(
      'show takes one position id, e.g. cybercrime-positions show irn-2025-hanoi.c37',
    );
  const id = positionals[0] as string;
  const p = getPosition(id);
  if (!p)
    throw new Failure(
      `no position "${id}": ids look like irn-2025-hanoi.c07 (see cybercrime-positions list)`,
    );
  if (format === 'json') {
    io.out(JSON.stringify(p, null, 2));
    return 0;
  }
  const c = context(id);
  const label = (k: string) => paint(io, 'bold', k.padEnd(12));
  const heading = (k: string) => paint(io, 'bold', k);
  const lines = [
    `${paint(io, 'cyan', p.id)}${p.status === 'withdrawn' ? paint(io, 'red', '  WITHDRAWN') : ''}`,
    `${label('actor')}${p.actor} (${shown(getActor(p.actor)?.name.en ?? '?')})`,
    `${label('document')}${p.document}, paragraph ${p.paragraph}`,
    `${label('topics')}${p.topics.map((t) => `${t} (${shown(getTopic(t)?.label.en ?? '?')})`).join(', ')}`,
    `${label('stance')}${p.stance.value} → ${shown(p.stance.target.text)} [${p.stance.target.kind}${p.stance.target.ref?.type === 'instrument' && p.stance.target.ref.article !== undefined ? `: ${provisionKey({ instrument: p.stance.target.ref.id, article: p.stance.target.ref.article, paragraph: p.stance.target.ref.paragraph, subparagraph: p.stance.target.ref.subparagraph })}` : ''}]`,
    `${label('speech act')}${p.speechAct}`,
    `${label('articles')}${p.articles.map((a) => `${a.instrument} art. ${provisionNumber(a)} (${a.relation}${a.explicit ? ', named' : ''})`).join('; ') || 'none'}`,
    `${label('legal form')}${p.legalForm}${p.interpretativeInSubstance ? ', interpretative in substance' : ''}`,
    '',
    heading('quote'),
    // The quote in its paragraph: underlined on a terminal, between ⟦ ⟧ everywhere else.
    c
      ? `${shown(c.before)}${io.color ? paint(io, 'underline', shown(c.quote)) : `⟦${shown(c.quote)}⟧`}${shown(c.after)}`
      : shown(p.quote.text),
    '',
    heading('translation'),
    shown(p.translation.en),
  ];
  if (p.note) lines.push('', heading('note'), shown(p.note));
  if (p.status === 'withdrawn') {
    lines.push('', heading('withdrawn'), shown(p.withdrawal?.reason ?? ''));
    const now = currentPositions(id);
    lines.push(
      `${label('replaced by')}${now.length ? now.map((x) => x.id).join(', ') : 'nothing'}`,
    );
  }
  lines.push('', heading('cite'), cite(id) ?? '');
  io.out(lines.join('\n'));
  return 0;
}

export const showCommand: Command = {
  name: 'show',
  help,
  options: { format: { type: 'string', short: 'f' }, help: { type: 'boolean', short: 'h' } },
  positionals: true,
  run,
};
