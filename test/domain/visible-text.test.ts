import { describe, expect, it } from 'vitest';
import { providerText, shorten, visible, visibleKeepingColour } from '../../src/domain/visible-text.js';

describe('visible text', () => {
  it.each([
    ['\u001b[2J\u001b[H', '\\x1b[2J\\x1b[H'],
    ['\u001b]0;owned\u0007', '\\x1b]0;owned\\x07'],
    ['a\u0000b\u007fc\u009bd', 'a\\x00b\\x7fc\\x9bd'],
    ['evil\u202egnp.exe', 'evil\\u202egnp.exe'],
    ['Work backup 工作', 'Work backup 工作'],
  ])('%j → %s', (input, expected) => {
    expect(visible(input)).toBe(expected);
  });

  it('keeps our colours in a formatted line and escapes the rest', () => {
    expect(visibleKeepingColour('\u001b[31merror:\u001b[39m \u001b[2Jx')).toBe('\u001b[31merror:\u001b[39m \\x1b[2Jx');
  });

  it('shortens long values keeping both ends', () => {
    expect(shorten('abcdefghij', 6)).toBe('abcd…j');
    expect(shorten('short', 6)).toBe('short');
    expect([...providerText('x'.repeat(10_000), 80)]).toHaveLength(80);
  });
});
