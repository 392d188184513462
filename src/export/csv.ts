import type { Cell } from './tables.ts';

/** One CSV field as RFC 4180 says: quoted when it holds a comma, a quote or a line break. */
export function csvField(cell: Cell): string {
  if (cell === undefined) return '';
  const text = String(cell);
  // UTF-8 cannot hold an unpaired surrogate: written out it would become U+FFFD, and the CSV
  // would differ from data.json. The validator rejects such text; this is the last guard.
  if (/\p{Surrogate}/u.test(text))
    throw new Error(
      `a CSV cell holds an unpaired surrogate, which UTF-8 cannot carry: ${JSON.stringify(text.slice(0, 40))}`,
    );
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV: a header, one record per row, CRLF after every record. UTF-8, no BOM. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((r) => `${r.map(csvField).join(',')}\r\n`).join('');
}
