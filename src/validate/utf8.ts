// Data and source files are UTF-8. Reading them with readFileSync(…, 'utf8') would turn every
// invalid byte into U+FFFD without a word, and the build would publish the damage; here a file
// that is not UTF-8 is an error that says where.

const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export type Decoded = { text: string } | { error: string };

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return i;
    // The second byte's range rules out overlong forms, surrogates and code points over 10FFFF.
    min = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    if (b === 0xed) max = 0x9f;
    if (b === 0xf4) max = 0x8f;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < min || c > max) return i;
      min = 0x80;
      max = 0xbf;
    }
    i += need + 1;
  }
  return -1;
}

/** Line and column (in characters, from 1) of a byte offset in UTF-8 bytes. */
export function byteLineColumn(
  bytes: Uint8Array,
  offset: number,
): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b === 0x0a) {
      line++;
      column = 1;
    } else if ((b & 0xc0) !== 0x80) column++;
  }
  return { line, column };
}

const hex = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * The text of UTF-8 bytes, or what is wrong with them: UTF-16 (by its byte order mark or its
 * zero bytes) or the first invalid byte, with its line and column. A UTF-8 byte order mark is
 * kept in the text, for the caller to report.
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  const [b0, b1] = bytes;
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff))
    return {
      error: `is UTF-16 (it starts with the byte order mark ${hex(b0)} ${hex(b1)}), not UTF-8: save it as UTF-8 without BOM`,
    };
  if (bytes.length >= 2 && (b0 === 0 || b1 === 0) && b0 !== b1)
    return {
      error:
        'looks like UTF-16 (a zero byte in its first character), not UTF-8: save it as UTF-8 without BOM',
    };
  try {
    return { text: fatal.decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const { line, column } = byteLineColumn(bytes, Math.max(0, at));
    const byte = bytes[at];
    const latin1 =
      byte !== undefined && byte >= 0xa0
        ? ` (in Latin-1 or Windows-1252 that byte is "${String.fromCharCode(byte)}")`
        : '';
    return {
      error: `is not valid UTF-8: byte ${byte === undefined ? '?' : hex(byte)} at line ${line}, column ${column}${latin1}: save the file as UTF-8`,
    };
  }
}
