import {createBlock, type Block, type ParagraphSpan} from '../block.js'
import {tickDeadline} from '../../util/deadline.js'
import {startsWithListMarker} from '../../util/patterns.js'
import {collapseSpaces} from '../../util/whitespace.js'

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
  // tidyWhitespace, line by line: spaces collapsed over the whole page at
  // once (a run of them never holds a line break), each line then trimmed.
  for (const line of collapseSpaces(text).split('\n')) {
    tickDeadline('segment')
    const tidy = line.trim()
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
  joinWrappedLines(blocks)
  return blocks
}

/** A line this long that stops mid-sentence, followed by more text, is a wrapped line. */
const MIN_WRAPPED_WORDS = 6
const MIN_NEXT_WORDS = 3
const STARTS_LOWER = /^\p{Ll}/u

/** Whether `next` carries on the sentence `block` leaves unfinished. */
function continuesInto(block: Block, next: Block): boolean {
  if (next.blankBefore || block.measures.endsSentence) return false
  if (startsWithListMarker(block.text) || startsWithListMarker(next.text)) return false
  return STARTS_LOWER.test(next.text) || (block.measures.words >= MIN_WRAPPED_WORDS && next.measures.words >= MIN_NEXT_WORDS)
}

/**
 * Group hard-wrapped lines into paragraphs (linear: one pass to find the runs,
 * one to share each run's span among its blocks).
 */
function joinWrappedLines(blocks: Block[]): void {
  let start = 0
  for (let i = 0; i < blocks.length; i++) {
    tickDeadline('segment')
    const block = blocks[i] as Block
    const next = blocks[i + 1]
    if (next && continuesInto(block, next)) continue
    if (i > start) {
      let words = 0
      for (let j = start; j <= i; j++) words += (blocks[j] as Block).measures.words
      const span: ParagraphSpan = {start, end: i, words, endsSentence: block.measures.endsSentence}
      for (let j = start; j <= i; j++) (blocks[j] as Block).paragraph = span
    }
    start = i + 1
  }
}
