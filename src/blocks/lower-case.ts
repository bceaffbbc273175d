import type {Block} from './block.js'

/** A block's text in lower case, kept with the text it was made from. */
interface Lowered {
  text: string
  lower: string
}

const cache = new WeakMap<Block, Lowered>()

/**
 * A block's text lower-cased, computed once per block rather than once per
 * rule: several rules look for key words in it before running their
 * patterns, on every line of every page. Keyed by the block and checked
 * against its text, so a block whose text changes is lower-cased again.
 */
export function lowerText(block: Block): string {
  const cached = cache.get(block)
  if (cached !== undefined && cached.text === block.text) return cached.lower
  const lower = block.text.toLowerCase()
  cache.set(block, {text: block.text, lower})
  return lower
}
