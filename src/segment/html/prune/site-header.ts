import {hasWord, type PruneRule} from './prune-rule.js'

const WORDS = new Set(['masthead', 'banner', 'topbar', 'siteheader', 'header'])
const MAX_CHARS = 1500
/** A site header is a container: a table cell or list item classed `header_cell` is not one. */
const CONTAINERS = new Set(['header', 'div', 'section', 'nav', 'aside', 'ul', 'table', 'center'])

/**
 * The site's header (logo, search, menu) above the article: `<header>`,
 * `role="banner"` or `class`/`id` words, outside `<article>`/`<main>` and
 * short. An article's own `<header>` (headline, byline) is inside the article
 * (an `<article>`, `<main>` or a microdata item typed as an article) and is
 * left to the block rules.
 */
export const siteHeader: PruneRule = {
  name: 'site-header',
  reason: 'navigation',
  matches: 'The site header: `<header>`, `role="banner"` or `class`/`id` words (`header`, `masthead`) outside `<article>`/`<main>` and microdata article items, up to 1,500 characters.',
  test(element, context) {
    if (context.insideArticle || context.stats.chars > MAX_CHARS || !CONTAINERS.has(element.tagName)) return false
    return element.tagName === 'header' || context.role === 'banner' || hasWord(context, WORDS)
  }
}
