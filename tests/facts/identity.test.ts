import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { CITE_FORMATS, citeWith } from '../../src/citation.ts';
import { main } from '../../src/cli/main.ts';
import { datapackage } from '../../src/export/artifacts.ts';
import { IDENTITY } from '../../src/identity.ts';
import { fromRoot } from '../../tools/paths.ts';
import { citationWithIdentity } from '../../tools/publish/citation.ts';
import { buildDataset } from '../../tools/publish/dataset.ts';
import { overviewPage } from '../../tools/site/render.ts';

const cff = readFileSync(fromRoot('CITATION.cff'), 'utf8');
const { dataset } = buildDataset(fromRoot('data'));
if (!dataset) throw new Error('data/ does not build');
const data = dataset;

function help(): string {
  let out = '';
  // The help is written before main first waits (it loads no command), so it is here at once.
  void main(['--help'], {
    out: (t) => (out += t),
    err: () => {},
    tty: false,
    color: false,
    width: 100,
  });
  return out;
}

// A .bib title braces its proper nouns so that they keep their capitals; the words are the same.
const unbraced = (text: string) => (text.startsWith('@') ? text.replace(/[{}]/g, '') : text);

/** Every output that shows the dataset's title or subject, made now. */
function outputs(): Record<string, string> {
  return {
    ...Object.fromEntries(
      CITE_FORMATS.map((f) => [
        `cite ${f}`,
        unbraced(citeWith(data.__meta, undefined, undefined, f) ?? ''),
      ]),
    ),
    'datapackage.json': JSON.stringify(datapackage(data)),
    'site overview': overviewPage(data),
    'CLI help': help(),
    'CITATION.cff': citationWithIdentity(cff),
  };
}

describe('the dataset identity, written once in src/identity.ts', () => {
  const original = IDENTITY.subject;
  afterEach(() => {
    IDENTITY.subject = original;
  });

  it('is what every output shows', () => {
    for (const [name, text] of Object.entries(outputs())) {
      expect(text, name).toContain(IDENTITY.subject);
    }
  });

  it('changes every output when its title changes there', () => {
    IDENTITY.subject = 'What states say about a renamed treaty';
    for (const [name, text] of Object.entries(outputs())) {
      expect(text, name).toContain('What states say about a renamed treaty');
      expect(text, name).not.toContain(original);
    }
  });

  it('is what CITATION.cff says: the committed file is what the release would write', () => {
    expect(cff).toBe(citationWithIdentity(cff));
    expect(cff).toContain(`title: "${IDENTITY.title}"`);
    expect(cff).toContain(`license: ${IDENTITY.license.id}`);
  });

  it('is what package.json and the README say', () => {
    const pkg = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as {
      name: string;
      description: string;
    };
    expect(pkg.name).toBe(IDENTITY.name);
    expect(pkg.description.startsWith(IDENTITY.subject)).toBe(true);
    const readme = readFileSync(fromRoot('README.md'), 'utf8');
    const [heading, , lede] = readme.split('\n');
    expect(heading).toBe(`# ${IDENTITY.name}`);
    expect(lede?.replaceAll('**', '').startsWith(IDENTITY.subject)).toBe(true);
  });
});
