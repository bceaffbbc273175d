import {attribute, textOf} from '../hast.js'
import type {PruneRule} from './rule.js'

/**
 * The marks documentation generators put after a heading as its permalink:
 * `¶` (Sphinx, MkDocs), `§` (rustdoc), `#` (Docusaurus, Hugo and many blog
 * themes), a link or anchor emoji, `∞`.
 */
const MARKS: ReadonlySet<string> = new Set(['¶', '§', '#', '🔗', '⚓', '∞'])
// Zero-width characters some generators wrap the mark in (Docusaurus's hash link is a zero-width space alone).
const INVISIBLE_CHARS = /[\u200B-\u200D\u2060\uFEFF]/g

/**
 * A heading's permalink: a link to an anchor on the same page whose text is
 * only a mark. It is a control, not a word of the page, and glued to the
 * heading it ends the heading's line with a `¶` that no reader wrote
 * (WCXB dev, documentation: 16 of 89 pages printed them). A link to an
 * anchor with words in it (a table of contents entry, mdBook's heading
 * that is its own link, "back to top") is not one.
 */
export const permalinkMark: PruneRule = {
  name: 'permalink-mark',
  reason: 'navigation',
  matches: 'A link to an anchor of the same page whose text is only a permalink mark (`¶`, `§`, `#`, a link emoji).',
  test(element, context) {
    if (element.tagName !== 'a' || context.stats.chars > 4) return false
    const href = attribute(element, 'href')
    return href !== null && href.startsWith('#') && MARKS.has(textOf(element).replace(INVISIBLE_CHARS, '').trim())
  }
}
