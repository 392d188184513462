/** One thing wrong with the data: where (file, JSON pointer) and what to do about it. */
export interface Problem {
  /** Path of the file, relative to the data directory. */
  file: string;
  /** RFC 6901 JSON pointer into that file; "" for the whole file. */
  pointer: string;
  message: string;
}

export function pointer(path: readonly PropertyKey[]): string {
  return path
    .map((part) => `/${String(part).replaceAll('~', '~0').replaceAll('/', '~1')}`)
    .join('');
}

export function problem(
  file: string,
  path: readonly PropertyKey[] | string,
  message: string,
): Problem {
  return { file, pointer: typeof path === 'string' ? path : pointer(path), message };
}

/** `file:pointer: message`, the one line a contributor reads. */
export function formatProblem(p: Problem, dir?: string): string {
  const file = dir ? `${dir.replace(/\/+$/, '')}/${p.file}` : p.file;
  return `${file}:${p.pointer}: ${p.message}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      comparePointers(a.pointer, b.pointer) ||
      a.message.localeCompare(b.message),
  );
}

// Numeric segments compare as numbers, so /positions/10 follows /positions/9.
function comparePointers(a: string, b: string): number {
  const pa = a.split('/');
  const pb = b.split('/');
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i] as string;
    const y = pb[i] as string;
    if (x === y) continue;
    const nx = Number(x);
    const ny = Number(y);
    if (x !== '' && y !== '' && Number.isInteger(nx) && Number.isInteger(ny)) return nx - ny;
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}
