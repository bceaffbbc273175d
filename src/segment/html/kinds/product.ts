import type {Element} from 'hast'
import type {Container} from '../main-content.js'
import type {PruneRecord} from '../prune/prune-page.js'
import type {PageStats} from '../measure-page.js'
import type {PruneRule} from '../prune/prune-rule.js'
import {reviewWidget} from '../prune/review-widget.js'
import {classTokens} from '../hast.js'
import {tickDeadline} from '../../../util/deadline.js'
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

/**
 * `class`/`id` words of the boxes that hold a product's own text apart from
 * its name's box: the description and the specifications, and the tabs or
 * the accordion they sit in ("product-description", "tab-specs",
 * "game_area_description", "accordion").
 */
const SECTION_WORDS: ReadonlySet<string> = new Set(['description', 'descriptions', 'specification', 'specifications', 'specs', 'techspecs', 'tab', 'tabs', 'accordion'])
/** A box with fewer visible characters is a tab's label, not its panel (30 and 200 gave the same figures). */
const MIN_SECTION_CHARS = 80
/** A box mostly of links is a list of other products or of categories (0.3 and 0.7 gave the same figures). */
const MAX_SECTION_LINK_SHARE = 0.5

/** Whether one of an element's class and id words names a description or specifications box. */
function namesSection(tokens: ReadonlySet<string>): boolean {
  for (const token of tokens) if (SECTION_WORDS.has(token)) return true
  return false
}

/** The element's ancestors below the body. */
function ancestors(element: Element, body: Element, page: PageStats): Element[] {
  const chain: Element[] = []
  for (let up = page.parent.get(element); up !== undefined && up !== body; up = page.parent.get(up)) chain.push(up)
  return chain
}

/**
 * The boxes of a product's description and specifications that lie apart
 * from the wrapper of its name (see `productRoot`): a tab panel or an
 * accordion below the buy box, a "description" section of its own. Each
 * joins the container, outermost first. With a name, only a box after it
 * and under one of its ancestors (other than the body) counts: a cookie
 * banner's "description" paragraphs are elsewhere on the page. WCXB dev
 * product pages, kind given: HTML F1 0.607 -> 0.629, 8 pages up and none
 * down by more than 0.01 (the folds 0.656 0.665 0.587 0.559 0.566 ->
 * 0.711 0.665 0.614 0.559 0.583).
 *
 * @param body The page's body.
 * @param page The page's measures.
 * @param records The pruned furniture: no box inside it counts.
 * @returns The boxes, in page order.
 */
export function productSections(body: Element, page: PageStats, records: ReadonlyMap<Element, PruneRecord>): Element[] {
  const name = productName(body, records)
  const nameChain = new Set(name === null ? [] : ancestors(name, body, page))
  const namePosition = name === null ? -1 : (page.order.position.get(name) ?? -1)
  const nearName = (element: Element): boolean =>
    name === null || ((page.order.position.get(element) ?? -1) > namePosition && ancestors(element, body, page).some((up) => nameChain.has(up)))
  const found: Element[] = []
  const stack: Element[] = [body]
  while (stack.length > 0) {
    const element = stack.pop() as Element
    // A walk of the whole body: the time budget holds on it as on the other walks.
    tickDeadline('main-content')
    if (records.has(element)) continue
    const stats = page.stats.get(element)
    if (element !== body && stats !== undefined && stats.chars >= MIN_SECTION_CHARS && stats.linkChars <= MAX_SECTION_LINK_SHARE * stats.chars) {
      if (namesSection(classTokens(element)) && nearName(element)) {
        found.push(element)
        continue
      }
    }
    for (let i = element.children.length - 1; i >= 0; i--) {
      const child = element.children[i]
      if (child?.type === 'element') stack.push(child)
    }
  }
  return found
}
