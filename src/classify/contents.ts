import type {Block} from '../blocks/block.js'

/** A numbered entry of a table of contents: "1 Etymology", "3.1 Foreign relations and military". */
const ENTRY = /^\d{1,2}(?:\.\d{1,2}){0,3}\.? (\S.{0,120})$/u
/** Entries found again below at which a numbered list is the article's table of contents. */
const MIN_ENTRIES = 3
/** Words of the contents list's own header ("Contents", "Table of contents"). */
const MAX_HEADER_WORDS = 3

/**
 * Mark (with 1) the entries of the article's table of contents: numbered
 * lines whose titles stand again further down as lines of their own, the
 * headings of the sections they list (Wikipedia's "Contents", a manual's);
 * and the label right above the first entry, the list's header.
 *
 * Why: the contents list parts the lead from the sections, and its short
 * lines would cost the body search a deep dip there, so the lead above it
 * was lost as a run of its own. They belong to the article below, and weigh
 * nothing in the search; they stay out of the body all the same (a rule or
 * the classifier removes them: a list of headings is not text). A numbered
 * list whose items do not recur as headings (steps, rankings) is not marked.
 */
export function markContents(blocks: readonly Block[], marks: Uint8Array): void {
  const entries: {index: number; title: string}[] = []
  for (const block of blocks) {
    const code = block.text.charCodeAt(0)
    if (code < 48 || code > 57) continue
    const title = ENTRY.exec(block.text)?.[1]
    if (title !== undefined) entries.push({index: block.index, title})
  }
  if (entries.length < MIN_ENTRIES) return
  const lastAt = new Map<string, number>()
  for (const block of blocks) lastAt.set(block.text, block.index)
  const found = entries.filter((entry) => (lastAt.get(entry.title) ?? -1) > entry.index)
  if (found.length < MIN_ENTRIES) return
  for (const entry of found) marks[entry.index] = 1
  const header = blocks[(found[0] as {index: number}).index - 1]
  if (header && header.measures.words <= MAX_HEADER_WORDS && !header.measures.endsSentence && marks[header.index] === 0) marks[header.index] = 1
}
