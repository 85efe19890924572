// io/width.ts leaves to string-width only what it cannot count itself: string-width takes 35 to 55 ms to start
// (an Intl.Segmenter and the pattern of every emoji sequence), which a `leb status` on a terminal paid.

import stringWidth from 'string-width';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { displayWidth } from '../../src/io/width.js';

vi.mock('string-width', async (importOriginal) => {
  const actual = await importOriginal<typeof import('string-width')>();
  return { default: vi.fn(actual.default) };
});

beforeEach(() => vi.mocked(stringWidth).mockClear());

describe('displayWidth asks string-width', () => {
  it.each([
    ['a status table cell, coloured', '\u001b[2m—\u001b[22m'],
    ['a footer', '4 lines, 2 at risk · HK$36.00'],
    ['Chinese headings', '号码  到期日  余额'],
    ['full-width and half-width forms', 'ＡＢ ｶｰﾄ'],
  ])('nothing for %s', (_what, text) => {
    displayWidth(text);
    expect(stringWidth).not.toHaveBeenCalled();
  });

  it.each([
    ['an emoji beyond the Basic Multilingual Plane', '📱 phone'],
    ['a combining accent', 'Cafe\u0301'],
    ['an emoji with a variation selector', '⚠️ 3 days'],
    ['an escape other than colour', '\u001b]8;;https://example.com\u0007link\u001b]8;;\u0007'],
  ])('for %s', (_what, text) => {
    displayWidth(text);
    expect(stringWidth).toHaveBeenCalledTimes(1);
  });
});
