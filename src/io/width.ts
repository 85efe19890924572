// Display width of terminal text, as string-width measures it: ANSI escapes take no room, East Asian wide
// characters (Chinese headings, full-width forms) and emoji (flags and joined sequences included) take two
// columns, combining marks none. Printable ASCII, most of what tables hold (numbers, dates, amounts), is one
// column a character, so it is counted here and string-width (which builds an Intl.Segmenter and Unicode
// property patterns when it loads) is needed only for other text; the build loads it on that first call.

import stringWidth from 'string-width';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export function displayWidth(text: string): number {
  return PRINTABLE_ASCII.test(text) ? text.length : stringWidth(text);
}
