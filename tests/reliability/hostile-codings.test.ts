// A coder's file is input from outside the data: the coding commands read it as strictly as the
// validator reads data/reliability/, and `agreement` refuses whatever `coding:check` refuses.
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { agreementCommand } from '../../src/cli/commands/agreement.ts';
import { matchUnits } from '../../src/reliability/units.ts';
import { splitParagraphs } from '../../src/text/paragraphs.ts';
import { checkCodingFile } from '../../tools/coding/workflow.ts';
import { fromRoot } from '../../tools/paths.ts';
import { cli, runScript } from '../helpers/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'ccp-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DATA = fromRoot('data');
const DATASET = fromRoot('data/documents/irn-2025-hanoi.json');
const CODER_B = readFileSync(fromRoot('data/reliability/irn-2025-hanoi.coder-b.json'), 'utf8');

// biome-ignore lint/suspicious/noExplicitAny: a test reaches into the JSON freely
type Coding = any;

/** Coder B's published file, changed by `edit` and written under `name`. */
function variant(name: string, edit: (coding: Coding) => void): string {
  const coding = JSON.parse(CODER_B);
  edit(coding);
  const file = join(dir, name);
  writeFileSync(file, `${JSON.stringify(coding, null, 2)}\n`);
  return file;
}

function raw(name: string, text: string | Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

const check = (file: string) => checkCodingFile(file, DATA);
const agreement = (file: string) => cli(['agreement', '--a', DATASET, '--b', file, '-d']);
const compare = (file: string) =>
  runScript(agreementCommand, ['--a', DATASET, '--b', file, '--disagreements']);

describe('the coding readers refuse files that are not regular files (A1)', () => {
  const fifo = join(dir, 'pipe.json');
  execFileSync('mkfifo', [fifo]);
  const zero = join(dir, 'zero.json');
  symlinkSync('/dev/zero', zero);
  const folder = join(dir, 'folder.json');
  mkdirSync(folder);
  const huge = join(dir, 'huge.json');
  writeFileSync(huge, '');
  truncateSync(huge, 17 * 1024 * 1024);

  it.each([
    ['a FIFO', fifo, 'is a named pipe \\(FIFO\\), not a regular file'],
    ['a link to /dev/zero', zero, 'is a device, not a regular file'],
    ['a folder', folder, 'is a folder, not a regular file'],
    ['a file over 16 MiB', huge, 'over the limit of 16777216 bytes per file'],
  ])(
    'coding:check, agreement and coding:compare say in one line that %s is refused',
    async (_, file, why) => {
      expect(check(file)).toEqual([expect.stringMatching(`^${file}:: file .*${why}`)]);
      for (const ran of [await agreement(file), await compare(file)]) {
        expect(ran.status).toBe(1);
        expect(ran.stderr).toMatch(new RegExp(`^${file}:: file .*${why}`));
        expect(ran.stderr).not.toMatch(/\n\s+at /);
      }
    },
  );
});

describe('coding:check runs the validator checks, and agreement refuses what it refuses (A4, A5)', () => {
  const hostile: [string, string, string][] = [
    [
      'a Latin-1 byte',
      raw('latin1.json', Buffer.from(CODER_B.replace('"B"', '"B\u00e9"'), 'latin1')),
      ': file is not valid UTF-8: byte 0xE9',
    ],
    [
      'a key given twice',
      raw('dup-key.json', CODER_B.replace('"coder": "B",', '"coder": "B",\n  "coder": "C",')),
      '/coder: key "coder" appears twice in one object',
    ],
    [
      'terminal escapes in the coder name',
      variant('escape.json', (c) => {
        c.coder = 'B\u001b]0;pwned\u0007\u001b[31m';
      }),
      '/coder: U+001B (ESCAPE) at character 2',
    ],
    [
      'a blank note',
      variant('blank.json', (c) => {
        c.positions[0].note = ' \u200b ';
      }),
      '/positions/0/note: text is blank',
    ],
    [
      'a translation a spreadsheet runs as a formula',
      variant('formula.json', (c) => {
        c.positions[0].translation.en = '=HYPERLINK("http://x")';
      }),
      '/positions/0/translation/en: English text starts with "="',
    ],
    [
      'a text of a million characters',
      variant('long.json', (c) => {
        c.positions[0].note = 'x'.repeat(1_000_000);
      }),
      '/positions/0/note: text of 1000000 characters, over the limit of 100000',
    ],
    [
      'paragraphs edited to hold a fabricated quote',
      variant('fabricated.json', (c) => {
        const doc = JSON.parse(readFileSync(DATASET, 'utf8'));
        const source = splitParagraphs(readFileSync(join(DATA, doc.source.file), 'utf8'));
        c.paragraphs = source.map((text, i) => ({ n: i + 1, role: 'speech', text }));
        c.paragraphs[1].text += ' FABRICATED TEXT THE SPEAKER NEVER SAID';
        c.positions[0].quote = { text: 'FABRICATED TEXT THE SPEAKER NEVER SAID' };
      }),
      "/paragraphs/1/text: paragraph 2 is not the source's",
    ],
    [
      'two claims under one id',
      variant('dup-ids.json', (c) => {
        c.positions[1].id = c.positions[0].id;
      }),
      '/positions/1/id: id "irn-2025-hanoi.b01" is already used at /positions/0',
    ],
    [
      'a link to an unknown claim',
      variant('bad-link.json', (c) => {
        c.positions[0].links = [{ relation: 'reason', position: 'irn-2025-hanoi.b99' }];
      }),
      '/positions/0/links/0/position: "irn-2025-hanoi.b99" is not a claim of this coding',
    ],
    [
      'a quote from the lede',
      variant('lede.json', (c) => {
        c.positions[0].paragraph = 1;
        delete c.positions[0].quote.start;
        delete c.positions[0].quote.end;
      }),
      '/positions/0/paragraph: paragraph 1 is lede',
    ],
  ];

  it.each(hostile)('coding:check refuses %s', (_, file, message) => {
    expect(check(file).join('\n')).toContain(`${file}:${message}`);
  });

  it.each(hostile)(
    'agreement and coding:compare refuse %s, with no figures',
    async (_, file, message) => {
      for (const ran of [await agreement(file), await compare(file)]) {
        expect(ran.status).toBe(1);
        expect(ran.stdout).toBe('');
        expect(ran.stderr).toContain(`${file}:${message}`);
        expect(ran.stderr).not.toContain(String.fromCharCode(27));
        expect(ran.stderr).not.toContain('FABRICATED TEXT THE SPEAKER');
      }
    },
  );

  it('gives figures for the published coding, read the same way', async () => {
    const ran = await agreement(fromRoot('data/reliability/irn-2025-hanoi.coder-b.json'));
    expect(ran.status).toBe(0);
    expect(ran.stdout).toMatch(/matched claims \(F1\)\s+0\.983/);
  });
});

describe('agreement says where a file stops being JSON, and what a file is not (b5)', () => {
  it('locates a trailing comma by line and column, as coding:check does', async () => {
    const file = raw('trailing-comma.json', CODER_B.replace('"blind": true,', '"blind": true,,'));
    const ran = await agreement(file);
    expect(ran.status).toBe(1);
    expect(ran.stderr).toMatch(/:: not valid JSON at line \d+, column \d+: /);
    expect(ran.stderr).toContain(check(file)[0]);
  });

  it('says in one line that a file without "coder" or "source" is neither kind of coding', async () => {
    const file = variant('no-coder.json', (c) => {
      delete c.coder;
    });
    const ran = await agreement(file);
    expect(ran.status).toBe(1);
    expect(ran.stderr.split('\n')[0]).toBe(
      `${file}:: is neither a coder's file (it has no "coder") nor a document file (it has no "source"): give a file made by npm run coding:prepare, or one of documents/`,
    );
  });
});

describe('claims are matched by place, never by id (A5)', () => {
  it('keeps both of two claims that share an id', () => {
    const a = [
      { id: 'x', paragraph: 2, start: 0, end: 10 },
      { id: 'x', paragraph: 2, start: 20, end: 30 },
    ];
    const b = [
      { id: 'y', paragraph: 2, start: 0, end: 10 },
      { id: 'y', paragraph: 2, start: 20, end: 30 },
    ];
    const m = matchUnits(a, b);
    expect(m.pairs.map((p) => [p.a.start, p.b.start])).toEqual([
      [0, 0],
      [20, 20],
    ]);
    expect(m.onlyA).toEqual([]);
    expect(m.onlyB).toEqual([]);
  });
});

describe("coding:check's quote error names the first differing character (F11)", () => {
  it('points at a zero-width non-joiner the source does not have', () => {
    const file = variant('zwnj.json', (c) => {
      const quote = c.positions[0].quote;
      quote.text = `${quote.text.slice(0, 5)}\u200c${quote.text.slice(5)}`;
      delete quote.start;
      delete quote.end;
    });
    expect(check(file)).toEqual([
      expect.stringContaining(
        'quote is not in paragraph 2 verbatim (it differs at character 6 of the quote, which has U+200C (ZERO WIDTH NON-JOINER) where the source has',
      ),
    ]);
  });
});
