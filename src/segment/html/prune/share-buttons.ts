import {hasWord, type PruneRule} from './prune-rule.js'

const WORDS = new Set(['share', 'shares', 'sharing', 'sharebar', 'social', 'socials', 'addthis', 'sharethis', 'sociable', 'sns'])
const MAX_CHARS = 400

/**
 * Share and social-follow bars: short rows of buttons ("Share", "Tweet",
 * "Email") by their `class`/`id` words. Only short ones: a social-media
 * *story* may well sit in `class="social"`.
 */
export const shareButtons: PruneRule = {
  name: 'share-buttons',
  reason: 'share-bar',
  matches: 'A share or social-follow bar, by its `class`/`id` words (`share`, `sharing`, `social`, `addthis`), up to 400 characters.',
  test(_element, context) {
    return context.stats.chars <= MAX_CHARS && hasWord(context, WORDS)
  }
}
