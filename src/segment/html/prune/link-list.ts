import {linkShare, type PruneRule} from './prune-rule.js'

const CONTAINERS = new Set(['ul', 'ol', 'dl', 'div', 'section', 'table', 'aside', 'header', 'footer'])
const MIN_LINKS = 4
const MIN_LINK_SHARE = 0.65

/**
 * Lists and boxes that are mostly links, whatever their class: unnamed menus,
 * tag clouds, "more stories" lists, link farms. Four links or more and two
 * thirds of the text in links; prose is never that link-dense.
 */
export const linkList: PruneRule = {
  name: 'link-list',
  reason: 'related-links',
  matches: 'A list, table or box with at least four links whose text is at least two thirds link text.',
  test(element, context) {
    return CONTAINERS.has(element.tagName) && context.stats.links >= MIN_LINKS && linkShare(context) >= MIN_LINK_SHARE
  }
}
