/**
 * Training of the block scorer's model (src/decide/score/block-model.ts): a
 * binary logistic regression over dense rows, weighted, fitted by
 * full-batch Adam from zero weights on standardised features. No random draw:
 * the same rows give the same model, byte for byte.
 *
 * The page-type learner (page-type-learner.ts) fits a multinomial model over
 * sparse named features, one Map per page; the scorer learns from about a
 * hundred thousand blocks of a few dozen dense features, which that
 * representation would hold a Map per block for.
 */
import type {BlockModel} from '../src/decide/score/block-model.js'

export interface BlockRows {
  /** One row per block, every row the same length (`names`). */
  rows: readonly Float64Array[]
  /** 1 for main content, 0 for boilerplate. */
  labels: readonly number[]
  /** How much each block counts (weights are normalised to sum to 1). */
  weights: readonly number[]
}

export interface BlockTrainSettings {
  l2: number
  iterations: number
  learningRate: number
}

export const BLOCK_TRAINING: Readonly<BlockTrainSettings> = Object.freeze({l2: 0.001, iterations: 200, learningRate: 0.1})

/** Rounded to 4 significant digits: the file stays small and the same on every machine. */
function round(x: number): number {
  return x === 0 ? 0 : Number(x.toPrecision(4))
}

/** Fit the weights and the bias; the standardisation is folded back into them. No gates: the caller chooses them. */
export function learnBlockModel(data: BlockRows, names: readonly string[], settings: Readonly<BlockTrainSettings> = BLOCK_TRAINING): BlockModel {
  const D = names.length
  const {rows, labels} = data
  const total = data.weights.reduce((a, b) => a + b, 0) || 1
  const weightOf = data.weights.map((w) => w / total)
  const mean = new Float64Array(D)
  const square = new Float64Array(D)
  rows.forEach((row, i) => {
    const w = weightOf[i] as number
    for (let f = 0; f < D; f++) {
      const v = row[f] as number
      mean[f] = (mean[f] as number) + w * v
      square[f] = (square[f] as number) + w * v * v
    }
  })
  const scale = new Float64Array(D)
  for (let f = 0; f < D; f++) scale[f] = Math.sqrt(Math.max((square[f] as number) - (mean[f] as number) ** 2, 0)) || 1
  // Standardised rows, once.
  const z = rows.map((row) => Float64Array.from(row, (v, f) => (v - (mean[f] as number)) / (scale[f] as number)))
  const w = new Float64Array(D)
  const m = new Float64Array(D + 1)
  const v = new Float64Array(D + 1)
  let b = 0
  const beta1 = 0.9
  const beta2 = 0.999
  const g = new Float64Array(D + 1)
  for (let step = 1; step <= settings.iterations; step++) {
    g.fill(0)
    z.forEach((row, i) => {
      let s = b
      for (let f = 0; f < D; f++) s += (w[f] as number) * (row[f] as number)
      const residual = (weightOf[i] as number) * (1 / (1 + Math.exp(-s)) - (labels[i] as number))
      for (let f = 0; f < D; f++) g[f] = (g[f] as number) + residual * (row[f] as number)
      g[D] = (g[D] as number) + residual
    })
    for (let f = 0; f < D; f++) g[f] = (g[f] as number) + settings.l2 * (w[f] as number)
    const rate = (settings.learningRate * Math.sqrt(1 - beta2 ** step)) / (1 - beta1 ** step)
    for (let f = 0; f <= D; f++) {
      const gf = g[f] as number
      m[f] = beta1 * (m[f] as number) + (1 - beta1) * gf
      v[f] = beta2 * (v[f] as number) + (1 - beta2) * gf * gf
      const delta = (rate * (m[f] as number)) / (Math.sqrt(v[f] as number) + 1e-8)
      if (f === D) b -= delta
      else w[f] = (w[f] as number) - delta
    }
  }
  let bias = b
  for (let f = 0; f < D; f++) bias -= ((w[f] as number) * (mean[f] as number)) / (scale[f] as number)
  return {features: [...names], weights: Array.from(w, (x, f) => round(x / (scale[f] as number))), bias: round(bias), gates: {}}
}
