// Child of scripts/bench.ts: times the package's queries against a plain Array.filter over the same
// positions, in a fresh process that has imported one bundle. Prints JSON on stdout.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// A collector to call, so that the memory the text index holds can be read off the heap.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heap = () => {
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

type Api = typeof import('../../src/index.ts');
const [bundle, roundsArg] = process.argv.slice(2);
if (!bundle) throw new Error('usage: queries.ts <bundle.mjs> [rounds]');
const api = (await import(pathToFileURL(bundle).href)) as Api;
const rounds = Number(roundsArg ?? 15);
const { positions, topics } = api;

/**
 * Median time of one call. Calls are timed in batches long enough (at least half a millisecond)
 * for the clock to resolve, each call getting the next input; `rounds` batches give the median.
 */
function time<T>(inputs: T[], run: (input: T) => unknown): number {
  let sink = 0;
  const batch = (size: number) => {
    const start = performance.now();
    for (let i = 0; i < size; i++) {
      const result = run(inputs[i % inputs.length] as T);
      sink += Array.isArray(result) ? result.length : result ? 1 : 0;
    }
    return performance.now() - start;
  };
  let size = 1;
  while (size < 1_000_000 && batch(size) < 0.5) size *= 4;
  const perCall: number[] = [];
  for (let r = 0; r < rounds; r++) perCall.push(batch(size) / size);
  if (sink < 0) console.error(sink); // keeps the work observable to the optimiser
  return perCall.sort((a, b) => a - b)[Math.floor(perCall.length / 2)] ?? 0;
}

const sample = <T>(list: readonly T[], n: number) =>
  Array.from({ length: n }, (_, i) => list[Math.floor((i * 7919) % list.length)] as T);
const ids = sample(positions, 50).map((p) => p.id);
const topicIds = topics.map((t) => t.id);
const descendants = new Map(
  topicIds.map((t) => [
    t,
    new Set(
      topicIds.filter((d) => {
        for (let at: string | undefined = d; at; at = topics.find((x) => x.id === at)?.parent)
          if (at === t) return true;
        return false;
      }),
    ),
  ]),
);
const actorStance = sample(positions, 50).map((p) => ({ actor: p.actor, stance: p.stance.value }));
const texts = sample(positions, 50).map((p) => Array.from(p.quote.text).slice(3, 12).join(''));

// Build every index once, as the first call in a program does, and time that too.
const firstStart = performance.now();
api.findPositions({ topic: topicIds[0] });
api.findPositions({ actor: actorStance[0]?.actor, stance: 'support' });
api.getPosition('x');
const firstCallMs = performance.now() - firstStart;
const heapBefore = heap();
const searchStart = performance.now();
api.findPositions({ text: 'x' });
const firstSearchMs = performance.now() - searchStart;
const searchIndexBytes = heap() - heapBefore;

// The floor for text search: the quotes and translations folded beforehand, as the index has
// them, and a needle folded once; a plain filter with includes over those.
const folded = positions.map((p) => [api.foldText(p.quote.text), api.foldText(p.translation.en)]);
const foldedTexts = texts.map((t) => api.foldText(t));

const cases = {
  getPosition: [
    time(ids, (id) => api.getPosition(id)),
    time(ids, (id) => positions.find((p) => p.id === id)),
  ],
  byTopic: [
    time(topicIds, (topic) => api.findPositions({ topic })),
    time(topicIds, (topic) =>
      positions.filter(
        (p) => p.status === 'active' && p.topics.some((t) => descendants.get(topic)?.has(t)),
      ),
    ),
  ],
  byArticle: [
    time([14, 54], (article) => api.findPositions({ article })),
    time([14, 54], (article) =>
      positions.filter(
        (p) =>
          p.status === 'active' &&
          p.articles.some((a) => a.instrument === 'unccc-2024' && a.article === article),
      ),
    ),
  ],
  byActorAndStance: [
    time(actorStance, (f) => api.findPositions(f as never)),
    time(actorStance, (f) =>
      positions.filter(
        (p) => p.status === 'active' && p.actor === f.actor && p.stance.value === f.stance,
      ),
    ),
  ],
  textSearch: [
    time(texts, (text) => api.findPositions({ text })),
    time(foldedTexts, (needle) =>
      positions.filter(
        (p, k) =>
          p.status === 'active' &&
          ((folded[k] as string[])[0]?.includes(needle) ||
            (folded[k] as string[])[1]?.includes(needle)),
      ),
    ),
  ],
};
console.log(
  JSON.stringify({
    positions: positions.length,
    firstCallMs,
    firstSearchMs,
    searchIndexBytes,
    cases: Object.fromEntries(
      Object.entries(cases).map(([k, [indexed, naive]]) => [
        k,
        { indexedMs: indexed, naiveMs: naive, ratio: (naive ?? 0) / Math.max(indexed ?? 0, 1e-6) },
      ]),
    ),
  }),
);
