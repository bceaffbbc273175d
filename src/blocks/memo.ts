/**
 * Keys under which a block keeps what is derived from its text once and read
 * by many stages (see `lowerText` and `blockTokens`). Private symbols, so the
 * public `Block` type does not show them; `createBlock` sets them up front, so
 * that every block has the same shape however many of them are filled.
 * (A WeakMap per kind cost more, in lookups and in garbage collection of its
 * entries, than the work it saved.)
 */
export const LOWERED = Symbol('lowered')
export const TOKENIZED = Symbol('tokenized')
