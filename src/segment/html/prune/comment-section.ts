import {hasWord, type PruneRule} from './prune-rule.js'

const WORDS = new Set(['comment', 'comments', 'commentlist', 'disqus', 'respond', 'replies', 'reply', 'discussion', 'talkback'])

/**
 * The readers' comment section and its form (`id="comments"`, `class="comment-list"`,
 * Disqus's thread, WordPress's `respond`). Comments are not the article; the
 * `comments` option keeps them after it instead.
 */
export const commentSection: PruneRule = {
  name: 'comment-section',
  reason: 'comment-widget',
  matches: 'A comment section, thread or form, by its `class`/`id` words (`comments`, `comment-list`, `disqus`, `respond`, `replies`, `discussion`).',
  test(_element, context) {
    return hasWord(context, WORDS)
  }
}
