import {CODE_LIKE, isLabelLike} from '../../util/patterns.js'
import type {Rule} from './line-rule.js'

// A trail of short items between separators: "Home › News › World".
const SEPARATOR_SOURCE = String.raw`\s(?:›|»|>|\/|\||→|·|•|::)\s`
const SEPARATOR = new RegExp(SEPARATOR_SOURCE, 'gu')
/**
 * SEPARATOR, one of which a trail must hold (three items need two): tested
 * before the line is split, since most lines hold none and a split builds
 * an array for each. Made from the same source, so the two cannot drift.
 */
const HAS_SEPARATOR = new RegExp(SEPARATOR_SOURCE, 'u')
const MAX_ITEM_WORDS = 5
const MAX_TRAIL_WORDS = 24
/** A crumb in a script without spaces is one run of characters: "きょうのイソップ童話". */
const MAX_UNSPACED_CRUMB_CHARS = 12

function isCrumb(item: string): boolean {
  if (item.length === 0) return false
  return isLabelLike(item, MAX_ITEM_WORDS) || (!item.includes(' ') && item.length <= MAX_UNSPACED_CRUMB_CHARS && isLabelLike(item, Infinity))
}

const SKIP_LINK = /^(?:skip to (?:main )?(?:content|navigation|search|footer)|jump to (?:navigation|content|search)|toggle navigation|main menu|open menu|close menu|menu|navigation|search|you are here:.{0,200})$/iu

/**
 * Breadcrumb trails and skip links: "Home › News › World", "Skip to content".
 * Why: navigation, rendered as text. The near miss it keeps: a sentence with
 * a slash ("The 24/7 service / hotline opened on Monday."), and code or a
 * formula whose terms stand between ">" or "/" ("entries > 10 AND zscore > 3").
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
    if (!HAS_SEPARATOR.test(text)) return undefined
    const items = text.split(SEPARATOR)
    if (items.length < 3) return undefined
    // Terms of a comparison are mostly numbers; a trail has at most a year or an issue among names.
    if (CODE_LIKE.test(text) || items.filter((item) => /^\d/u.test(item)).length * 2 > items.length) return undefined
    return items.every(isCrumb) ? {} : undefined
  }
}
