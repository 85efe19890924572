// The WebAssembly checksum of the start-up code cache computes exactly its definition (FNV-1a over little-endian
// 64-bit words, the last one zero-padded), checked against a BigInt implementation.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordHasher } from '../../src/start/word-hash.js';

function reference(bytes: Uint8Array): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < bytes.length; i += 8) {
    let word = 0n;
    for (let j = 7; j >= 0; j--) word = (word << 8n) | BigInt(bytes[i + j] ?? 0);
    hash = BigInt.asUintN(64, (hash ^ word) * 0x100000001b3n);
  }
  return hash.toString(16).padStart(16, '0');
}

function hashOf(bytes: Uint8Array, offset = 0): string {
  const hasher = wordHasher(offset + bytes.length);
  if (hasher === null) throw new Error('no WebAssembly');
  hasher.bytes.set(bytes, offset);
  return hasher.hash(offset, offset + bytes.length);
}

describe('wordHasher', () => {
  it('matches the definition for any bytes at any offset', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), fc.nat(16), (bytes, offset) => {
        expect(hashOf(bytes, offset)).toBe(reference(bytes));
      }),
    );
  });

  it('the empty span is the offset basis', () => {
    expect(hashOf(new Uint8Array())).toBe('cbf29ce484222325');
  });

  it('any one changed byte changes the checksum, and bytes past the span never count', () => {
    const bytes = Uint8Array.from({ length: 37 }, (_, i) => (i * 7) & 0xff);
    const base = hashOf(bytes);
    for (let i = 0; i < bytes.length; i++) {
      const changed = Uint8Array.from(bytes);
      changed[i] = (changed[i] ?? 0) ^ 0x01;
      expect(hashOf(changed), `byte ${i}`).not.toBe(base);
    }
    const hasher = wordHasher(64);
    hasher?.bytes.set(bytes);
    hasher?.bytes.fill(0xff, bytes.length);
    expect(hasher?.hash(0, bytes.length)).toBe(base);
  });

  it('refuses a span outside its memory', () => {
    const hasher = wordHasher(10);
    expect(() => hasher?.hash(0, hasher.bytes.length)).toThrow(RangeError);
  });
});
