import {hasWord, linkShare, type PruneRule} from './prune-rule.js'

const WORDS = new Set([
  'related', 'relatedposts', 'recommended', 'recommendation', 'recommendations', 'recirculation', 'recirc', 'outbrain', 'taboola',
  'trending', 'popular', 'mostread', 'mostpopular', 'morestories', 'readmore', 'upnext', 'also'
])
const MAX_CHARS_UNLINKED = 1500

/**
 * Related, recommended and "most read" blocks: teasers of other stories. By
 * their `class`/`id` words; a long block with little link text is left alone
 * (a story's own "related" paragraph, an explainer box).
 */
export const relatedContent: PruneRule = {
  name: 'related-content',
  reason: 'related-links',
  matches: 'A related, recommended, trending or "most read" block, by its `class`/`id` words, when it is mostly links or under 1,500 characters.',
  test(_element, context) {
    if (!hasWord(context, WORDS)) return false
    return context.stats.chars <= MAX_CHARS_UNLINKED || linkShare(context) > 0.3
  }
}
