import {isLabelBlock} from '../../util/patterns.js'
import type {Rule} from './line-rule.js'

const MAX_PROMO_WORDS = 8

/**
 * Site promos and section headers: a lone short line above the headline
 * ("Q13 FOX Season of Giving", "Politics", "Opinion"). Above the title nothing
 * is the article yet, and a line that stands alone is a banner, not a menu
 * (runs of such lines are `menu-run`'s). The near miss it keeps: the title
 * itself, and any short line once the article has begun.
 */
export const headerPromo: Rule = {
  name: 'header-promo',
  reason: 'promo',
  matches: 'A lone short line (up to eight words, not a sentence) above the headline: a site promo, a banner or a section label.',
  positional: true,
  test(block, context) {
    const limit = context.titleIndex >= 0 ? context.titleIndex : context.bodyStart
    if (block.index >= limit || !block.blankBefore || !block.blankAfter) return undefined
    return isLabelBlock(block, MAX_PROMO_WORDS) ? {} : undefined
  }
}
