// Display width of terminal text, as string-width measures it: ANSI escapes take no room, East Asian wide
// characters (Chinese headings, full-width forms) and emoji (flags and joined sequences included) take two
// columns, combining marks none.
//
// string-width is right for any text but slow to start: it builds an Intl.Segmenter and a pattern of every
// emoji sequence when it loads, and compiles that pattern on its first use, 35 to 55 ms together, which every
// `leb status` on a terminal paid (its cells are coloured, and hold "—"). Most of what leb's tables hold is
// simpler: ASCII, Latin, CJK, punctuation and symbols, coloured with SGR escapes. In such text every character
// is a grapheme of its own and no emoji sequence can form, so the width is a sum of East Asian widths
// (get-east-asian-width, the table string-width itself consults). It is counted here; any other text (combining
// marks, emoji beyond the Basic Multilingual Plane, scripts with marks, other escapes) goes to string-width.
// test/io/width.test.ts compares the two on every character counted here and on random strings of them.

import { eastAsianWidth } from 'get-east-asian-width';
import stringWidth from 'string-width';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** The colour and style escapes chalk writes (SGR: ESC [ parameters m). */
const SGR = /\u001b\[[0-9;]*m/g;

/**
 * Code points that are a grapheme of their own next to any other in this set, and neither a mark, a control, a
 * format or default-ignorable character, a Hangul jamo nor part of an emoji sequence: ASCII, Latin-1 to Latin
 * Extended-B and the spacing modifiers, Greek and Cyrillic (without their combining marks), Latin Extended
 * Additional and Greek Extended, general punctuation, super- and subscripts, currency signs, symbols, arrows,
 * box drawing and shapes, CJK punctuation, kana, bopomofo, Hangul compatibility letters and syllables, CJK
 * ideographs, Yi, CJK compatibility and small forms, full-width and half-width forms (each pair an inclusive
 * range). Characters in the emoji set here (⚡, ⌚) have East Asian width W, as string-width counts them.
 */
const ONE_GRAPHEME_EACH: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0xac],
  [0xae, 0x2ff],
  [0x370, 0x377],
  [0x37a, 0x37f],
  [0x384, 0x38a],
  [0x38c, 0x38c],
  [0x38e, 0x3a1],
  [0x3a3, 0x482],
  [0x48a, 0x52f],
  [0x1e00, 0x1f15],
  [0x1f18, 0x1f1d],
  [0x1f20, 0x1f45],
  [0x1f48, 0x1f4d],
  [0x1f50, 0x1f57],
  [0x1f59, 0x1f59],
  [0x1f5b, 0x1f5b],
  [0x1f5d, 0x1f5d],
  [0x1f5f, 0x1f7d],
  [0x1f80, 0x1fb4],
  [0x1fb6, 0x1fc4],
  [0x1fc6, 0x1fd3],
  [0x1fd6, 0x1fdb],
  [0x1fdd, 0x1fef],
  [0x1ff2, 0x1ff4],
  [0x1ff6, 0x1ffe],
  [0x2010, 0x2027],
  [0x202f, 0x205f],
  [0x2070, 0x2071],
  [0x2074, 0x208e],
  [0x2090, 0x209c],
  [0x20a0, 0x20c0],
  [0x2100, 0x218b],
  [0x2190, 0x2426],
  [0x2440, 0x244a],
  [0x2460, 0x2b73],
  [0x2b76, 0x2b95],
  [0x2b97, 0x2bff],
  [0x2e80, 0x2e99],
  [0x2e9b, 0x2ef3],
  [0x2f00, 0x2fd5],
  [0x3000, 0x3029],
  [0x3030, 0x303f],
  [0x3041, 0x3096],
  [0x309b, 0x30ff],
  [0x3105, 0x312f],
  [0x3131, 0x3163],
  [0x3165, 0x318e],
  [0x3190, 0x31e5],
  [0x31ef, 0x321e],
  [0x3220, 0xa48c],
  [0xa490, 0xa4c6],
  [0xac00, 0xd7a3],
  [0xf900, 0xfa6d],
  [0xfa70, 0xfad9],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe52],
  [0xfe54, 0xfe66],
  [0xfe68, 0xfe6b],
  [0xff01, 0xff9d],
  [0xffe0, 0xffe6],
  [0xffe8, 0xffee],
];

function isOneGraphemeEach(codePoint: number): boolean {
  let low = 0;
  let high = ONE_GRAPHEME_EACH.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [first, last] = ONE_GRAPHEME_EACH[middle] as readonly [number, number];
    if (codePoint < first) high = middle - 1;
    else if (codePoint > last) low = middle + 1;
    else return true;
  }
  return false;
}

/**
 * The width of `text` when leb can count it itself: colour escapes aside, every character in
 * ONE_GRAPHEME_EACH. Null when string-width must measure it.
 */
export function countedWidth(text: string): number | null {
  text = text.replace(SGR, '');
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x20 && code <= 0x7e) width += 1;
    else if (isOneGraphemeEach(code)) width += eastAsianWidth(code);
    else return null;
  }
  return width;
}

export function displayWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  return countedWidth(text) ?? stringWidth(text);
}
