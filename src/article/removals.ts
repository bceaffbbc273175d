import type {Removal, RemovalReason} from '../types.js'

/** A piece of the page that left the body, as the path that decided it sees it. */
export interface RemovedPiece {
  text: string
  reason: RemovalReason
  rule: string
  /** Pieces next to each other with the same key were removed together (one widget, one pruned subtree). */
  key: string
  /** Where the piece stands in its path's order: the block, or the HTML unit. */
  index: number
  /** The block scorer's score, for its own removals. */
  score?: number | undefined
}

/**
 * One removal per run of pieces removed together, in page order: a `null`
 * (a kept piece) ends the run. Both paths report removals through this, so a
 * widget of several lines is one removal whatever the input was.
 */
export function groupRemovals(pieces: Iterable<RemovedPiece | null>): Removal[] {
  const removed: Removal[] = []
  let open: Removal | null = null
  let openKey = ''
  for (const piece of pieces) {
    if (piece === null) {
      open = null
      continue
    }
    if (open && openKey === piece.key) {
      open.text += `\n${piece.text}`
      continue
    }
    open = {text: piece.text, reason: piece.reason, rule: piece.rule, blockIndex: piece.index, ...(piece.score === undefined ? {} : {score: piece.score})}
    openKey = piece.key
    removed.push(open)
  }
  return removed
}

/** The key under which a block's decision groups (blocks one rule removed from the same start). */
export function decisionKey(start: number, rule: string): string {
  return `d${start}${rule}`
}
