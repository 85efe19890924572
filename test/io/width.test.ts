// Display width decides which table columns fit a terminal: CJK and emoji take two columns, escapes none.

import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/io/width.js';

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
