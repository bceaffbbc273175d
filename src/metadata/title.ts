import type {Block} from '../blocks/block.js'
import {matchKey} from '../util/whitespace.js'

/** How far above the body a headline may stand, in blocks. */
const MAX_BLOCKS_ABOVE_BODY = 30
const MIN_TITLE_WORDS = 2
const MAX_TITLE_WORDS = 30
const MIN_TITLE_CHARS = 8

function isHeadlineLike(block: Block): boolean {
  // The middle of a wrapped paragraph is a fragment, however headline-like it
  // looks; its first line may still be a headline followed by a deck.
  if (block.paragraph.start !== block.index || /^\p{Ll}/u.test(block.text)) return false
  const {words, chars, endsSentence} = block.measures
  if (words < MIN_TITLE_WORDS || words > MAX_TITLE_WORDS || chars < MIN_TITLE_CHARS) return false
  return !endsSentence || /[?!？！]["'”’]?$/u.test(block.text)
}

/**
 * Find the headline of a text dump: a headline-like line (a few words, not a
 * sentence) above the body region, scored by what surrounds a real headline:
 * a byline or date right under it, the same text repeated (the breadcrumb or
 * the document title), blank lines around it, nearness to the body. Returns
 * the block index, or -1 when no line is convincing (a dump often lacks the
 * title: then `title` is `null` rather than a guess).
 *
 * @param isBoilerplate whether a non-positional rule names the block
 * @param isMetaLine whether the block is a byline or a date line
 */
export function findTitle(
  blocks: readonly Block[],
  bodyStart: number,
  isBoilerplate: (index: number) => boolean,
  isMetaLine: (index: number) => boolean
): number {
  if (bodyStart < 0) return -1
  const counts = new Map<string, number>()
  const from = Math.max(0, bodyStart - MAX_BLOCKS_ABOVE_BODY)
  for (let i = from; i <= Math.min(blocks.length - 1, bodyStart + 1); i++) {
    const key = matchKey((blocks[i] as Block).text)
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const hasTextAfter = (index: number): boolean => {
    for (let j = index + 1; j < blocks.length; j++) if (!isBoilerplate(j)) return true
    return false
  }
  let best = -1
  let bestScore = 0.5
  let between = 0
  for (let i = Math.min(blocks.length - 1, bodyStart + 1); i >= from; i--) {
    const block = blocks[i] as Block
    const boilerplate = isBoilerplate(i)
    // A headline heads something: the last text of the page cannot be one.
    if (!boilerplate && isHeadlineLike(block) && hasTextAfter(i)) {
      const next = blocks[i + 1]
      const {words, capitalizedShare} = block.measures
      let score = 1 - 0.12 * between
      if (i > bodyStart) score -= 1
      if (next && isMetaLine(i + 1)) score += 1.5
      if ((counts.get(matchKey(block.text)) ?? 0) > 1) score += 0.8
      if (block.blankBefore && block.blankAfter) score += 0.3
      if (words >= 4 && words <= 20) score += 0.6
      if (words <= 3) score -= 0.6
      if (capitalizedShare > 0.6 && words >= 4) score += 0.2
      if (score > bestScore) {
        bestScore = score
        best = i
      }
    }
    if (!boilerplate && i <= bodyStart) between++
  }
  return best
}
