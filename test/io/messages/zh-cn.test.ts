// zh-CN is complete: every message reads as Chinese (not an English string left behind), and no translation
// drops a value its English twin shows.

import { describe, expect, it } from 'vitest';
import { en } from '../../../src/io/messages/en.js';
import { zhCN } from '../../../src/io/messages/zh-CN.js';

import { leftoverEnglish } from '../../helpers/english.js';

type Entry = string | ((...args: never[]) => string);

/** Distinct markers for each argument; markers are plain words so `${n} 天` and `n === 0 ? …` both work. */
const markers = (count: number) => Array.from({ length: count }, (_, i) => `QQ${i}QQ`);

function render(entry: Entry, args: string[]): string {
  return typeof entry === 'string' ? entry : (entry as (...a: string[]) => string)(...args);
}

const keys = Object.keys(en) as (keyof typeof en)[];

describe('the zh-CN catalogue', () => {
  it.each(keys)('%s reads as Chinese', (key) => {
    const entry = zhCN[key] as Entry;
    const args = markers(typeof entry === 'function' ? entry.length : 0);
    for (const variant of [args, args.map(() => '0'), args.map(() => '1')]) {
      const text = render(entry, variant);
      expect(leftoverEnglish(text), `${key}: ${text}`).toEqual([]);
    }
  });

  it.each(keys.filter((k) => typeof en[k] === 'function'))('%s keeps every placeholder its English twin shows', (key) => {
    const english = en[key] as Entry;
    const chinese = zhCN[key] as Entry;
    const args = markers(Math.max(typeof english === 'function' ? english.length : 0, typeof chinese === 'function' ? chinese.length : 0));
    const shown = (text: string) => args.filter((m) => text.includes(m));
    expect(shown(render(chinese, args)), `zh-CN ${key}`).toEqual(shown(render(english, args)));
  });
});
