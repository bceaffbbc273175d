import {hasWord, type PruneRule} from './prune-rule.js'

const WORDS = new Set(['footer', 'colophon', 'sitefooter', 'copyright'])
const MAX_CHARS = 3000

/**
 * Page and article footers: `<footer>`, `role="contentinfo"` or `class`/`id`
 * words (copyright, site links, tag lists, "filed under"). An article's
 * `<footer>` holds tags and share buttons, not its text.
 */
export const pageFooter: PruneRule = {
  name: 'page-footer',
  reason: 'footer',
  matches: 'A page or article footer: `<footer>`, `role="contentinfo"` or `class`/`id` words (`footer`, `colophon`, `copyright`), up to 3,000 characters.',
  test(element, context) {
    if (context.stats.chars > MAX_CHARS) return false
    return element.tagName === 'footer' || context.role === 'contentinfo' || hasWord(context, WORDS)
  }
}
