// Display width decides which table columns fit a terminal: CJK and emoji take two columns, escapes none.

import { fc, test } from '@fast-check/vitest';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { countedWidth, displayWidth } from '../../src/io/width.js';

describe('displayWidth', () => {
  it.each([
    ['plain ASCII', 'Work backup', 11],
    ['Chinese heading', '到期日', 6],
    ['mixed Chinese and ASCII', '餘額 HKD', 8],
    ['Japanese kana', 'カード', 6],
    ['Korean hangul', '한국', 4],
    ['full-width Latin', 'ＡＢ', 4],
    ['half-width katakana', 'ｶｰﾄﾞ', 4],
    ['emoji', '📱', 2],
    ['emoji with a skin tone', '👍🏽', 2],
    ['emoji joined into one (family)', '👨‍👩‍👧', 2],
    ['flag', '🇭🇰', 2],
    ['text after an emoji', '⚠️ 3 days', 9],
    ['combining accent', 'Cafe\u0301', 4],
    ['coloured text', '\u001b[31m到期\u001b[39m soon', 9],
    ['bold and dim escapes only', '\u001b[1m\u001b[2m\u001b[22m', 0],
    ['empty', '', 0],
  ])('%s', (_what, text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it('counts printable ASCII itself, exactly as string-width does', () => {
    const ascii = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');
    expect(displayWidth(ascii)).toBe(stringWidth(ascii));
    expect(displayWidth(ascii)).toBe(95);
    // A tab or an escape is not printable ASCII: string-width decides (a tab takes no room).
    expect(displayWidth('a\tb')).toBe(stringWidth('a\tb'));
  });
});

// What io/width.ts counts itself (without string-width, which costs a terminal run 35 to 55 ms to start): every
// character of the Basic Multilingual Plane it counts is measured both ways, alone and in random strings mixed
// with escapes, marks, joiners and emoji it leaves to string-width.
const everyCharacter = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter((char) => countedWidth(char) !== null);

describe('displayWidth without string-width', () => {
  it('counts Latin, Greek, Cyrillic, punctuation, symbols, CJK and full-width forms, each as string-width does', () => {
    expect(everyCharacter.length).toBeGreaterThan(40_000);
    const differing = everyCharacter.filter((char) => displayWidth(char) !== stringWidth(char)).map((char) => `U+${char.charCodeAt(0).toString(16)}`);
    expect(differing).toEqual([]);
  });

  it.each([
    ['an em dash and a middle dot (status cells)', '— · →', 5],
    ['Chinese with colour', '\u001b[33m到期\u001b[39m 2026-12-08', 15],
    ['a lightning emoji (East Asian wide)', '⚡ fast', 7],
    ['Hangul syllables side by side', '한국어', 6],
    ['accented Latin, precomposed', 'Café Ørsted', 11],
  ])('%s', (_what, text, width) => {
    expect(displayWidth(text)).toBe(width);
    expect(stringWidth(text)).toBe(width);
  });

  const counted = fc.constantFrom(...everyCharacter);
  const escapes = fc.constantFrom('\u001b[1m', '\u001b[22m', '\u001b[31m', '\u001b[0m', '\u001b[38;5;208m', '\u001b[', '\u001b');
  const leftToStringWidth = fc.constantFrom('\u0301', '\u200d', '👍', '🇭', '🇰', '\ufe0f', '\t', '\u1100', '\u1161', '\u11a8', '\u0e33');
  const characters = fc.oneof({ arbitrary: counted, weight: 6 }, { arbitrary: escapes, weight: 2 }, { arbitrary: leftToStringWidth, weight: 2 });
  test.prop([fc.array(characters, { maxLength: 12 }).map((parts) => parts.join(''))], { numRuns: 2000 })('random strings of them, escapes and a few others: as string-width', (text) => {
    expect(displayWidth(text)).toBe(stringWidth(text));
  });
});

// string-width takes 35 to 55 ms to start (an Intl.Segmenter and the pattern of every emoji sequence), which a
// `leb status` on a terminal paid: what leb's tables usually hold is counted without it.
describe('countedWidth: what is measured without string-width', () => {
  it.each([
    ['a status table cell, coloured', '\u001b[2m—\u001b[22m', 1],
    ['a footer', '4 lines, 2 at risk · HK$36.00', 29],
    ['Chinese headings', '号码  到期日  余额', 18],
    ['full-width and half-width forms', 'ＡＢ ｶｰﾄ', 8],
  ])('%s', (_what, text, width) => {
    expect(countedWidth(text)).toBe(width);
  });

  it.each([
    ['an emoji beyond the Basic Multilingual Plane', '📱 phone'],
    ['a combining accent', 'Cafe\u0301'],
    ['an emoji with a variation selector', '⚠️ 3 days'],
    ['an escape other than colour', '\u001b]8;;https://example.com\u0007link\u001b]8;;\u0007'],
    ['a tab', 'a\tb'],
  ])('not %s', (_what, text) => {
    expect(countedWidth(text)).toBeNull();
  });
});

