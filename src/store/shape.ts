// A tiny validator for leb's own files (config, journal, sandbox state). zod costs ~40 ms to load, paid on
// every command that reads config; these shapes are small and fixed, so plain checks do the job and keep
// start-up fast. Wire data from providers still goes through zod, where the network dominates anyway.

export class ShapeError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

export type Check<T> = (value: unknown, path: string) => T;
export type Infer<C> = C extends Check<infer T> ? T : never;

const fail = (path: string, expected: string): never => {
  throw new ShapeError(path || '(top level)', `expected ${expected}`);
};

export const string: Check<string> = (v, p) => (typeof v === 'string' ? v : fail(p, 'a string'));
export const boolean: Check<boolean> = (v, p) => (typeof v === 'boolean' ? v : fail(p, 'true or false'));
export const number: Check<number> = (v, p) => (typeof v === 'number' && Number.isFinite(v) ? v : fail(p, 'a number'));
export const integer: Check<number> = (v, p) => (Number.isSafeInteger(v) ? (v as number) : fail(p, 'a whole number'));

/** A calendar date written YYYY-MM-DD. */
export const localDate: Check<string> = (v, p) => {
  const text = string(v, p);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : fail(p, 'a date (YYYY-MM-DD)');
};

export function intIn(min: number, max: number): Check<number> {
  return (v, p) => {
    const n = integer(v, p);
    return n >= min && n <= max ? n : fail(p, `a whole number from ${min} to ${max}`);
  };
}

export function oneOf<const T extends string | number>(values: readonly T[]): Check<T> {
  return (v, p) => (values.includes(v as T) ? (v as T) : fail(p, `one of ${values.join(', ')}`));
}

export function nullable<T>(check: Check<T>): Check<T | null> {
  return (v, p) => (v === null ? null : check(v, p));
}

/** A field that may be absent; absent (or undefined) takes the default. */
export function withDefault<T>(check: Check<T>, fallback: () => NoInfer<T>): Check<T> & { optional: true } {
  const c = ((v: unknown, p: string) => (v === undefined ? fallback() : check(v, p))) as Check<T> & { optional: true };
  c.optional = true;
  return c;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function object<S extends Record<string, Check<unknown>>>(fields: S): Check<{ [K in keyof S]: Infer<S[K]> }> {
  // Listed once, and walked by index: this runs for every object of every file leb reads, in code too cold
  // to be optimised, where Object.entries() and for...of allocate afresh on each call (a status run's sandbox
  // state was a tenth of what it allocated).
  const keys = Object.keys(fields);
  const checks = Object.values(fields);
  return (v, p) => {
    if (!isObject(v)) return fail(p, 'an object');
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      out[key] = (checks[i] as Check<unknown>)(v[key], p ? `${p}.${key}` : key);
    }
    return out as { [K in keyof S]: Infer<S[K]> };
  };
}

export function record<T>(check: Check<T>): Check<Record<string, T>> {
  return (v, p) => {
    if (!isObject(v)) return fail(p, 'an object');
    const out: Record<string, T> = {};
    // defineProperty: a key "__proto__" from a file is a plain entry, never the object's prototype.
    for (const [key, item] of Object.entries(v)) {
      Object.defineProperty(out, key, { value: check(item, p ? `${p}.${key}` : key), enumerable: true, writable: true, configurable: true });
    }
    return out;
  };
}

/**
 * The entry under `key` only when the record itself has it: `accounts["constructor"]` or `accounts["__proto__"]`
 * would otherwise find Object.prototype's members. Every lookup by a name from outside goes through this.
 */
export function own<T>(entries: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(entries, key) ? entries[key] : undefined;
}

export function array<T>(check: Check<T>): Check<T[]> {
  return (v, p) => (Array.isArray(v) ? v.map((item, i) => check(item, `${p}[${i}]`)) : fail(p, 'a list'));
}

/** Objects told apart by their `type` field. */
export function tagged<S extends Record<string, Check<unknown>>>(variants: S): Check<Infer<S[keyof S]>> {
  return (v, p) => {
    const type = isObject(v) ? v.type : undefined;
    const check = typeof type === 'string' && Object.hasOwn(variants, type) ? variants[type] : undefined;
    return check ? (check(v, p) as Infer<S[keyof S]>) : fail(p ? `${p}.type` : 'type', `one of ${Object.keys(variants).join(', ')}`);
  };
}
