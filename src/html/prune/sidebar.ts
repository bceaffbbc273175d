import {hasWord, type PruneRule} from './rule.js'

const WORDS = new Set(['sidebar', 'sidebars', 'rail', 'siderail', 'widget', 'widgets', 'aside'])
const MAX_CHARS = 3000

/**
 * Sidebars and rails beside the article: `<aside>`, `role="complementary"`
 * or `class`/`id` words. Short ones only: a long `<aside>` inside a story is
 * often a box that belongs to it.
 */
export const sidebar: PruneRule = {
  name: 'sidebar',
  reason: 'related-links',
  matches: 'A sidebar or rail: `<aside>`, `role="complementary"` or `class`/`id` words (`sidebar`, `rail`, `widget`), up to 3,000 characters.',
  test(element, context) {
    if (context.stats.chars > MAX_CHARS) return false
    return element.tagName === 'aside' || context.role === 'complementary' || hasWord(context, WORDS)
  }
}
