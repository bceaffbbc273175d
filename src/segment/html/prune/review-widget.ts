import type {Element} from 'hast'
import {walk} from '../hast.js'
import {hasWord, type PruneRule} from './prune-rule.js'

/**
 * `class`/`id` words of a product's reviews: the section, its list and its
 * summary, and the embedded review services that storefronts load (each
 * names its widget after itself, as an ad network does).
 */
const WORDS = new Set([
  'review', 'reviews', 'ugc', 'testimonial', 'testimonials',
  'yotpo', 'okendo', 'judgeme', 'jdgm', 'stamped', 'trustpilot', 'bazaarvoice', 'powerreviews', 'reevoo', 'feefo', 'loox', 'junip'
])

/** Whether the element holds the page's `<h1>`: a column named after its review stars that holds the product's name is the product's. */
function holdsHeadline(element: Element): boolean {
  let found = false
  walk(element, (node) => {
    if (found || node.type !== 'element') return false
    if (node.tagName === 'h1') found = true
    return !found
  })
  return found
}

/**
 * Customer reviews on a product page: "Verified buyer", star counts, "Was
 * this helpful? Yes (3)", "Report", each review a paragraph of its own that
 * outweighs the product's description in any text score. WCXB's product
 * references leave them out on 90 of 92 pages (zalando, sephora, gymshark,
 * mvmt and others print them under the description). Only on product pages
 * (see `productPruneRules`): on an article a "review" box is the article's
 * own (a film review, an editor's verdict), and on a forum a post is content.
 * A box that holds the `<h1>` is the product's own (etsy's `wider-review-col`
 * is the column of the name, the price and the description).
 */
export const reviewWidget: PruneRule = {
  name: 'review-widget',
  reason: 'comment-widget',
  matches: 'On a product page, the customer reviews: an element whose `class`/`id` words name reviews or a review service (`reviews`, `yotpo`, `okendo`, `trustpilot`).',
  test(element, context) {
    return hasWord(context, WORDS) && !holdsHeadline(element)
  }
}
