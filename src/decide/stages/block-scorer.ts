import type {Block} from '../../segment/block.js'
import type {PageType} from '../../types.js'
import type {Decisions} from '../classify/classify-blocks.js'
import {decisionKind} from '../stage.js'
import {blockFeatures} from '../score/block-features.js'
import {blockScore, type BlockModel} from '../score/block-model.js'
import MODELS from '../score/block-models.json' with {type: 'json'}

/** The rule name of the scorer's removals; their reason is `low-score`. */
export const BLOCK_SCORER_RULE = 'block-scorer'

/**
 * Which block model the HTML path uses, and who sees the blocks it scores.
 * Internal (not an `Options` field): `npm run train:blocks` passes a model
 * learned without the fold it scores, or `null` with `observe` to record the
 * blocks and the decisions before the scorer, which it labels and learns from.
 */
export interface BlockScoring {
  model: BlockModel | null
  observe?: ((blocks: readonly Block[], decisions: Decisions, pageType: PageType) => void) | undefined
}

/** The models `npm run train:blocks` wrote (`html: null` until one is trained). */
const SHIPPED: BlockScoring = {model: (MODELS as {html: BlockModel | null}).html}

/**
 * Stage (HTML only), after every rule stage of the HTML path: reads the
 * blocks, the decisions so far and the kind of page; on the kinds its model
 * is gated to, sets `low-score` (with the score) over a kept block the model
 * scores below the kind's `drop`, and `null` over a `classifier` removal it
 * scores above `keep`. A rule's removal and the title are never changed:
 * where a rule names a kind of furniture it says more than a score.
 *
 * It runs last because it learned from the decisions as they stand here
 * (the rules' verdicts are among its features), and on HTML only: a dump's
 * lines lack the markup's evidence it weighs.
 */
export function scoreBlocks(blocks: readonly Block[], decisions: Decisions, pageType: PageType, scoring: BlockScoring = SHIPPED): Decisions {
  scoring.observe?.(blocks, decisions, pageType)
  const gate = scoring.model?.gates[pageType]
  if (scoring.model === null || gate === undefined || blocks.length === 0) return decisions
  const {model} = scoring
  const rows = blockFeatures(blocks, decisions, pageType)
  return decisions.map((tag, i) => {
    const kind = decisionKind(tag)
    if (kind !== 'kept' && kind !== 'classifier') return tag
    const score = blockScore(model, rows[i] as Float64Array)
    if (kind === 'kept' && gate.drop !== null && score < gate.drop) return {reason: 'low-score', rule: BLOCK_SCORER_RULE, start: i, score}
    if (kind === 'classifier' && gate.keep !== null && score > gate.keep) return null
    return tag
  })
}
