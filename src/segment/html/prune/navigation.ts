import {hasWord, linkShare, type PruneRule} from './prune-rule.js'

const ROLES = new Set(['navigation', 'menu', 'menubar', 'tablist'])
const WORDS = new Set(['nav', 'navbar', 'navigation', 'menu', 'menus', 'breadcrumb', 'breadcrumbs', 'pagination', 'pager', 'skip', 'skiplink', 'topbar'])

/**
 * Menus, breadcrumbs, pagers and skip links: `<nav>`, `role="navigation"`,
 * or `class`/`id` words, when the element is mostly links or short (a word
 * like `menu` alone also names a restaurant's menu in a story).
 */
export const navigation: PruneRule = {
  name: 'navigation',
  reason: 'navigation',
  matches: 'A menu, breadcrumb trail, pager or skip link: `<nav>`, `role="navigation"`/`menu`, or `class`/`id` words (`nav`, `menu`, `breadcrumb`, `pagination`) on a short or link-dense element.',
  test(element, context) {
    if (element.tagName === 'nav' || ROLES.has(context.role)) return true
    if (!hasWord(context, WORDS)) return false
    return context.stats.chars < 300 || linkShare(context) > 0.4
  }
}
