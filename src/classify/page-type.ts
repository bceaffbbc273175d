import type {Block} from '../blocks/block.js'
import type {MarkupHints} from '../html/metadata/collect.js'
import type {PageType} from '../types.js'

/** Every kind of page, in the order the README's table lists them. */
export const PAGE_TYPES: readonly PageType[] = Object.freeze(['article', 'forum', 'product', 'collection', 'listing', 'documentation', 'service'])

const KNOWN = new Set<string>(PAGE_TYPES)

/** Whether a value names a kind of page. */
export function isPageType(value: unknown): value is PageType {
  return typeof value === 'string' && KNOWN.has(value)
}

/**
 * The kind of an HTML page, from what its markup states before anything is
 * pruned (the decision changes what pruning keeps).
 */
export function guessHtmlPageType(_hints: MarkupHints, _url: string | null): PageType {
  return 'article'
}

/** The kind of a text dump's page, from its lines. */
export function guessTextPageType(_blocks: readonly Block[], _url: string | null): PageType {
  return 'article'
}
