import type {Block} from '../blocks/block.js'

/** The densest run of prose in the page: where the article most likely is. */
export interface BodyRegion {
  /** First block of the region, or -1 when the page has no prose. */
  start: number
  /** Last block of the region, or -1. */
  end: number
}

/** Words at which a block counts as prose when it ends like a sentence. */
const PROSE_MIN_WORDS = 10
/** Cost of a short label line (menu item, button) inside the region, in words. */
const LABEL_COST_WORDS = 8
/** Cost of a line the rules already named as boilerplate. */
const BOILERPLATE_COST_WORDS = 12

/**
 * How much a block speaks for "the article is here": prose gains its words,
 * labels and known boilerplate cost. Tuned on the development corpus.
 */
export function blockWeight(block: Block, isBoilerplate: boolean): number {
  if (isBoilerplate) return -BOILERPLATE_COST_WORDS
  const {words: lineWords} = block.measures
  // A line of a wrapped paragraph counts as prose when its paragraph is.
  if (block.paragraph.start !== block.paragraph.end && block.paragraph.endsSentence && block.paragraph.words >= PROSE_MIN_WORDS) return lineWords
  const {words, endsSentence} = block.measures
  if (endsSentence && words >= PROSE_MIN_WORDS) return Math.min(words, 150)
  if (words >= 25) return words * 0.5
  if (words <= 4) return -LABEL_COST_WORDS
  return endsSentence ? 1 : -LABEL_COST_WORDS / 2
}

/**
 * The contiguous run of blocks with the largest total weight (Kadane's
 * maximum-sum subarray, linear in the number of blocks). A short label inside
 * the article costs little against the prose around it; a long menu between
 * the article and the comments costs enough to end the region there.
 */
export function findBodyRegion(blocks: readonly Block[], isBoilerplate: (index: number) => boolean): BodyRegion {
  let best = 0
  let bestStart = -1
  let bestEnd = -1
  let sum = 0
  let start = 0
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block
    if (sum <= 0) {
      sum = 0
      start = i
    }
    sum += blockWeight(block, isBoilerplate(i))
    if (sum > best) {
      best = sum
      bestStart = start
      bestEnd = i
    }
  }
  return {start: bestStart, end: bestEnd}
}

/**
 * For each block, how many prose blocks of 15+ words follow it, so that rules
 * can ask "is this after the article?" in constant time.
 */
export function countProseAfter(blocks: readonly Block[]): Uint32Array {
  const after = new Uint32Array(blocks.length)
  let count = 0
  for (let i = blocks.length - 1; i >= 0; i--) {
    after[i] = count
    const {words, endsSentence} = (blocks[i] as Block).measures
    if (words >= 15 && endsSentence) count++
  }
  return after
}
