// Text from elsewhere (a provider's alias, plan or method name, problem detail; a value the user typed) shown on
// a terminal: control characters are escaped visibly, so an answer cannot clear the screen, move the cursor,
// retitle the window or hide text, and very long values are shortened. Pure: used at the provider boundary and
// wherever leb prints.

/** C0 (except tab and newline), DEL, C1, and the bidirectional overrides that reorder what is shown. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Our own colour codes (SGR), which are kept when a whole formatted line is made safe. */
const SGR = /\u001b\[[0-9;]*m/g;

function escapeChar(char: string): string {
  const code = char.codePointAt(0) as number;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Every control character as a visible escape (ESC → "\x1b"). */
export function visible(text: string): string {
  return text.replace(CONTROL, escapeChar);
}

/** Like visible(), for a line leb formatted itself: its SGR colour codes stay, every other control is escaped. */
export function visibleKeepingColour(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(SGR)) {
    out += visible(text.slice(last, match.index)) + match[0];
    last = (match.index as number) + match[0].length;
  }
  return out + visible(text.slice(last));
}

/** At most `max` characters (code points): the start and the end, with "…" between. */
export function shorten(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const head = Math.ceil((max - 1) * 0.7);
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - (max - 1 - head)).join('')}`;
}

/** A provider's free text, safe and bounded: what the http provider hands to the rest of leb. */
export function providerText(text: string, max: number): string {
  return shorten(visible(text), max);
}
