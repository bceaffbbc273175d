import type {Decisions} from '../classify/classify-blocks.js'
import {defineStage} from '../stage.js'

/**
 * Stage: keep a listing whole. Reads the listing marks (see `markListings`)
 * and the decisions so far; decides the lines of a listing that a rule or
 * the classifier removed between two of its kept lines: they come back into
 * the body. A listing is code, kept as one: a JSON example's `"@context": …`
 * line looks like leaked JSON-LD (corpus ietf-1), a SQL comment with a
 * timestamp like a date line (corpus toc-missing), and cutting them out
 * printed code that is not on the page. Removed lines at a listing's edges
 * stay removed (a "Copy" button over the code, corpus dropbox-blog), as does
 * a listing every line of which was removed; the title is never taken back.
 *
 * @param listings Per block, 1 for a line of a listing.
 * @param decisions The decisions, changed in place for the lines taken back.
 * @param titleIndex The headline block, or -1.
 */
export function keepListingsWhole(listings: Uint8Array, decisions: Decisions, titleIndex: number): void {
  for (let start = 0; start < listings.length; ) {
    if (listings[start] !== 1) {
      start++
      continue
    }
    let firstKept = -1
    let lastKept = -1
    let end = start
    for (; end < listings.length && listings[end] === 1; end++) {
      if (decisions[end] !== null) continue
      if (firstKept < 0) firstKept = end
      lastKept = end
    }
    for (let i = firstKept + 1; i < lastKept; i++) if (i !== titleIndex) decisions[i] = null
    start = end
  }
}

/**
 * Stage 12, whole listings, last of the shared stages: reads the listing
 * marks and the headline; decides kept on a listing's removed lines between
 * two of its kept ones (see `keepListingsWhole`), over any decision but the
 * headline block's.
 */
export const wholeListings = defineStage({
  name: 'whole-listings',
  reads: ['listings', 'titleIndex'],
  writes: ['decisions'],
  decides: {sets: ['kept'], over: ['rule', 'title', 'table-of-contents', 'classifier', 'repeated-across-pages']},
  run({listings, decisions, titleIndex}) {
    keepListingsWhole(listings, decisions, titleIndex)
  }
})
