import type { Cell } from './tables.ts';

/** One CSV field as RFC 4180 says: quoted when it holds a comma, a quote or a line break. */
export function csvField(cell: Cell): string {
  if (cell === undefined) return '';
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV: a header, one record per row, CRLF after every record. UTF-8, no BOM. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((r) => `${r.map(csvField).join(',')}\r\n`).join('');
}
