/** A catalogue's type with its literal strings widened, so a translation may say anything of the same shape. */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : T[K] };
