// One catalogue from the files it is kept in.

/** The parts' keys together (no two parts share a key: test/io/messages/catalogue.test.ts). */
type Merged<Parts> = Parts extends readonly [infer Head, ...infer Rest] ? Head & Merged<Rest> : unknown;

/**
 * Object.assign, not one object literal spreading the parts: V8 adds a literal's spread properties to a fast
 * object one at a time, each a new hidden class, which for six hundred keys cost every run about 30 ms and as
 * much again in garbage collection (ARCHITECTURE.md, "Start-up"). Object.assign makes it a dictionary at once.
 */
export function mergeCatalogue<Parts extends readonly object[]>(...parts: Parts): Merged<Parts> {
  return Object.assign({}, ...parts) as Merged<Parts>;
}
