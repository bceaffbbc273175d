import type {Element} from 'hast'
import type {Container} from '../main-content.js'
import type {PruneRecord} from '../prune/prune-page.js'
import type {PageStats} from '../measure-page.js'
import type {PruneRule} from '../prune/prune-rule.js'
import {reviewWidget} from '../prune/review-widget.js'
import {shoppingRecommendations} from '../prune/shopping-recommendations.js'

/**
 * Product pages: the product's name, price, description and specifications
 * sit in several boxes under one wrapper (a gallery and buy box beside the
 * name, the description and a specifications table in tabs below). The
 * article scorer finds the one box with the most prose (a description, a
 * care label) and loses the rest.
 */

/** The product's name: the page's first `<h1>` outside pruned furniture. */
function productName(body: Element, records: ReadonlyMap<Element, PruneRecord>): Element | null {
  const stack: Element[] = [body]
  while (stack.length > 0) {
    const element = stack.pop() as Element
    if (records.has(element)) continue
    if (element.tagName === 'h1') return element
    for (let i = element.children.length - 1; i >= 0; i--) {
      const child = element.children[i]
      if (child?.type === 'element') stack.push(child)
    }
  }
  return null
}

/**
 * The product's wrapper: the nearest element that holds both the product's
 * name and the article container's best candidate (the description). The
 * body itself is no wrapper (the name and the description are then in
 * unrelated parts of the page). It joins the container, and its furniture
 * still goes by the prune rules and the line rules; the classifier's
 * removals inside it stand (taking them back as for cards gave nothing:
 * 0.466 against 0.467 on WCXB's product pages). A cap on the wrapper's share
 * of the page's text (0.5 or 0.7) took back nearly all of the gain (0.445):
 * on a product page the wrapper is most of the page.
 */
export function productRoot(body: Element, container: Container, page: PageStats, records: ReadonlyMap<Element, PruneRecord>): Element | null {
  const name = productName(body, records)
  if (name === null) return null
  const chain = new Set<Element>()
  for (let up: Element | undefined = name; up !== undefined; up = page.parent.get(up)) chain.add(up)
  for (let up: Element | undefined = container.top; up !== undefined; up = page.parent.get(up)) {
    if (chain.has(up)) return up === body ? null : up
  }
  return null
}

/**
 * The tree rules of a product page: the article's, with the storefront's
 * own furniture (customer reviews, rows of other products) tried after the
 * "related" boxes and before the sidebars that may hold them.
 *
 * @param rules The page's tree rules, in order.
 * @returns The same rules with the product page's inserted.
 */
export function productPruneRules(rules: readonly PruneRule[]): PruneRule[] {
  const at = rules.findIndex((rule) => rule.name === 'sidebar')
  const cut = at < 0 ? rules.length : at
  return [...rules.slice(0, cut), reviewWidget, shoppingRecommendations, ...rules.slice(cut)]
}
