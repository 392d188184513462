// `npm run actors [-- --check]`: writes the states of data/actors.json from the maintained lists
// (tools/state-actors.ts): every state actors.json, a document or a survey names. Other
// actors (bodies, groups) are kept as they are. --check exits 1 if the file is not what it writes.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isMain } from '../tools/main.ts';
import { fromRoot } from '../tools/paths.ts';
import { stateActor } from '../tools/state-actors.ts';

interface ActorsFile {
  $schema?: string;
  actors: { id: string; kind: string }[];
}

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const filesIn = (dir: string) => {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.json'));
  } catch {
    return [];
  }
};

/** The codes of every state the data names. */
export function stateCodes(dataDir: string): string[] {
  const codes = new Set<string>();
  const file = json(`${dataDir}/actors.json`) as ActorsFile;
  for (const a of file.actors) if (a.kind === 'state') codes.add(a.id);
  for (const f of filesIn(`${dataDir}/documents`)) {
    const actor = json(`${dataDir}/documents/${f}`).actor;
    if (/^[A-Z]{3}$/.test(actor)) codes.add(actor);
  }
  let surveys: { speeches: { actor: string }[] }[] = [];
  try {
    surveys = json(`${dataDir}/surveys.json`).surveys ?? [];
  } catch {}
  for (const survey of surveys)
    for (const s of survey.speeches) if (/^[A-Z]{3}$/.test(s.actor)) codes.add(s.actor);
  return [...codes].sort();
}

/** data/actors.json as the lists make it: the states in code order, then the other actors. */
export function actorsFile(dataDir: string): string {
  const file = json(`${dataDir}/actors.json`) as ActorsFile;
  const states = stateCodes(dataDir).map((code) => {
    const actor = stateActor(code);
    if (actor instanceof Error) throw actor;
    return actor;
  });
  const others = file.actors.filter((a) => a.kind !== 'state');
  return `${JSON.stringify({ $schema: file.$schema, actors: [...states, ...others] }, null, 2)}\n`;
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({ options: { check: { type: 'boolean' } } });
  const path = fromRoot('data/actors.json');
  try {
    const text = actorsFile(fromRoot('data'));
    if (readFileSync(path, 'utf8') === text) console.log('up to date: data/actors.json');
    else if (values.check) {
      console.error('data/actors.json: the states are not what the lists give: run npm run actors');
      process.exitCode = 1;
    } else {
      writeFileSync(path, text);
      console.log('wrote data/actors.json');
    }
  } catch (error) {
    console.error(`data/actors.json: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
