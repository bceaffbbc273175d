import type {Element} from 'hast'
import {textOf} from '../hast.js'
import {hasWord, type PruneRule} from './prune-rule.js'

/** `class`/`id` words of a storefront's recommendation rows: up-sells, cross-sells, "recently viewed", "similar". */
const WORDS = new Set(['upsell', 'upsells', 'crosssell', 'crosssells', 'similar', 'recently', 'recommended', 'recommendations', 'recommendation', 'recs', 'complementary'])

/**
 * What the heading of a recommendation row says, lower-cased, in the
 * languages of the stores seen (English, French, German, Spanish).
 */
const HEADING_PHRASES = [
  'also bought', 'also viewed', 'also like', 'also love', 'also purchased', 'also enjoy', 'might like', 'may like',
  'similar items', 'similar products', 'related products', 'related items', 'recently viewed', 'frequently bought',
  'complete the look', 'complete the set', 'complete your', 'pairs well', 'goes well with', 'recommended for you',
  'more from this', 'other items', 'more to explore', 'explore more', 'shop the look', 'you may also',
  'vous aimerez', 'vont bien ensemble', 'produits similaires', 'articles similaires',
  'das könnte', 'ähnliche artikel', 'ähnliche produkte', 'también te', 'productos relacionados'
]

/** Links a recommendation row has at least: one per product card. */
const MIN_LINKS = 3
/** Levels below the element its heading may sit: generated storefront markup wraps a row's title in eight or more boxes. */
const MAX_HEADING_DEPTH = 12
/** A heading longer than this is a product's own line, not a row's title. */
const MAX_HEADING_CHARS = 80
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

/** The element's leading heading: the first thing in it when that is a heading, else null. */
function leadingHeading(element: Element): string | null {
  let current = element
  for (let depth = 0; depth < MAX_HEADING_DEPTH; depth++) {
    let first: Element | null = null
    for (const child of current.children) {
      if (child.type === 'text') {
        if (child.value.trim() !== '') return null
        continue
      }
      if (child.type !== 'element' || child.children.length === 0) continue
      first = child
      break
    }
    if (first === null) return null
    if (HEADING_TAGS.has(first.tagName)) return textOf(first)
    current = first
  }
  return null
}

/** Whether a heading's text names a row of other products. */
export function namesRecommendations(heading: string): boolean {
  const text = heading.trim().toLowerCase()
  return text.length <= MAX_HEADING_CHARS && HEADING_PHRASES.some((phrase) => text.includes(phrase))
}

/**
 * "Customers also bought", "You may also like", "Similar items": the rows
 * of other products a storefront puts under the product, each card a name,
 * a price and a rating. WCXB's product references leave them out (ebay's
 * "People who viewed this item also viewed", ifixit's and etsy's rows), and
 * their cards' prices and names cost a product page more words than its
 * description holds. Found by the row's `class`/`id` words or its leading
 * heading, and only with a few links in it (a product's own "similar to"
 * sentence has none). Only on product pages (see `productPruneRules`).
 */
export const shoppingRecommendations: PruneRule = {
  name: 'shopping-recommendations',
  reason: 'related-links',
  matches: 'On a product page, a row of other products: an element with at least three links whose `class`/`id` words name up-sells, cross-sells or similar items, or whose leading heading does ("Customers also bought", "You may also like").',
  test(element, context) {
    if (context.stats.links < MIN_LINKS) return false
    if (hasWord(context, WORDS)) return true
    const heading = leadingHeading(element)
    return heading !== null && namesRecommendations(heading)
  }
}
