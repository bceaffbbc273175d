import type {Block} from '../../segment/block.js'
import type {PageType} from '../../types.js'
import type {Decisions} from '../classify/classify-blocks.js'
import {decisionKind} from '../stage.js'
import {blockFeatures, type BlockMarkupContext} from '../score/block-features.js'
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
  observe?: ((blocks: readonly Block[], decisions: Decisions, pageType: PageType, markup: readonly BlockMarkupContext[] | undefined) => void) | undefined
}

/** The models `npm run train:blocks` wrote (`html: null` until one is trained). */
const SHIPPED: BlockScoring = {model: (MODELS as {html: BlockModel | null}).html}

/**
 * Stage (HTML only), after every rule stage of the HTML path: reads the
 * blocks, the decisions so far, the kind of page and (asked for only when
 * it scores) each block's markup context; on the kinds its model
 * is gated to, sets `low-score` (with the score) over a kept block the model
 * scores below the kind's `drop`, and `null` over a `classifier` removal it
 * scores above `keep`. A rule's removal and the title are never changed:
 * where a rule names a kind of furniture it says more than a score.
 *
 * It runs last because it learned from the decisions as they stand here
 * (the rules' verdicts are among its features), and on HTML only: a dump's
 * lines lack the markup's evidence it weighs.
 */
export function scoreBlocks(
  blocks: readonly Block[],
  decisions: Decisions,
  pageType: PageType,
  markup: (() => readonly BlockMarkupContext[]) | undefined,
  scoring: BlockScoring = SHIPPED
): Decisions {
  scoring.observe?.(blocks, decisions, pageType, markup?.())
  const gate = scoring.model?.gates[pageType]
  if (scoring.model === null || gate === undefined || blocks.length === 0) return decisions
  const {model} = scoring
  const rows = blockFeatures(blocks, decisions, pageType, markup?.())
  const scores = blocks.map((_, i) => blockScore(model, rows[i] as Float64Array))
  const kinds = decisions.map(decisionKind)
  const kept = blocks.map((block, i) => (kinds[i] === 'kept' ? block.measures.words : 0))
  const drops = kept.map((words, i) => words > 0 && gate.drop !== null && (scores[i] as number) < gate.drop)
  const dropping = mayDrop(kept, drops)
  return decisions.map((tag, i) => {
    const score = scores[i] as number
    if (dropping && drops[i] === true) return {reason: 'low-score', rule: BLOCK_SCORER_RULE, start: i, score}
    if (kinds[i] === 'classifier' && gate.keep !== null && score > gate.keep) return null
    return tag
  })
}

/**
 * The scorer trims a body, it does not overrule it: when its removals would
 * take more than this share of the kept words, the page is not one it
 * learned from (an equation page guessed to be a forum lost its every line),
 * and it removes nothing.
 */
export const MAX_DROPPED_WORD_SHARE = 0.5

/** Whether the scorer's removals (`drops`, per block) leave enough of the kept words (`kept`, per block). */
export function mayDrop(kept: readonly number[], drops: readonly boolean[]): boolean {
  let total = 0
  let dropped = 0
  kept.forEach((words, i) => {
    total += words
    if (drops[i] === true) dropped += words
  })
  return dropped <= total * MAX_DROPPED_WORD_SHARE
}
