import type {Block} from '../../segment/block.js'

/**
 * A numbered line: a table of contents' entry or a numbered heading ("1
 * Etymology", "3.1. Foreign relations", "12.7. GET .......... 16"). Group 1
 * is its title, without dot leaders and page number. A title starts with a
 * word (or its quote or bracket): a row of a printed table ("2 │ f",
 * "3 │ -0.43") is numbered too, and its cells recur in the rows below.
 */
const NUMBERED = /^\d{1,2}(?:\.\d{1,2}){0,3}\.? ([\p{L}\p{N}"'“‘«(\[].{0,120}?)(?: ?\.{3,} ?\d{1,4})?$/u
/** Entries in a row, each found again below, at which a numbered list is the article's table of contents. */
const MIN_ENTRIES = 3
/** Words of the contents list's own header ("Contents", "Table of contents"). */
const MAX_HEADER_WORDS = 3

/**
 * Mark (with 1) the entries of the article's table of contents: three or
 * more numbered lines in a row whose titles stand again further down as
 * lines of their own, numbered or not, the headings of the sections they
 * list (Wikipedia's "Contents", a manual's, an Internet-Draft's with dot
 * leaders); and the label right above the first entry, the list's header.
 *
 * Why: the contents list parts the lead from the sections, and its short
 * lines would cost the body search a deep dip there, so the lead above it
 * was lost as a run of its own. They belong to the article below, and weigh
 * nothing in the search; they stay out of the body all the same (decideBlocks
 * removes them as `navigation`, rule `table-of-contents`: a list of headings
 * is not text). A numbered list whose items do not recur as headings (steps,
 * rankings) is not marked.
 */
export function markContents(blocks: readonly Block[], marks: Uint8Array): void {
  const entries: Entry[] = []
  for (const block of blocks) {
    const title = numberedTitle(block.text)
    if (title !== undefined) entries.push({index: block.index, title})
  }
  if (entries.length < MIN_ENTRIES) return
  // A heading may be numbered as its entry is ("1. Introduction"), or not,
  // and a wiki's carries its edit link ("Applications[edit]").
  const lastAt = new Map<string, number>()
  for (const block of blocks) lastAt.set(numberedTitle(block.text) ?? withoutEditLink(block.text), block.index)
  const found = entries.filter((entry) => (lastAt.get(entry.title) ?? -1) > entry.index)
  // The list is a run of entries, line after line: numbered lines here and
  // there whose words recur (a program's output) are not one.
  for (let r = 0; r < found.length; ) {
    let end = r
    while (end + 1 < found.length && (found[end + 1] as Entry).index === (found[end] as Entry).index + 1) end++
    if (end - r + 1 >= MIN_ENTRIES) {
      for (let k = r; k <= end; k++) marks[(found[k] as Entry).index] = 1
      const header = blocks[(found[r] as Entry).index - 1]
      if (header && header.measures.words <= MAX_HEADER_WORDS && !header.measures.endsSentence) marks[header.index] = 1
    }
    r = end + 1
  }
}

interface Entry {
  index: number
  title: string
}

/** The title of a numbered line, or `undefined` for a line that is not numbered. */
function numberedTitle(text: string): string | undefined {
  const code = text.charCodeAt(0)
  return code >= 48 && code <= 57 ? NUMBERED.exec(text)?.[1] : undefined
}

/** A MediaWiki heading's edit link, as a dump prints it after the heading's text. */
const EDIT_LINK = /\[(?:edit|edit source|modifier|modifier le code|bearbeiten|quelltext bearbeiten|editar|editar código-fonte|编辑|編輯|править)\]$/iu

/** A heading's text without a wiki's edit link. */
function withoutEditLink(text: string): string {
  return text.endsWith(']') ? text.replace(EDIT_LINK, '') : text
}
