import type {Block} from './block.js'
import {LOWERED} from './memo.js'


interface Lowered {
  [LOWERED]?: {text: string; lower: string}
}

/**
 * A block's text lower-cased, computed once per block rather than once per
 * rule: several rules look for key words in it before running their
 * patterns, on every line of every page. Kept on the block (see memo.ts) and
 * checked against its text, so a block whose text changes is lower-cased again.
 */
export function lowerText(block: Block): string {
  const holder = block as Block & Lowered
  const cached = holder[LOWERED]
  if (cached !== undefined && cached.text === block.text) return cached.lower
  const lower = block.text.toLowerCase()
  holder[LOWERED] = {text: block.text, lower}
  return lower
}
