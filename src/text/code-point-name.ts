// Names of the code points that messages must tell apart from their look-alikes or that a
// terminal would obey rather than show: controls, spaces, joiners, direction marks and the Arabic
// and Persian yeh and kaf. One table, for the validator's text lint and the quote locator alike.
export const CODE_POINT_NAMES: Readonly<Record<number, string>> = {
  0: 'NUL',
  7: 'BEL',
  9: 'TAB',
  10: 'LINE FEED',
  13: 'CARRIAGE RETURN',
  27: 'ESCAPE',
  32: 'SPACE',
  127: 'DELETE',
  160: 'NO-BREAK SPACE',
  1603: 'ARABIC LETTER KAF',
  1610: 'ARABIC LETTER YEH',
  1705: 'ARABIC LETTER KEHEH',
  1740: 'ARABIC LETTER FARSI YEH',
  8203: 'ZERO WIDTH SPACE',
  8204: 'ZERO WIDTH NON-JOINER',
  8205: 'ZERO WIDTH JOINER',
  8206: 'LEFT-TO-RIGHT MARK',
  8207: 'RIGHT-TO-LEFT MARK',
  8234: 'LEFT-TO-RIGHT EMBEDDING',
  8235: 'RIGHT-TO-LEFT EMBEDDING',
  8236: 'POP DIRECTIONAL FORMATTING',
  8237: 'LEFT-TO-RIGHT OVERRIDE',
  8238: 'RIGHT-TO-LEFT OVERRIDE',
  8294: 'LEFT-TO-RIGHT ISOLATE',
  8295: 'RIGHT-TO-LEFT ISOLATE',
  8296: 'FIRST STRONG ISOLATE',
  8297: 'POP DIRECTIONAL ISOLATE',
};

/** `U+001B (ESCAPE)`: the code point by number, and by name where the table has one. */
export function codePointName(cp: number): string {
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = CODE_POINT_NAMES[cp];
  return name ? `${hex} (${name})` : hex;
}
