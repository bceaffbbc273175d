/**
 * Training of the page-type model (src/decide/classify/page-type/model.ts): feature
 * selection and a multinomial logistic regression fitted by full-batch Adam.
 * Everything runs in a fixed order from zero weights, so the same examples
 * give the same model, byte for byte: there is no random draw to seed.
 */
import type {PageFeatures} from '../src/decide/classify/page-type/features.js'
import type {PageTypeModel} from '../src/decide/classify/page-type/model.js'
import type {PageType} from '../src/types.js'

export interface Example {
  features: PageFeatures
  kind: PageType
  /** The page's registrable domain: a word counts only when pages of several sites have it. */
  domain: string
}

export interface TrainSettings {
  /** Words (non-`n:` features) kept, at most. */
  vocabulary: number
  /** A word is kept only when pages of at least this many domains have it. */
  minDomains: number
  /** L2 penalty on the standardised weights. */
  l2: number
  iterations: number
  learningRate: number
  articleMargin: number
  kindMargins?: Partial<Record<PageType, number>>
}

export const DEFAULT_TRAINING: Readonly<TrainSettings> = Object.freeze({
  vocabulary: 1500,
  minDomains: 4,
  l2: 0.05,
  iterations: 300,
  learningRate: 0.05,
  articleMargin: 0
})

/** Measures are always kept; words are ranked by how unevenly the kinds have them (chi-square, best kind). */
export function selectFeatures(examples: readonly Example[], kinds: readonly PageType[], settings: Pick<TrainSettings, 'vocabulary' | 'minDomains'>): string[] {
  const measures = new Set<string>()
  const perKind = new Map<string, number[]>()
  const domains = new Map<string, Set<string>>()
  const kindTotals = kinds.map((kind) => examples.filter((e) => e.kind === kind).length)
  for (const example of examples) {
    const k = kinds.indexOf(example.kind)
    for (const name of example.features.keys()) {
      if (name.startsWith('n:')) {
        measures.add(name)
        continue
      }
      let counts = perKind.get(name)
      if (counts === undefined) {
        counts = kinds.map(() => 0)
        perKind.set(name, counts)
        domains.set(name, new Set())
      }
      counts[k] = (counts[k] as number) + 1
      domains.get(name)?.add(example.domain)
    }
  }
  const n = examples.length
  const ranked: [string, number][] = []
  for (const [name, counts] of perKind) {
    if ((domains.get(name)?.size ?? 0) < settings.minDomains) continue
    const has = counts.reduce((a, b) => a + b, 0)
    let best = 0
    counts.forEach((a, k) => {
      // The 2×2 table of (has the word, is of kind k).
      const inKind = kindTotals[k] as number
      const b = has - a
      const c = inKind - a
      const d = n - has - c
      const denominator = (a + b) * (c + d) * (a + c) * (b + d)
      const chi = denominator === 0 ? 0 : (n * (a * d - b * c) ** 2) / denominator
      if (chi > best) best = chi
    })
    ranked.push([name, best])
  }
  ranked.sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
  return [...[...measures].sort(), ...ranked.slice(0, settings.vocabulary).map(([name]) => name)]
}

/** Rounded to 4 significant digits: the file stays small and the same on every machine. */
function round(x: number): number {
  return x === 0 ? 0 : Number(x.toPrecision(4))
}

/**
 * Fit the model on the examples over the given features. Features are
 * standardised (centred and scaled by their spread) for the fit, then the
 * scaling is folded back into the weights and biases.
 */
export function trainModel(examples: readonly Example[], kinds: readonly PageType[], names: readonly string[], settings: Readonly<TrainSettings>): PageTypeModel {
  const K = kinds.length
  const D = names.length
  const N = examples.length
  const column = new Map(names.map((name, i) => [name, i]))
  // Each example as sparse (column, value) pairs, in column order.
  const rows = examples.map((example) => {
    const cols: number[] = []
    for (const [name, value] of example.features) {
      const c = column.get(name)
      if (c !== undefined && value !== 0) cols.push(c)
    }
    cols.sort((a, b) => a - b)
    return {cols, values: cols.map((c) => example.features.get(names[c] as string) as number), kind: kinds.indexOf(example.kind)}
  })
  const mean = new Float64Array(D)
  const square = new Float64Array(D)
  for (const row of rows) {
    row.cols.forEach((c, j) => {
      const v = row.values[j] as number
      mean[c] = (mean[c] as number) + v / N
      square[c] = (square[c] as number) + (v * v) / N
    })
  }
  const scale = new Float64Array(D)
  for (let f = 0; f < D; f++) scale[f] = Math.sqrt(Math.max((square[f] as number) - (mean[f] as number) ** 2, 0)) || 1
  // Standardised weights w[k][f] and biases b[k], with Adam's moments.
  const w = Array.from({length: K}, () => new Float64Array(D))
  const b = new Float64Array(K)
  const mw = Array.from({length: K}, () => new Float64Array(D))
  const vw = Array.from({length: K}, () => new Float64Array(D))
  const mb = new Float64Array(K)
  const vb = new Float64Array(K)
  const beta1 = 0.9
  const beta2 = 0.999
  const scores = new Float64Array(K)
  for (let step = 1; step <= settings.iterations; step++) {
    // The centring as a constant per kind: sum over f of w[k][f] * mean[f] / scale[f].
    const offset = new Float64Array(K)
    for (let k = 0; k < K; k++) {
      const wk = w[k] as Float64Array
      let sum = 0
      for (let f = 0; f < D; f++) sum += ((wk[f] as number) * (mean[f] as number)) / (scale[f] as number)
      offset[k] = sum
    }
    const gw = Array.from({length: K}, () => new Float64Array(D))
    const gb = new Float64Array(K)
    const residualSum = new Float64Array(K)
    for (const row of rows) {
      let top = -Infinity
      for (let k = 0; k < K; k++) {
        const wk = w[k] as Float64Array
        let z = (b[k] as number) - (offset[k] as number)
        row.cols.forEach((c, j) => (z += ((wk[c] as number) * (row.values[j] as number)) / (scale[c] as number)))
        scores[k] = z
        if (z > top) top = z
      }
      let total = 0
      for (let k = 0; k < K; k++) total += Math.exp((scores[k] as number) - top)
      for (let k = 0; k < K; k++) {
        const residual = (Math.exp((scores[k] as number) - top) / total - (k === row.kind ? 1 : 0)) / N
        gb[k] = (gb[k] as number) + residual
        residualSum[k] = (residualSum[k] as number) + residual
        const gk = gw[k] as Float64Array
        row.cols.forEach((c, j) => (gk[c] = (gk[c] as number) + (residual * (row.values[j] as number)) / (scale[c] as number)))
      }
    }
    const rate = (settings.learningRate * Math.sqrt(1 - beta2 ** step)) / (1 - beta1 ** step)
    for (let k = 0; k < K; k++) {
      const wk = w[k] as Float64Array
      const gk = gw[k] as Float64Array
      const mk = mw[k] as Float64Array
      const vk = vw[k] as Float64Array
      for (let f = 0; f < D; f++) {
        const g = (gk[f] as number) - ((residualSum[k] as number) * (mean[f] as number)) / (scale[f] as number) + settings.l2 * (wk[f] as number)
        mk[f] = beta1 * (mk[f] as number) + (1 - beta1) * g
        vk[f] = beta2 * (vk[f] as number) + (1 - beta2) * g * g
        wk[f] = (wk[f] as number) - (rate * (mk[f] as number)) / (Math.sqrt(vk[f] as number) + 1e-8)
      }
      const g = gb[k] as number
      mb[k] = beta1 * (mb[k] as number) + (1 - beta1) * g
      vb[k] = beta2 * (vb[k] as number) + (1 - beta2) * g * g
      b[k] = (b[k] as number) - (rate * (mb[k] as number)) / (Math.sqrt(vb[k] as number) + 1e-8)
    }
  }
  // Fold the standardisation into raw-feature weights and biases.
  const weights = w.map((wk) => Array.from(wk, (x, f) => round(x / (scale[f] as number))))
  const bias = Array.from(b, (x, k) => {
    const wk = w[k] as Float64Array
    let sum = x
    for (let f = 0; f < D; f++) sum -= ((wk[f] as number) * (mean[f] as number)) / (scale[f] as number)
    return round(sum)
  })
  return {kinds: [...kinds], features: [...names], weights, bias, articleMargin: settings.articleMargin, ...(settings.kindMargins ? {kindMargins: settings.kindMargins} : {})}
}

/** Select the features on the examples, then fit: what `npm run train` does per fold and for the shipped model. */
export function learnPageType(examples: readonly Example[], kinds: readonly PageType[], settings: Readonly<TrainSettings> = DEFAULT_TRAINING): PageTypeModel {
  return trainModel(examples, kinds, selectFeatures(examples, kinds, settings), settings)
}
