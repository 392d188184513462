// Files as they arrive from editors, other tools and hostile hands: wrong encodings, syntax the
// JSON.parse of one engine locates badly, numbers JavaScript cannot hold, things that are not
// regular files, and sizes no data file needs. Each must be a problem with its place, never a
// crash, a hang, or a silent change.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, validateDataDir } from '../../src/validate/index.ts';
import { LIMITS } from '../../src/validate/limits.ts';
import { formatDataDir } from '../../tools/format-dir.ts';
import { copyDataDir } from '../helpers/data-dir.ts';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) {
    try {
      chmodSync(join(dir, 'documents'), 0o755);
    } catch {}
    rmSync(dir, { recursive: true, force: true });
  }
});
const fresh = () => {
  const dir = copyDataDir();
  made.push(dir);
  return dir;
};
const problemsOf = (dir: string) => validateDataDir(dir).problems.map((p) => formatProblem(p));
const DOC = 'documents/tst-2025-demo.json';

/** Writes `file` as the given bytes, made from its current text. */
function rewrite(dir: string, file: string, edit: (text: string) => string | Buffer): void {
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
}

describe('bytes: data and sources are strict UTF-8', () => {
  it('reports a Latin-1 byte with its line and column, and format:data leaves the file alone', () => {
    const dir = fresh();
    const text = readFileSync(join(dir, 'actors.json'), 'utf8').replace(
      '"United Nations Secretariat"',
      '"United Nations caf\u0000"',
    );
    // A canonical file whose only fault is one byte: 0xE9, a Latin-1 é, in place of the NUL.
    const bytes = Buffer.from(text, 'utf8');
    bytes[bytes.indexOf(0)] = 0xe9;
    writeFileSync(join(dir, 'actors.json'), bytes);
    expect(problemsOf(dir)).toEqual([
      'actors.json:: file is not valid UTF-8: byte 0xE9 at line 15, column 34 (in Latin-1 or Windows-1252 that byte is "é"): save the file as UTF-8',
    ]);
    const result = formatDataDir(dir);
    expect(result.refused.join('\n')).toMatch(/actors\.json: is not valid UTF-8: byte 0xE9/);
    expect(readFileSync(join(dir, 'actors.json')).equals(bytes)).toBe(true);
  });

  it('reports a source text that is not UTF-8 instead of publishing U+FFFD', () => {
    const dir = fresh();
    const path = join(dir, 'sources/demo.fa.txt');
    writeFileSync(path, Buffer.concat([readFileSync(path), Buffer.from([0xff])]));
    expect(problemsOf(dir).join('\n')).toMatch(
      /tst-2025-demo\.json:\/source\/file: source file sources\/demo\.fa\.txt is not valid UTF-8: byte 0xFF at line \d+, column \d+/,
    );
  });

  it('reports a byte order mark at line 1, column 1', () => {
    const dir = fresh();
    rewrite(dir, 'actors.json', (t) => `\ufeff${t}`);
    expect(problemsOf(dir)).toEqual([
      'actors.json:: not valid JSON at line 1, column 1: the file starts with a byte order mark (U+FEFF): save it as UTF-8 without BOM; fix the syntax there',
    ]);
    expect(formatDataDir(dir).refused.join('\n')).toMatch(/byte order mark/);
  });

  it('reports UTF-16, with or without its byte order mark', () => {
    const dir = fresh();
    rewrite(dir, 'actors.json', (t) => Buffer.from(`\ufeff${t}`, 'utf16le'));
    rewrite(dir, 'events.json', (t) => Buffer.from(t, 'utf16le'));
    const problems = problemsOf(dir);
    expect(problems).toContain(
      'actors.json:: file is UTF-16 (it starts with the byte order mark 0xFF 0xFE), not UTF-8: save it as UTF-8 without BOM',
    );
    expect(problems).toContain(
      'events.json:: file looks like UTF-16 (a zero byte in its first character), not UTF-8: save it as UTF-8 without BOM',
    );
  });
});

describe('exact places for JSON syntax errors', () => {
  // The value of "kind" in the first actor is on line 5; its value starts at column 15.
  const cases: [string, string, string][] = [
    ['NaN', 'NaN', 'line 5, column 15: NaN is not a JSON value: write a number or null'],
    ['Infinity', 'Infinity', 'line 5, column 15: Infinity is not a JSON value'],
    ['True (a Python dump)', 'True', 'line 5, column 15: True is not a JSON value: write true'],
    ['undefined', 'undefined', 'line 5, column 15: undefined is not a JSON value'],
    ["'state'", "'state'", 'line 5, column 15: a value in single quotes'],
    ['0x10', '0x10', 'line 5, column 15: a malformed number'],
  ];
  for (const [name, value, where] of cases) {
    it(`locates ${name}`, () => {
      const dir = fresh();
      rewrite(dir, 'actors.json', (t) => t.replace('"state"', value));
      const [only, ...rest] = problemsOf(dir);
      expect(rest).toEqual([]);
      expect(only).toContain(`actors.json:: not valid JSON at ${where}`);
    });
  }

  it('locates a trailing comma, a comment and a cut-short file', () => {
    const dir = fresh();
    rewrite(dir, 'actors.json', (t) => t.replace('    }\n  ]', '    },\n  ]'));
    rewrite(dir, 'events.json', (t) => `// events\n${t}`);
    rewrite(dir, 'topics.json', (t) => t.slice(0, 40));
    const problems = problemsOf(dir).join('\n');
    expect(problems).toContain(
      'actors.json:: not valid JSON at line 19, column 3: a comma before "]": JSON allows no trailing comma',
    );
    expect(problems).toContain('events.json:: not valid JSON at line 1, column 1: a comment');
    expect(problems).toContain(
      'topics.json:: not valid JSON at line 4, column 13: a string that never ends',
    );
  });
});

describe('numbers a JavaScript number cannot hold', () => {
  for (const [literal, expected] of [
    ['1e400', 'is too large for a JavaScript number'],
    [
      '9007199254740993',
      'cannot be held exactly by a JavaScript number (it would become 9007199254740992)',
    ],
    ['-0', 'is -0'],
    ['2.0000000000000001', 'cannot be held exactly by a JavaScript number (it would become 2)'],
  ] as const) {
    it(`reports ${literal} at its pointer, and format:data refuses to rewrite it`, () => {
      const dir = fresh();
      rewrite(dir, DOC, (t) => t.replace('"paragraph": 2,', `"paragraph": ${literal},`));
      const before = readFileSync(join(dir, DOC));
      const line =
        before
          .toString('utf8')
          .split('\n')
          .findIndex((l) => l.includes(`"paragraph": ${literal},`)) + 1;
      expect(problemsOf(dir).join('\n')).toContain(
        `${DOC}:/positions/0/paragraph: the number ${literal} (line ${line}) ${expected}`,
      );
      expect(problemsOf(dir).join('\n')).not.toContain('found number null');
      const { refused, changed } = formatDataDir(dir);
      expect(changed).toEqual([]);
      expect(refused.join('\n')).toContain(`the number ${literal} at line ${line}`);
      expect(readFileSync(join(dir, DOC)).equals(before)).toBe(true);
    });
  }

  it('takes 1.0 and 1e0 as the 1 they are', () => {
    const dir = fresh();
    rewrite(dir, DOC, (t) => t.replace('"paragraph": 2,', '"paragraph": 2.0,'));
    expect(problemsOf(dir).join('\n')).toMatch(/not in canonical form/);
    expect(formatDataDir(dir).changed).toEqual([join(dir, DOC)]);
    expect(problemsOf(dir)).toEqual([]);
  });
});

describe('only regular files inside the data folder', () => {
  it.skipIf(process.platform === 'win32')(
    'reports a FIFO in documents/ instead of hanging, in validate and in format:data',
    () => {
      const dir = fresh();
      spawnSync('mkfifo', [join(dir, 'documents/x.json')]);
      expect(problemsOf(dir)).toContain(
        'documents/x.json:: file is a named pipe (FIFO), not a regular file: replace it with a file',
      );
      expect(formatDataDir(dir).refused.join('\n')).toContain('x.json: is a named pipe (FIFO)');
    },
  );

  it.skipIf(process.platform === 'win32')(
    'reports a source linked to a device outside the data folder without reading it',
    () => {
      const dir = fresh();
      rmSync(join(dir, 'sources/demo.fa.txt'));
      symlinkSync('/dev/zero', join(dir, 'sources/demo.fa.txt'));
      expect(problemsOf(dir).join('\n')).toContain(
        'source file sources/demo.fa.txt leads outside the data folder (to /dev/zero)',
      );
    },
  );

  it('reports a folder named *.json, in validate and in format:data', () => {
    const dir = fresh();
    mkdirSync(join(dir, 'documents/x.json'));
    expect(problemsOf(dir)).toContain(
      'documents/x.json:: file is a folder, not a regular file: replace it with a file',
    );
    expect(formatDataDir(dir).refused.join('\n')).toContain('x.json: is a folder');
  });

  it('reports documents/ that is a file, and format:data does not crash on it', () => {
    const dir = fresh();
    rmSync(join(dir, 'documents'), { recursive: true });
    writeFileSync(join(dir, 'documents'), '');
    expect(problemsOf(dir)).toContain(
      'documents:: is a file, not a folder: documents/ holds one <document-id>.json per document',
    );
    expect(formatDataDir(dir).refused.join('\n')).toMatch(
      /documents: cannot be listed \(ENOTDIR\)/,
    );
  });

  it('does not crash format:data on a missing folder, a dangling link or a link loop', () => {
    const dir = fresh();
    rmSync(join(dir, 'folding'), { recursive: true });
    symlinkSync(join(dir, 'nowhere.json'), join(dir, 'documents/dangling.json'));
    symlinkSync(join(dir, 'documents/loop.json'), join(dir, 'documents/loop.json'));
    const { refused } = formatDataDir(dir);
    expect(refused.join('\n')).toContain('dangling.json: is a symbolic link');
    expect(refused.join('\n')).toContain('loop.json: is a symbolic link');
    const problems = problemsOf(dir).join('\n');
    expect(problems).toContain(
      'documents/dangling.json:: file is a symbolic link to a file that does not exist',
    );
    expect(problems).toContain('documents/loop.json:: file is a loop of symbolic links');
  });

  it('never writes through a symbolic link, even one that stays inside the data folder', () => {
    const dir = fresh();
    const outside = fresh();
    const victim = join(outside, 'victim.json');
    writeFileSync(victim, readFileSync(join(dir, DOC), 'utf8').replace(/^ {2}"id"/m, '    "id"'));
    const before = readFileSync(victim);
    rmSync(join(dir, DOC));
    symlinkSync(victim, join(dir, DOC));
    const { refused, changed } = formatDataDir(dir);
    expect(changed).toEqual([]);
    expect(refused.join('\n')).toContain(`${DOC}: is a symbolic link`);
    expect(readFileSync(victim).equals(before)).toBe(true);
    // Reading follows it only inside the data folder.
    expect(problemsOf(dir).join('\n')).toContain(`${DOC}:: file leads outside the data folder`);
  });

  it('reports a hidden .json in documents/ rather than skipping it silently', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'documents/.draft.json'), '{}\n');
    expect(problemsOf(dir)).toContain(
      'documents/.draft.json:: a hidden file is not read as a document: name it <document-id>.json, or delete it',
    );
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)(
    'reports an unreadable documents/ as unreadable, without a cascade of missing ids',
    () => {
      const dir = fresh();
      chmodSync(join(dir, 'documents'), 0o000);
      expect(problemsOf(dir)).toEqual([
        'documents:: folder cannot be read (EACCES): check its permissions',
      ]);
    },
  );
});

describe('limits', () => {
  it('reports nesting deeper than the limit with its file and pointer, quickly', () => {
    const dir = fresh();
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    rewrite(dir, DOC, (t) => t.replace('"language": "fa",', `"language": "fa", "x": ${deep},`));
    const started = Date.now();
    const problems = problemsOf(dir);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      new RegExp(
        `^${DOC}:/x(/0){${LIMITS.depth - 1}}: nested more than ${LIMITS.depth} levels deep: .* \\(line 11, column \\d+\\)$`,
      ),
    );
    expect(formatDataDir(dir).refused.join('\n')).toContain('nested more than');
  });

  it('reports a file over the size limit without reading it', () => {
    const dir = fresh();
    const fd = openSync(join(dir, 'events.json'), 'r+');
    ftruncateSync(fd, LIMITS.fileBytes + 1); // sparse: costs no disk
    closeSync(fd);
    expect(problemsOf(dir)).toEqual([
      `events.json:: file is ${LIMITS.fileBytes + 1} bytes, over the limit of ${LIMITS.fileBytes} bytes per file: no data file needs that much; check it is the right file`,
    ]);
  });
});

describe('text hazards in verbatim quotes', () => {
  it('accepts a direction mark in a quote when the hashed source itself has it there', () => {
    const dir = fresh();
    const sourcePath = join(dir, 'sources/demo.fa.txt');
    const source = readFileSync(sourcePath, 'utf8').replace('ما از میزبان', 'ما از \u202bمیزبان');
    writeFileSync(sourcePath, source);
    const sha = createHash('sha256').update(source).digest('hex');
    rewrite(dir, DOC, (t) =>
      t
        .replace(/"sha256": "[0-9a-f]{64}"/, `"sha256": "${sha}"`)
        .replace(
          '"text": "ما از میزبان قدردانی میکنیم"',
          '"text": "ما از \u202bمیزبان قدردانی میکنیم"',
        ),
    );
    rewrite(dir, 'released-ids.json', (t) =>
      t.replace(
        '"quote": "ما از میزبان قدردانی میکنیم"',
        '"quote": "ما از \u202bمیزبان قدردانی میکنیم"',
      ),
    );
    // An independent coding quotes the same source, so it quotes the mark too.
    rewrite(dir, 'reliability/tst-2025-demo.coder-x.json', (t) =>
      t.replace(
        '"text": "ما از میزبان قدردانی میکنیم"',
        '"text": "ما از \u202bمیزبان قدردانی میکنیم"',
      ),
    );
    expect(problemsOf(dir)).toEqual([]);
  });
});

describe('the independent codings are data too', () => {
  const CODING = 'reliability/tst-2025-demo.coder-x.json';

  it('are read as strict UTF-8, with the place of the bad byte', () => {
    const dir = fresh();
    const bytes = readFileSync(join(dir, CODING));
    bytes[bytes.indexOf('"text"') + 1] = 0xff;
    writeFileSync(join(dir, CODING), bytes);
    expect(problemsOf(dir).join('\n')).toMatch(
      /^reliability\/tst-2025-demo\.coder-x\.json:: file is not valid UTF-8: byte 0xFF at line \d+, column \d+/m,
    );
  });

  it('are rewritten by format:data, which leaves the generated agreement summaries alone', () => {
    const dir = fresh();
    rewrite(dir, CODING, (t) => t.replace(/\n {2}/g, '\n    '));
    const summary = join(dir, 'reliability/tst-2025-demo.agreement.json');
    writeFileSync(summary, '{"generated":   true}');
    expect(problemsOf(dir).join('\n')).toContain(`${CODING}:: not in canonical form`);
    expect(formatDataDir(dir)).toEqual({ changed: [join(dir, CODING)], refused: [] });
    expect(problemsOf(dir)).toEqual([]);
    expect(readFileSync(summary, 'utf8')).toBe('{"generated":   true}');
  });

  it('say when reliability/ cannot be read, rather than skipping it', () => {
    const dir = fresh();
    rmSync(join(dir, 'reliability'), { recursive: true });
    writeFileSync(join(dir, 'reliability'), 'not a folder');
    expect(problemsOf(dir)).toEqual([
      'reliability:: is a file, not a folder: reliability/ holds <document>.coder-<name>.json codings',
    ]);
  });
});
