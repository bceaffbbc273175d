import type {Block} from '../segment/block.js'
import {startsWithListMarker} from '../util/patterns.js'

/**
 * A block quote as a text dump keeps it: "> text", in mail and forum style.
 * A paragraph wholly in quotation marks is not one: in news it is speech,
 * quoted in the run of the text, and a dump cannot tell a pull quote from it.
 */
const QUOTE_PREFIX = /^>\s?/u

/** The text of a block quote without its `>` marker, or `null` when the block is not one. */
export function quoteText(block: Block): string | null {
  return QUOTE_PREFIX.test(block.text) ? block.text.replace(QUOTE_PREFIX, '') : null
}

/**
 * The speaker label of a question-and-answer line: "Q:", "A.", "Question:",
 * or a short name in capitals followed by a colon ("SMITH:"), as interviews
 * print them. `null` when the line has none.
 */
const QA_LABEL = /^(?:[QA][.:]|(?:Question|Answer|Q&A)\s?:|\p{Lu}[\p{Lu}\p{M}'’.-]{1,24}(?: \p{Lu}[\p{Lu}\p{M}'’.-]{1,24}){0,2}:)(?=\s)/u

export function qaLabel(block: Block): string | null {
  return QA_LABEL.exec(block.text)?.[0] ?? null
}

/** Whether a block is a list item (a bullet or a number, then a space). */
export function isListItem(block: Block): boolean {
  return startsWithListMarker(block.text)
}
