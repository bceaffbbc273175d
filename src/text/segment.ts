import {createBlock, type Block} from '../blocks/block.js'
import {tidyWhitespace} from '../util/whitespace.js'

/**
 * Split a text dump into blocks: one per non-blank line. A dump is what a
 * browser shows as the body's text, one element per line, so a line is the
 * smallest unit that can be boilerplate or body on its own. Whether a blank
 * line stands on either side is kept: runs of lines without blank lines
 * between are how menus and lists show in a dump.
 */
export function segmentText(text: string): Block[] {
  const blocks: Block[] = []
  let blankPending = true
  for (const line of text.split('\n')) {
    const tidy = tidyWhitespace(line)
    if (tidy === '') {
      blankPending = true
      const last = blocks.at(-1)
      if (last) last.blankAfter = true
      continue
    }
    blocks.push(createBlock(blocks.length, tidy, blankPending, true))
    const previous = blocks.at(-2)
    if (previous && !blankPending) previous.blankAfter = false
    blankPending = false
  }
  return blocks
}
