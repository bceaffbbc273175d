import type {PageType} from '../../../types.js'
import {indexWords, type WordIndex} from '../../../util/word-index.js'
import type {PageEvidence} from './features.js'

/**
 * A multinomial logistic regression over named features, as
 * `npm run train` writes it (scripts/train-page-type.ts). The scaling and
 * centring of training are folded into the weights and biases, so a page's
 * score is its bias plus the weights of the features it has: a feature the
 * page lacks costs nothing.
 */
export interface PageTypeModel {
  /** The kinds scored, in the order of `bias` and of each row of `weights`. */
  kinds: PageType[]
  /** The feature names (see PageFeatures), in the order of each row of `weights`. */
  features: string[]
  /** One row per kind: the weight of each feature. */
  weights: number[][]
  /** One per kind. */
  bias: number[]
  /**
   * How much more another kind must score than 'article' to be taken: an
   * article cleaned as a listing or a forum loses more than a listing cleaned
   * as an article, so a close call goes to 'article'.
   */
  articleMargin: number
  /** A larger margin for the kinds whose cleaning costs an article most when it is wrong. */
  kindMargins?: Partial<Record<PageType, number>>
}

/** The models the package ships: one for HTML pages, one for text dumps. */
export interface PageTypeModels {
  html: PageTypeModel
  text: PageTypeModel
}

interface Columns {
  /** Each feature's column by name. */
  named: Map<string, number>
  /** Each `w:` feature's column by its word. */
  words: Map<string, number>
  /** The same words, to be found where they stand in a text. */
  index: WordIndex
}

/** Each feature's column, built once per model. */
const COLUMNS = new WeakMap<PageTypeModel, Columns>()

function columns(model: PageTypeModel): Columns {
  let found = COLUMNS.get(model)
  if (found === undefined) {
    const named = new Map<string, number>()
    const words = new Map<string, number>()
    for (const [i, name] of model.features.entries()) {
      if (name.startsWith('w:')) words.set(name.slice(2), i)
      else named.set(name, i)
    }
    found = {named, words, index: indexWords(words.keys())}
    COLUMNS.set(model, found)
  }
  return found
}

/** The words the model weighs (its `w:` features, unprefixed): a page's other words add nothing to a score. */
export function modelWords(model: PageTypeModel): WordIndex {
  return columns(model).index
}

/** Each kind's score (log-odds up to a constant), in the model's order of kinds. */
export function scorePage(model: PageTypeModel, evidence: PageEvidence): number[] {
  const scores = [...model.bias]
  const {named, words} = columns(model)
  const addColumn = (column: number | undefined, value: number): void => {
    if (column === undefined || value === 0) return
    for (let k = 0; k < scores.length; k++) scores[k] = (scores[k] as number) + ((model.weights[k] as number[])[column] as number) * value
  }
  for (const [name, value] of evidence.features) addColumn(named.get(name), value)
  for (const word of evidence.words) addColumn(words.get(word), 1)
  return scores
}

/** The kind with the highest score; 'article' unless another beats it by that kind's margin. */
export function pickPageType(model: PageTypeModel, scores: readonly number[]): PageType {
  let best = -1
  for (let k = 0; k < scores.length; k++) if (best < 0 || (scores[k] as number) > (scores[best] as number)) best = k
  const article = model.kinds.indexOf('article')
  if (best < 0) return 'article'
  if (article >= 0 && best !== article && (scores[best] as number) - (scores[article] as number) < (model.kindMargins?.[model.kinds[best] as PageType] ?? model.articleMargin)) return 'article'
  return model.kinds[best] ?? 'article'
}
