import type {Root} from 'hast'
import type {Block} from '../../segment/block.js'
import type {MarkupHints} from '../../extract/markup/collect-markup.js'
import type {PageType} from '../../types.js'
import {htmlPageFeatures, textPageFeatures} from './page-type/features.js'
import {modelWords, pickPageType, scorePage, type PageTypeModels} from './page-type/model.js'
import MODELS from './page-type/models.json' with {type: 'json'}

/** Every kind of page, in the order the README's table lists them. */
export const PAGE_TYPES: readonly PageType[] = Object.freeze(['article', 'forum', 'product', 'collection', 'listing', 'documentation', 'service'])

const KNOWN = new Set<string>(PAGE_TYPES)

/** Whether a value names a kind of page. */
export function isPageType(value: unknown): value is PageType {
  return typeof value === 'string' && KNOWN.has(value)
}

/** The models `npm run train` wrote (scripts/train-page-type.ts): learned on WCXB's development split. */
const SHIPPED = MODELS as PageTypeModels

/**
 * The kind of an HTML page, from what its markup states before anything is
 * pruned (the decision changes what pruning keeps): its schema.org and
 * OpenGraph types, class words, visible words and the shape of its tree.
 */
export function guessHtmlPageType(tree: Root, hints: MarkupHints, url: string | null): PageType {
  return pickPageType(SHIPPED.html, scorePage(SHIPPED.html, htmlPageFeatures(tree, hints, url)))
}

/** The kind of a text dump's page, from its lines and their words. */
export function guessTextPageType(blocks: readonly Block[], url: string | null): PageType {
  return pickPageType(SHIPPED.text, scorePage(SHIPPED.text, textPageFeatures(blocks, url, modelWords(SHIPPED.text))))
}
