import type {PageType} from '../../types.js'
import {BLOCK_FEATURES} from './block-features.js'

/**
 * Where the block scorer decides on a kind of page, and how sure it must be:
 * a kept block scoring below `drop` is removed (`low-score`), a block the
 * classifier removed scoring above `keep` comes back. `null` leaves that
 * side to the rules.
 */
export interface BlockGate {
  drop: number | null
  keep: number | null
}

/**
 * A logistic regression over `BLOCK_FEATURES` that gives the chance a block
 * is main content, as `npm run train:blocks` writes it
 * (scripts/train-block-scorer.ts), with the kinds of page it decides on.
 */
export interface BlockModel {
  /** Feature names, in the order of `weights`. */
  features: string[]
  weights: number[]
  bias: number
  /** The kinds the scorer decides on; any other kind is left to the rules (it did not help there out of fold). */
  gates: Partial<Record<PageType, BlockGate>>
}

/** Each model's weights in the order of BLOCK_FEATURES, built once per model. */
const ALIGNED = new WeakMap<BlockModel, Float64Array>()

function aligned(model: BlockModel): Float64Array {
  let weights = ALIGNED.get(model)
  if (weights === undefined) {
    const column = new Map(BLOCK_FEATURES.map((name, i) => [name, i]))
    weights = new Float64Array(BLOCK_FEATURES.length)
    for (const [i, name] of model.features.entries()) {
      const c = column.get(name)
      // A feature the code no longer computes weighs nothing.
      if (c !== undefined) weights[c] = model.weights[i] ?? 0
    }
    ALIGNED.set(model, weights)
  }
  return weights
}

/** The chance (0–1) that the block of this row of features is main content. */
export function blockScore(model: BlockModel, row: Float64Array): number {
  const weights = aligned(model)
  let z = model.bias
  for (let c = 0; c < row.length; c++) z += (weights[c] as number) * (row[c] as number)
  return 1 / (1 + Math.exp(-z))
}
