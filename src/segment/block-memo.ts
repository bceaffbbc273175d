/**
 * Key under which a block keeps its content tokens (see `blockTokens`), which
 * the topic filter and the title finder both read. A private symbol, so the
 * public `Block` type does not show it; `createBlock` sets it up front, so
 * that every block has the same shape whether it is filled or not. (A WeakMap
 * from block to tokens cost more, in lookups and in garbage collection of its
 * entries, than the work it saved.)
 */
export const TOKENIZED = Symbol('tokenized')
