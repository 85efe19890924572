// Each catalogue is merged from files of its own (src/io/messages/merge.ts): a key in two files would let the
// later file silently replace the earlier one's words, and the type checker would not say so.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/io/messages/en.js';
import { zhCN } from '../../../src/io/messages/zh-CN.js';
import { mergeCatalogue } from '../../../src/io/messages/merge.js';

const dir = join(import.meta.dirname, '../../../src/io/messages');

/** Every part a language's catalogue is merged from (`<language>.ts` and `*.<language>.ts`), by file and export. */
async function parts(language: string): Promise<[string, object][]> {
  const found: [string, object][] = [];
  for (const file of readdirSync(dir).filter((name) => name === `${language}.ts` || name.endsWith(`.${language}.ts`))) {
    const module = (await import(join(dir, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      if (typeof value === 'object' && value !== null && name !== 'en' && name !== 'zhCN') found.push([`${file} ${name}`, value]);
    }
  }
  return found;
}

describe('the message catalogues', () => {
  it.each([
    ['en', en],
    ['zh-CN', zhCN],
  ] as const)('%s: every key comes from exactly one file', async (language, catalogue) => {
    const owners = new Map<string, string[]>();
    for (const [where, part] of await parts(language)) {
      for (const key of Object.keys(part)) owners.set(key, [...new Set([...(owners.get(key) ?? []), where])]);
    }
    expect([...owners].filter(([, where]) => where.length > 1)).toEqual([]);
    expect(Object.keys(catalogue).sort()).toEqual([...owners.keys()].sort());
  });

  it('a merged catalogue has every part, the later part winning', () => {
    const merged = mergeCatalogue({ a: 'one', b: 'two' }, { c: (n: number) => `${n}` }, { b: 'three' });
    expect(merged).toEqual({ a: 'one', b: 'three', c: merged.c });
    expect(merged.c(4)).toBe('4');
  });
});
