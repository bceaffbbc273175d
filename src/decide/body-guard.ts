import type {Block} from '../segment/block.js'
import type {Decided} from './decide-blocks.js'

/** What the decision stages concluded, and whether the body guard overruled the learned lines. */
export interface GuardedDecision {
  decided: Decided
  /** True when the learned lines were kept because they would have left no body at all. */
  guarded: boolean
}

/**
 * The body guard for lines learned as a site's furniture (`createCleaner().learn`):
 * they go, unless that leaves no body at all. A page whose every line recurs
 * across the site is a duplicate, not furniture, and its text must not be
 * lost; then the page is decided again without the learned lines.
 *
 * @param blocks The page's blocks.
 * @param decide The path's decision stages, given the learned-line test or none.
 * @param isRepeated Whether a block is a learned line; `undefined` when nothing was learned for the site.
 */
export function decideWithGuard(
  blocks: readonly Block[],
  decide: (isRepeated?: (block: Block) => boolean) => Decided,
  isRepeated: ((block: Block) => boolean) | undefined
): GuardedDecision {
  const decided = decide(isRepeated)
  if (isRepeated === undefined || blocks.length === 0 || decided.decisions.includes(null)) return {decided, guarded: false}
  const unaided = decide()
  return unaided.decisions.includes(null) ? {decided: unaided, guarded: true} : {decided, guarded: false}
}
