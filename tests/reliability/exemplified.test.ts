import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codebookExamples } from '../../src/reliability/exemplified.ts';

const codebook = `# Codebook

Codebook version: 2.1

Examples come from \`xyz-2030-demo\`.

## 1. The unit of coding

Split two thanks (\`c01\`, \`c02\`).

### 1.3 The split test

Split the relative clause (\`c05\`).

### \`stance\`

Code oppose toward the measures (\`c16\`).

#### \`mixed\`
Nearest passage: paragraph 3 weighs both sides.

### \`speechAct\`

A demand (\`xyz-2030-demo.c07\`).

## 6. Topics

Example: \`c21\` to \`c24\`.

### 5.5 Paragraph roles

Example: paragraphs 2 to 16, and c30.
`;

describe('examples read from the codebook text', () => {
  const ex = codebookExamples(codebook);
  const ids = (g: keyof typeof ex.groups) => [...ex.groups[g].ids].map((id) => id.split('.')[1]);

  it('finds the version and the one document the examples come from', () => {
    expect([ex.version, ex.document]).toEqual(['2.1', 'xyz-2030-demo']);
  });
  it('files ids under the variable of their section, by its heading', () => {
    // "1.3 The split test" names no variable: it belongs to "1. The unit of coding".
    expect(ids('unit')).toEqual(['c01', 'c02', 'c05']);
    expect(ids('stance')).toEqual(['c16']);
    expect(ids('speechAct')).toEqual(['c07']);
  });
  it('keeps a level-4 value heading inside its section, with the paragraphs it names', () => {
    expect([...ex.groups.stance.paragraphs]).toEqual([3]);
  });
  it('expands a range of ids', () => {
    expect(ids('topics')).toEqual(['c21', 'c22', 'c23', 'c24']);
  });
  it('gives no variable the examples of sections about something else (paragraph roles)', () => {
    const all = Object.values(ex.groups).flatMap((g) => [...g.ids]);
    expect(all.some((id) => id.endsWith('.c30'))).toBe(false);
    expect(Object.values(ex.groups).some((g) => g.paragraphs.has(16))).toBe(false);
  });
  it('ignores bare ids when the codebook does not name exactly one source document', () => {
    const none = codebookExamples(
      codebook.replace('`xyz-2030-demo`', 'this speech').replaceAll('xyz-2030-demo.', ''),
    );
    expect(none.document).toBeNull();
    expect(
      Object.values(none.groups).every((g) => g.ids.size === 0 && g.paragraphs.size === 0),
    ).toBe(true);
  });
  it('reads codebook 1.0, the one coders A and B worked from: every variable but the target kind has examples', () => {
    const v1 = codebookExamples(readFileSync('data/reliability/codebook-1.0.md', 'utf8'));
    expect(v1.version).toBe('1.0');
    expect(v1.document).toBe('irn-2025-hanoi');
    for (const g of ['unit', 'topics', 'stance', 'speechAct', 'articles', 'legalForm'] as const)
      expect(v1.groups[g].ids.size, g).toBeGreaterThan(0);
    expect(v1.groups.stance.ids.has('irn-2025-hanoi.c16')).toBe(true);
    expect(v1.groups.legalForm.ids.has('irn-2025-hanoi.c27')).toBe(true);
  });

  it('takes the document the codebook declares, when it also names others', () => {
    const two = codebookExamples(
      `The examples come from one statement (\`data/documents/xyz-2030-demo.json\`).\n\n### 5.10 Source kinds\n\nExample: \`abc-2031-other\`, paragraph 4.\n\n### \`stance\`\n\nOppose (\`c16\`).\n`,
    );
    expect(two.document).toBe('xyz-2030-demo');
    expect(two.groups.stance.ids).toEqual(new Set(['xyz-2030-demo.c16']));
    // Without the declaration, two documents named leave no document to lend examples to.
    expect(codebookExamples('`xyz-2030-demo` and `abc-2031-other`').document).toBeNull();
  });

  it('reads the current codebook, whose target kinds have examples too', () => {
    const real = codebookExamples(readFileSync('data/CODEBOOK.md', 'utf8'));
    expect(real.version).toBe('3.2');
    for (const g of ['unit', 'topics', 'stance', 'targetKind', 'speechAct', 'articles'] as const)
      expect(real.groups[g].ids.size, g).toBeGreaterThan(0);
    expect(real.groups.stance.ids.has('irn-2025-hanoi.c31')).toBe(true);
  });
});
