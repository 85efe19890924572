// A 64-bit checksum of a byte span, fast enough to check the start-up code cache on every run (start/code-cache.ts).
// V8 does not verify a code cache's contents in release builds: a flipped byte is either accepted, running
// whatever the bytes now say, or crashes the process inside the deserializer. So the cache carries this
// checksum and a mismatch means "ignore it". node:crypto would take about 10 ms to load and node:zlib (crc32)
// about 4; a plain JavaScript loop runs 6 ms or more before it is optimised; this WebAssembly function takes well
// under a millisecond, compilation included.
//
// The function is FNV-1a over little-endian 64-bit words: h = 0xcbf29ce484222325, then for each word w,
// h = (h xor w) * 0x100000001b3 mod 2^64. Each step is a bijection of h, so changing any single word always
// changes the result. Its WebAssembly text:
//
//   (module
//     (memory (export "memory") 1)
//     (func (export "hash") (param $start i32) (param $end i32) (result i64)
//       (local $h i64)
//       (local.set $h (i64.const 0xcbf29ce484222325))
//       (block $done
//         (loop $next
//           (br_if $done (i32.ge_u (local.get $start) (local.get $end)))
//           (local.set $h (i64.mul (i64.xor (local.get $h) (i64.load (local.get $start))) (i64.const 0x100000001b3)))
//           (local.set $start (i32.add (local.get $start) (i32.const 8)))
//           (br $next)))
//       (local.get $h)))
//
// test/start/word-hash.test.ts checks the bytes below against a BigInt implementation of the same definition.

const MODULE = Uint8Array.from(
  Buffer.from(
    '0061736d0100000001070160027f7f017e030201000503010001071102066d656d6f72790200046861736800000a3c013a01017e42a5c688a1c89ca7f94b21020240034020' +
      '0020014f0d01200220002903008542b383808080207e2102200041086a21000c000b0b20020b',
    'hex',
  ),
);

const PAGE = 65536;

/** The part of WebAssembly used here (Node has it; the TypeScript libraries leb compiles with do not declare it). */
declare const WebAssembly:
  | {
      Module: new (bytes: Uint8Array) => object;
      Instance: new (module: object) => { exports: Record<string, unknown> };
    }
  | undefined;

interface Memory {
  buffer: ArrayBuffer;
  grow(pages: number): number;
}

export interface WordHasher {
  /** Memory of at least the capacity asked for; fill it, then hash a span of it. */
  readonly bytes: Uint8Array;
  /** The checksum of bytes[start, end), as 16 hex digits. The 7 bytes after `end` are zeroed first. */
  hash(start: number, end: number): string;
}

/** A hasher with room for `capacity` bytes, or null where WebAssembly is unavailable (node --jitless). */
export function wordHasher(capacity: number): WordHasher | null {
  if (typeof WebAssembly === 'undefined') return null;
  const instance = new WebAssembly.Instance(new WebAssembly.Module(MODULE));
  const memory = instance.exports.memory as Memory;
  const hashSpan = instance.exports.hash as (start: number, end: number) => bigint;
  // Room for the last word's zero padding too.
  const pages = Math.ceil((capacity + 8) / PAGE);
  if (pages > 1) memory.grow(pages - 1);
  const bytes = new Uint8Array(memory.buffer);
  return {
    bytes,
    hash(start, end) {
      if (start < 0 || end < start || end + 8 > bytes.length) throw new RangeError(`span ${start}-${end} outside ${bytes.length} bytes`);
      // The last word may run past `end`: those bytes must not count, whatever was read there.
      bytes.fill(0, end, end + 8);
      return BigInt.asUintN(64, hashSpan(start, end)).toString(16).padStart(16, '0');
    },
  };
}
