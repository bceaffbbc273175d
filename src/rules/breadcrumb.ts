import {isLabelLike} from '../util/patterns.js'
import type {Rule} from './rule.js'

// A trail of short items between separators: "Home › News › World".
const SEPARATOR = /\s(?:›|»|>|\/|\||→|·|•|::)\s/gu
const MAX_ITEM_WORDS = 5
const MAX_TRAIL_WORDS = 24
const SKIP_LINK = /^(?:skip to (?:main )?(?:content|navigation|search|footer)|jump to (?:navigation|content|search)|toggle navigation|main menu|open menu|close menu|menu|navigation|search|you are here:.{0,200})$/iu

/**
 * Breadcrumb trails and skip links: "Home › News › World", "Skip to content".
 * Why: navigation, rendered as text. The near miss it keeps: a sentence with
 * a slash ("The 24/7 service / hotline opened on Monday.").
 */
export const breadcrumb: Rule = {
  name: 'breadcrumb',
  reason: 'navigation',
  matches: 'A breadcrumb trail of short items between separators ("Home › News › World"), or a skip link ("Skip to content", "Toggle navigation").',
  test(block) {
    const {text, measures} = block
    if (measures.words > MAX_TRAIL_WORDS) return undefined
    if (SKIP_LINK.test(text)) return {}
    if (measures.endsSentence) return undefined
    const items = text.split(SEPARATOR)
    if (items.length < 3) return undefined
    return items.every((item) => item.length > 0 && isLabelLike(item, MAX_ITEM_WORDS)) ? {} : undefined
  }
}
