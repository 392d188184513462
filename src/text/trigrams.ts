/**
 * A substring index: for every three consecutive UTF-16 code units of the texts, the sorted list
 * of the records whose texts contain them. A needle of three or more units can only occur in a
 * record that has every one of its trigrams, so intersecting their lists gives a few candidates,
 * and `includes` on those gives exactly what a scan would. Shorter needles are scanned.
 *
 * The lists live in one Int32Array (each gram's slice between two offsets), so the index costs
 * four bytes per distinct gram of each record, with no object per gram.
 */
export interface TrigramIndex {
  /** Indices of the records with a text that includes the needle, ascending. */
  search(needle: string): number[];
  /** Bytes held by the gram table and the lists (the texts are the caller's). */
  readonly bytes: number;
  readonly grams: number;
}

/** Largest flat gram table (entries); past it, or when it would outweigh the texts, a Map keys grams. */
const FLAT_TABLE = 128 ** 3;
/** Once this few candidates remain, checking them with `includes` is cheaper than intersecting. */
const FEW = 16;

/** Below this many characters of text a scan answers sooner than the index is built. */
export const SCAN_BELOW = 200_000;

const scanFor = (records: readonly (readonly string[])[], needle: string): number[] => {
  const out: number[] = [];
  for (let r = 0; r < records.length; r++)
    if ((records[r] as readonly string[]).some((t) => t.includes(needle))) out.push(r);
  return out;
};

/**
 * The index over the records' texts. Small data (under `scanBelow` characters, e.g. the real
 * dataset of a few dozen positions) is scanned instead: the answer is the same, and a command
 * line that searches once would spend more building the index than searching.
 */
export function buildTrigramIndex(
  records: readonly (readonly string[])[],
  scanBelow: number = SCAN_BELOW,
): TrigramIndex {
  let chars = 0;
  for (const texts of records) for (const text of texts) chars += text.length;
  if (chars < scanBelow)
    return { grams: 0, bytes: 0, search: (needle: string) => scanFor(records, needle) };
  // Number the code units that occur, so that a gram is a small integer key.
  const unit = new Int32Array(65536).fill(-1);
  let alphabet = 0;
  let windows = 0;
  for (const texts of records)
    for (const text of texts) {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (unit[c] === -1) unit[c] = alphabet++;
      }
      if (text.length >= 3) windows += text.length - 2;
    }
  // Each unit takes `bits` bits of a gram's key, so that the key rolls along a text with a shift
  // and a mask (a division per code unit of the data cost a third of the build).
  const bits = Math.max(1, Math.ceil(Math.log2(Math.max(alphabet, 2))));
  const base = 2 ** bits;
  const cube = base * base * base;
  const flat = cube <= FLAT_TABLE && cube <= windows ? new Int32Array(cube).fill(-1) : undefined;
  const map = flat ? undefined : new Map<number, number>();
  const keyOf = (s: string, i: number) =>
    ((unit[s.charCodeAt(i)] as number) * base + (unit[s.charCodeAt(i + 1)] as number)) * base +
    (unit[s.charCodeAt(i + 2)] as number);

  // Pass 1: each record's distinct gram ids, in record order. The key of a window rolls along
  // the text (drop the first unit, add the next), and ids, counts and the record that last had a
  // gram sit in typed arrays: this loop runs once per code unit of the data.
  let grams = 0;
  const seq = new Int32Array(windows);
  const starts = new Int32Array(records.length + 1);
  let counts: Int32Array = new Int32Array(1024);
  let lastRecord: Int32Array = new Int32Array(1024).fill(-1);
  const square = base * base;
  const mask = cube - 1;
  let n = 0;
  for (let r = 0; r < records.length; r++) {
    starts[r] = n;
    const texts = records[r] as readonly string[];
    for (let t = 0; t < texts.length; t++) {
      const text = texts[t] as string;
      if (text.length < 3) continue;
      let key = (unit[text.charCodeAt(0)] as number) * base + (unit[text.charCodeAt(1)] as number);
      for (let i = 2; i < text.length; i++) {
        const u = unit[text.charCodeAt(i)] as number;
        // Within 31 bits a shift and a mask; past them (more than 1,024 distinct units) arithmetic.
        key = bits <= 10 ? ((key << bits) | u) & mask : (key % square) * base + u;
        let id: number;
        if (flat) {
          id = flat[key] as number;
          if (id === -1) {
            id = grams++;
            flat[key] = id;
          }
        } else {
          id = map?.get(key) ?? -1;
          if (id === -1) {
            id = grams++;
            map?.set(key, id);
          }
        }
        if (id >= counts.length) {
          counts = grow(counts, 0);
          lastRecord = grow(lastRecord, -1);
        }
        if (lastRecord[id] !== r) {
          lastRecord[id] = r;
          counts[id] = (counts[id] as number) + 1;
          seq[n++] = id;
        }
      }
    }
  }
  starts[records.length] = n;

  // Pass 2: scatter the records into each gram's slice; records come in order, so slices are sorted.
  const offsets = new Int32Array(grams + 1);
  for (let g = 0; g < grams; g++) offsets[g + 1] = (offsets[g] as number) + (counts[g] as number);
  const cursor = offsets.slice(0, grams);
  const postings = new Int32Array(n);
  for (let r = 0; r < records.length; r++)
    for (let k = starts[r] as number; k < (starts[r + 1] as number); k++) {
      const g = seq[k] as number;
      postings[cursor[g] as number] = r;
      cursor[g] = (cursor[g] as number) + 1;
    }

  const gramOf = (s: string, i: number): number => {
    for (let k = i; k < i + 3; k++) if (unit[s.charCodeAt(k)] === -1) return -1;
    const key = keyOf(s, i);
    return flat ? (flat[key] as number) : (map?.get(key) ?? -1);
  };
  return {
    grams,
    bytes: postings.byteLength + offsets.byteLength + unit.byteLength + (flat?.byteLength ?? 0),
    search(needle: string): number[] {
      if (needle.length < 3) return scanFor(records, needle);
      // The needle's grams, rarest first.
      const lists: [number, number][] = [];
      for (let i = 0; i + 2 < needle.length; i++) {
        const g = gramOf(needle, i);
        if (g === -1) return [];
        lists.push([offsets[g] as number, offsets[g + 1] as number]);
      }
      lists.sort((a, b) => a[1] - a[0] - (b[1] - b[0]));
      const [from, to] = lists[0] as [number, number];
      if (lists.length === 1) return Array.from(postings.subarray(from, to)); // the gram is the needle
      let candidates = Array.from(postings.subarray(from, to));
      for (let l = 1; l < lists.length && candidates.length > FEW; l++) {
        const [lo, hi] = lists[l] as [number, number];
        const kept = intersect(candidates, postings, lo, hi);
        // A list that hardly narrows means the rest will not either: `includes` decides from here.
        const narrowed = kept.length < candidates.length * 0.9;
        candidates = kept;
        if (!narrowed) break;
      }
      const found: number[] = [];
      for (const r of candidates) {
        const texts = records[r] as readonly string[];
        for (let t = 0; t < texts.length; t++)
          if ((texts[t] as string).includes(needle)) {
            found.push(r);
            break;
          }
      }
      return found;
    },
  };
}

function grow(array: Int32Array, fill: number): Int32Array {
  const bigger = new Int32Array(array.length * 2).fill(fill);
  bigger.set(array);
  return bigger;
}

/** The candidates also in postings[lo, hi): a merge when the lists are alike in length, else a gallop. */
function intersect(candidates: number[], postings: Int32Array, lo: number, hi: number): number[] {
  const out: number[] = [];
  let at = lo;
  for (const c of candidates) {
    // Gallop to the first posting ≥ c, then binary search inside the step.
    let step = 1;
    while (at + step < hi && (postings[at + step] as number) < c) step *= 2;
    let left = at;
    let right = Math.min(at + step, hi - 1);
    while (left < right) {
      const mid = (left + right) >>> 1;
      if ((postings[mid] as number) < c) left = mid + 1;
      else right = mid;
    }
    at = left;
    const p = postings[at] as number;
    if (p === c) out.push(c);
    else if (p < c) break; // every posting left is smaller than c
  }
  return out;
}
