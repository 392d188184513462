// Writes a valid synthetic data directory of about N positions, with Persian-like source texts
// whose quotes really are in their paragraphs, for benchmarks (scripts/synthesize.ts, the bench).
// The vocabularies are the real ones, plus synthetic States. Never published.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SpeechAct, StanceValue, TargetKind } from '../../src/schema/vocabularies.ts';
import { canonicalJson } from '../../src/validate/json-text.ts';
import { fromRoot } from '../paths.ts';

export const POSITIONS_PER_DOCUMENT = 100;
const PARAGRAPHS = 21; // a lede and 20 speech paragraphs of 5 sentences: one position a sentence

// Words of the real speech, so that text, folding and search behave as on real data.
const WORDS =
  'همکاری بین المللی کنوانسیون جرائم سایبری کشورهای در حال توسعه فناوری اطلاعاتی ارتباطی کمک فنی ظرفیت سازی انتقال حاکمیت ملی امنیت اقتصاد حریم خصوصی کودکان استثمار محتوای واقعی غیر پروتکل اختیاری ماده اقدامات قهری یکجانبه منشور سازمان ملل متحد چارچوب حقوقی مذاکرات موثر اجرای اهداف موانع چالشها توانایی نیازها اولویتها'.split(
    ' ',
  );
const EN =
  'cooperation convention crime developing countries technology assistance capacity transfer sovereignty security economy privacy children exploitation content protocol article measures charter framework negotiations effective implementation obstacles needs priorities'.split(
    ' ',
  );
const STANCES = StanceValue.options;
const ACTS = SpeechAct.options;
const KINDS = TargetKind.options;
const TOPICS = [
  'courtesy',
  'cybercrime-threat',
  'convention-assessment',
  'international-cooperation',
  'unilateral-coercive-measures',
  'sovereignty',
  'technical-assistance',
  'technology-transfer',
  'digital-divide',
  'child-sexual-exploitation',
  'human-rights-safeguards',
  'implementation',
];
/** Ancestors within TOPICS: a position never lists a topic beside its own ancestor. */
const ANCESTOR: Readonly<Record<string, string>> = {
  'unilateral-coercive-measures': 'international-cooperation',
  'technology-transfer': 'technical-assistance',
  'digital-divide': 'technical-assistance',
};
const related = (a: string, b: string) => ANCESTOR[a] === b || ANCESTOR[b] === a;
const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';

/** A small seeded generator (mulberry32), so every run writes the same data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const persianNumber = (n: number) =>
  String(n).replace(/\d/g, (d) => PERSIAN_DIGITS[Number(d)] ?? d);
const stateId = (i: number) =>
  String.fromCharCode(
    65 + (Math.floor(i / 676) % 26),
    65 + (Math.floor(i / 26) % 26),
    65 + (i % 26),
  );

export function synthesize(
  dir: string,
  positions: number,
  seed = 1,
): { documents: number; positions: number } {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const words = (n: number, from: readonly string[]) =>
    Array.from({ length: n }, () => pick(from)).join(' ');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'documents'), { recursive: true });
  mkdirSync(join(dir, 'sources'), { recursive: true });
  for (const f of [
    'topics.json',
    'instruments.json',
    'events.json',
    'vocabularies.json',
    'folding',
  ])
    cpSync(fromRoot('data', f), join(dir, f), { recursive: true });
  const states = Array.from({ length: 60 }, (_, i) => stateId(i + 1));
  writeFileSync(
    join(dir, 'actors.json'),
    canonicalJson({
      actors: states.map((id) => ({
        id,
        kind: 'state',
        name: { en: `State ${id}`, fa: `کشور ${id}` },
      })),
    }),
  );
  // No debate surveyed: the synthetic statements are all of one ceremony, coded whole.
  writeFileSync(join(dir, 'surveys.json'), canonicalJson({ surveys: [] }));
  writeFileSync(
    join(dir, 'released-ids.json'),
    canonicalJson({ version: '0.0.0', date: '2026-01-01', fingerprint: '0'.repeat(64), ids: [] }),
  );

  const documents = Math.max(1, Math.ceil(positions / POSITIONS_PER_DOCUMENT));
  let made = 0;
  for (let d = 0; d < documents; d++) {
    const id = `syn-2025-d${String(d + 1).padStart(5, '0')}`;
    const actor = pick(states);
    const paragraphs: string[] = [
      `خبرگزاری نمونه - متن سخنرانی شماره ${persianNumber(d + 1)} به شرح زیر است:`,
    ];
    const quotes: { paragraph: number; text: string }[] = [];
    for (let p = 2; p <= PARAGRAPHS; p++) {
      const sentences: string[] = [];
      for (let s = 0; s < 5; s++) {
        // The number makes each sentence, and so each quote, occur once in its paragraph.
        const text = `${words(6 + Math.floor(next() * 10), WORDS)} شماره ${persianNumber(p * 10 + s)}`;
        sentences.push(text);
        quotes.push({ paragraph: p, text });
      }
      paragraphs.push(`${sentences.join('. ')}.`);
    }
    const source = paragraphs.join('\n\n');
    const file = `sources/${id}.fa.txt`;
    writeFileSync(join(dir, file), source);
    const count = Math.min(POSITIONS_PER_DOCUMENT, positions - made);
    const doc = {
      id,
      title: { en: `Synthetic statement ${d + 1}`, fa: `سخنرانی نمونه ${persianNumber(d + 1)}` },
      kind: 'statement',
      paragraphing: 'blank-line',
      actor,
      event: 'unccc-hanoi-signing-2025',
      language: 'fa',
      speaker: {
        name: { en: 'A Speaker', fa: 'سخنران' },
        office: { en: 'Minister', fa: 'وزیر' },
        attribution: 'Synthetic.',
        sources: ['https://example.org/speaker'],
      },
      delivered: {
        earliest: '2025-10-25',
        latest: '2025-10-26',
        confirmed: false,
        note: 'Synthetic.',
        sources: ['https://example.org/event'],
      },
      deliveredText: {
        status: 'unknown',
        note: 'Synthetic.',
        sources: ['https://example.org/event'],
      },
      source: {
        kind: 'web-page',
        publisher: { en: 'Sample News', fa: 'خبرگزاری نمونه' },
        url: `https://example.org/news/${d + 1}`,
        published: '2025-10-26',
        file,
        sha256: createHash('sha256').update(source).digest('hex'),
      },
      witnesses: [],
      facts: [],
      paragraphs: paragraphs.map((_, i) => ({
        n: i + 1,
        role: i === 0 ? 'lede' : 'speech',
        translation: { en: words(20, EN) },
        sic: [],
      })),
      positions: quotes.slice(0, count).map((q, i) => {
        const article =
          next() < 0.3
            ? [
                next() < 0.5
                  ? { instrument: 'unccc-2024', article: 54, relation: 'concerns', explicit: false }
                  : {
                      instrument: 'unccc-2024',
                      article: 14,
                      ...(next() < 0.5 ? { paragraph: 3 } : {}),
                      relation: 'concerns',
                      explicit: false,
                    },
              ]
            : [];
        const topics = [pick(TOPICS)];
        if (next() < 0.4) {
          const second = pick(TOPICS);
          if (second !== topics[0] && !related(second, topics[0] as string)) topics.push(second);
        }
        return {
          id: `${id}.c${String(i + 1).padStart(3, '0')}`,
          status: 'active',
          actor,
          paragraph: q.paragraph,
          translation: { en: words(12, EN) },
          topics,
          stance: {
            value: pick(STANCES),
            basis: i % 10 === 0 ? 'implied' : 'explicit',
            target: { text: words(4, EN), kind: pick(KINDS) },
          },
          speechAct: pick(ACTS),
          articles: article,
          legalForm: 'political_statement',
          quote: { text: q.text },
        };
      }),
    };
    made += count;
    writeFileSync(join(dir, 'documents', `${id}.json`), canonicalJson(doc));
  }
  return { documents, positions: made };
}
