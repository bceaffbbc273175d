import type {Element} from 'hast'
import {attribute} from '../hast.js'
import {tickDeadline} from '../../../util/deadline.js'
import type {Container} from '../main-content.js'
import type {PruneRule} from '../prune/prune-rule.js'
import type {ContentStats} from '../segment-page.js'

/**
 * How a service page (a company's or product's landing page, pricing,
 * "about", an agency's services) is cleaned on the tree.
 *
 * A landing page is a column of sections, hero, features, testimonials,
 * pricing, FAQ, each short and each a part of what the page says. The
 * article scoring finds the densest section and keeps it alone (WCXB dev,
 * service pages: recall 0.62, ten pages empty); the reference keeps every
 * section between the site's header and its footer. So the container is
 * the whole page without its furniture, and the furniture is what the tree
 * rules name (navigation, header, footer, banners, forms).
 */

/**
 * Tree rules that a landing page's sections trip over, not applied there:
 * - `media-gallery`: carousels and sliders hold the testimonials, the logo
 *   wall and the case studies, which are sections of the page.
 * - `link-list`: a grid of service cards is a list of links (each card's
 *   title and blurb inside its `<a>`); the site's menus are caught by the
 *   navigation, header and footer rules.
 */
const OFF_ON_SERVICE_PAGES: ReadonlySet<string> = new Set(['media-gallery', 'link-list'])

/**
 * The tree rules that apply to a service page.
 *
 * @param rules The page's tree rules, in order.
 * @returns The same rules without those that take a landing page's sections.
 */
export function servicePruneRules(rules: readonly PruneRule[]): PruneRule[] {
  return rules.filter((rule) => !OFF_ON_SERVICE_PAGES.has(rule.name))
}

/** A `<main>` holding at least this share of the page's text (after pruning) is where the sections are. */
const MIN_MAIN_SHARE = 0.5

function isMainLandmark(element: Element): boolean {
  return element.tagName === 'main' || attribute(element, 'role') === 'main'
}

/**
 * The container of a service page: the page's `<main>` landmark when it
 * holds most of the text that pruning left (what is beside it is the
 * site's chrome), else the whole body.
 *
 * @param body The page's body.
 * @param content Each element's text measures without pruned subtrees.
 * @returns The container: every section of the page.
 */
export function serviceContainer(body: Element, content: ReadonlyMap<Element, ContentStats>): Container {
  const main = mainLandmark(body, content)
  return main === null ? {elements: [body], top: body} : {elements: [main], top: main}
}

/**
 * The page's `<main>` landmark (or `role="main"`), when it holds most of the
 * text that pruning left: what is beside it is the site's chrome.
 *
 * @param body The page's body.
 * @param content Each element's text measures without pruned subtrees.
 * @returns The outermost such landmark, or null.
 */
export function mainLandmark(body: Element, content: ReadonlyMap<Element, ContentStats>): Element | null {
  const total = content.get(body)?.chars ?? 0
  const stack: Element[] = [body]
  while (stack.length > 0) {
    tickDeadline('main-content')
    const element = stack.pop() as Element
    if (element !== body && isMainLandmark(element)) {
      if (total > 0 && (content.get(element)?.chars ?? 0) >= total * MIN_MAIN_SHARE) return element
      continue
    }
    for (const child of element.children) if (child.type === 'element') stack.push(child)
  }
  return null
}
