import type {Element} from 'hast'
import {attribute, classTokens, INVISIBLE} from '../hast.js'
import type {Container} from '../main-content.js'
import type {PruneRecord} from '../prune/prune-page.js'
import {isWithin, type PageStats} from '../measure-page.js'
import {tickDeadline} from '../../../util/deadline.js'

/**
 * Collections and listings: the cards are the content. A category page, a
 * product grid, a news section front, a job board or a blog archive is a
 * run of repeated siblings (one per product, story, job, event), each a
 * short title with a price, a date or a teaser. The article scorer looks for
 * the densest paragraphs and finds a promo box or one card; the region scan
 * drops the rest as labels. Here the grid is found by its repetition instead:
 * an element whose children share one shape (tag and class words), most of
 * them carrying text that is not a bare menu label.
 */

/** Fewer repeated siblings than this are a pair, not a grid. */
const MIN_CARDS = 3
/** A card has at least this much text (a menu label may be shorter). */
const MIN_CARD_CHARS = 15
/** A card all of whose text is one link is a menu item unless it is this long (a headline). */
const MIN_LINK_CARD_CHARS = 40
/** Share of a group's members that must be cards: a menu with two promo tiles is still a menu. */
const MIN_CARD_SHARE = 0.5
/** A grid holds at least this much card text. */
const MIN_GRID_CHARS = 150
/** Further grids (a section front's several rows) join when they hold this share of the best one's text. */
const MIN_GRID_SHARE = 0.25
/** A card whose text is all links and that holds more links than this is a menu's column (a mega-menu's "Camp & Hike" and its 12 links), not a headline. */
const MAX_LINK_CARD_LINKS = 4
/** Tags a card is made of: list items, boxes, table rows, linked tiles. Paragraphs and headings repeat in any article. */
const CARD_TAGS = new Set(['li', 'div', 'article', 'section', 'tr', 'a', 'figure'])

/** A table's row groups: a grid of rows is the table's. */
const ROW_GROUPS = new Set(['tbody', 'thead', 'tfoot'])

/**
 * Prune rules whose match puts a grid out of the question: the grid is
 * hidden, in an overlay, or in the site's navigation, header, sidebar or
 * footer. The others (link-dense lists, "related" boxes, galleries) are what
 * a grid of cards looks like to rules written for articles.
 */
const FURNITURE_RULES = new Set(['hidden-element', 'cookie-consent', 'popup-dialog', 'comment-section', 'navigation', 'site-header', 'sidebar', 'page-footer', 'newsletter-box', 'form-control'])
/**
 * Rules that do not hold inside a grid: a card's `<footer>` holds its date,
 * a card's `<header>` its name, a card titled "related" or a row of links is
 * still a card. What is hidden, a control, a share bar or an ad still goes.
 */
const CARD_BLIND_RULES = new Set(['link-list', 'related-content', 'media-gallery', 'navigation', 'site-header', 'sidebar', 'page-footer'])

/**
 * Markup that says "the site's furniture", whatever pruning made of it: the
 * navigation, an overlay, a sidebar (tags and ARIA roles), and a header or
 * footer outside the page's `<main>`. Pruning spares a site header that holds
 * a mega-menu of 10,000 characters (it is longer than a header may be) and
 * any furniture that holds most of the page's prose, and a menu's columns
 * repeat like cards (REI's category pages: the menu was the first grid).
 */
const FURNITURE_TAGS = new Set(['nav', 'aside', 'dialog'])
const PAGE_EDGE_TAGS = new Set(['header', 'footer'])
const FURNITURE_ROLES = new Set(['navigation', 'menu', 'menubar', 'banner', 'contentinfo', 'complementary', 'dialog', 'alertdialog'])
/** Class and id words of menus and overlays (`sub-menu`, `mega-menu`, `modal-privacy-policy`). */
const FURNITURE_WORDS = new Set(['nav', 'navbar', 'navigation', 'menu', 'megamenu', 'modal', 'popup', 'overlay', 'dialog'])

/**
 * An element with this share of the page's text is the page's wrapper, whatever its class words say
 * (Drupal's `dialog-off-canvas-main-canvas`, a `chakra-skip-nav` root).
 */
const MAX_FURNITURE_WORD_SHARE = 0.5

/**
 * Whether an element is the site's furniture by its markup (see
 * `FURNITURE_TAGS`); `inMain` says whether a `<main>` or `<article>` encloses
 * it, `share` is its share of the page's text.
 */
function isFurnitureMarkup(element: Element, inMain: boolean, share: number): boolean {
  if (FURNITURE_TAGS.has(element.tagName) || (!inMain && PAGE_EDGE_TAGS.has(element.tagName))) return true
  if (FURNITURE_ROLES.has((attribute(element, 'role') ?? '').toLowerCase())) return true
  if (share >= MAX_FURNITURE_WORD_SHARE) return false
  for (const token of classTokens(element)) if (FURNITURE_WORDS.has(token)) return true
  return false
}

/**
 * A sibling's shape: its tag and its first class without digits (`card-17`
 * is one card's own), the name a theme gives the component
 * (`carousel-cell`, `product-item`); without a class, its id's words. Why
 * not all of its class words: a card's own classes (WordPress's
 * `category-dinner tag-quick` on each post, a product's `sale` or
 * `sold-out`) made every card a shape of its own, and a grid of recipes, of
 * news or of products was no grid. On WCXB (reference kind) the first class
 * gave listings 0.691 -> 0.706 and collections 0.670 -> 0.677 (up on 7 of
 * the 10 kind-and-fold sets); keeping only the words half the siblings
 * share gave 0.687 and 0.652.
 */
function shapeOf(element: Element): string {
  const {className} = element.properties
  const first = Array.isArray(className) ? className.find((name) => typeof name === 'string' && !/\d/.test(name)) : undefined
  if (first !== undefined) return `${element.tagName}.${String(first)}`
  const words: string[] = []
  for (const token of classTokens(element)) if (!/\d/.test(token)) words.push(token)
  return `${element.tagName}#${words.sort().join('.')}`
}

/** A grid of cards: the element whose children repeat, and how much card text they hold. */
export interface CardGrid {
  element: Element
  chars: number
}

/**
 * Whether a sibling reads as a card: enough text, and either some text
 * outside links (a price, a date, a teaser) or one long link (a headline).
 */
function isCard(chars: number, linkChars: number, links: number): boolean {
  return chars >= MIN_CARD_CHARS && (linkChars < chars || (chars >= MIN_LINK_CARD_CHARS && links <= MAX_LINK_CARD_LINKS))
}

/** The grid an element's children form, or null: its largest group of same-shape card siblings. */
function gridOf(element: Element, page: PageStats): CardGrid | null {
  const groups = new Map<string, {members: number; cards: number; chars: number}>()
  for (const child of element.children) {
    if (child.type !== 'element' || !CARD_TAGS.has(child.tagName)) continue
    const stats = page.stats.get(child)
    if (stats === undefined) continue
    const shape = shapeOf(child)
    const group = groups.get(shape) ?? {members: 0, cards: 0, chars: 0}
    group.members++
    if (isCard(stats.chars, stats.linkChars, stats.links)) {
      group.cards++
      group.chars += stats.chars
    }
    groups.set(shape, group)
  }
  let best: CardGrid | null = null
  for (const group of groups.values()) {
    if (group.cards < MIN_CARDS || group.cards < group.members * MIN_CARD_SHARE || group.chars < MIN_GRID_CHARS) continue
    if (best === null || group.chars > best.chars) best = {element, chars: group.chars}
  }
  return best
}

/**
 * The page's grids of cards, in document order, none inside another: the
 * one with the most card text, and those that hold at least
 * `MIN_GRID_SHARE` of its text. A grid in the site's furniture (see
 * `FURNITURE_RULES` and `isFurnitureMarkup`), and the body itself, is none.
 *
 * @param body The page's body.
 * @param page The body's measures (before pruning).
 * @param records What pruning found.
 */
export function findCardGrids(body: Element, page: PageStats, records: ReadonlyMap<Element, PruneRecord>): Element[] {
  const found: CardGrid[] = []
  const pageChars = Math.max(1, page.stats.get(body)?.chars ?? 0)
  const stack: {element: Element; inMain: boolean}[] = [{element: body, inMain: false}]
  while (stack.length > 0) {
    tickDeadline('main-content')
    const {element, inMain} = stack.pop() as {element: Element; inMain: boolean}
    const record = records.get(element)
    if (record !== undefined && FURNITURE_RULES.has(record.rule)) continue
    if (element !== body && isFurnitureMarkup(element, inMain, (page.stats.get(element)?.chars ?? 0) / pageChars)) continue
    // The body's children are the page's parts, not cards.
    const grid = element === body ? null : gridOf(element, page)
    // Rows of a table are its cards, and the table is one unit of text (see `isDataTable`).
    const up = page.parent.get(element)
    if (grid !== null) found.push(ROW_GROUPS.has(element.tagName) && up !== undefined ? {element: up, chars: grid.chars} : grid)
    const main = inMain || element.tagName === 'main' || element.tagName === 'article'
    for (const child of element.children) if (child.type === 'element' && !INVISIBLE.has(child.tagName)) stack.push({element: child, inMain: main})
  }
  if (found.length === 0) return []
  found.sort((a, b) => b.chars - a.chars)
  const floor = (found[0] as CardGrid).chars * MIN_GRID_SHARE
  const chosen: Element[] = []
  for (const grid of found) {
    if (grid.chars < floor) break
    if (chosen.some((other) => isWithin(page.order, grid.element, other) || isWithin(page.order, other, grid.element))) continue
    chosen.push(grid.element)
  }
  return inPageOrder(chosen, page)
}

/**
 * Take back the prune records that do not hold on a grid of cards: those of
 * `CARD_BLIND_RULES` inside a grid, and any record on a grid or around it
 * (a grid is never in furniture, see `findCardGrids`). Changes `records`.
 */
export function releaseCardGrids(grids: readonly Element[], page: PageStats, records: Map<Element, PruneRecord>): void {
  if (grids.length === 0) return
  const gridSet = new Set(grids)
  for (const [element, record] of [...records]) {
    const up = page.parent.get(element)
    const inside = up !== undefined && grids.some((grid) => isWithin(page.order, up, grid))
    if (inside ? CARD_BLIND_RULES.has(record.rule) : gridSet.has(element) || grids.some((grid) => isWithin(page.order, grid, element))) records.delete(element)
  }
}

/**
 * Which card of the page's grids each element is in: the grids' children,
 * numbered in page order (a table's rows, through its row groups), so that a
 * stage can ask what else of one card was kept.
 *
 * @returns Per element, its card's number (a grid's own text is one card
 *   of its own), or -1 outside every grid.
 */
export function cardNumbers(grids: readonly Element[], page: PageStats): (element: Element) => number {
  const numbers = new Map<Element, number>()
  const gridSet = new Set(grids)
  for (const grid of grids) {
    for (const child of grid.children) {
      if (child.type !== 'element') continue
      if (!ROW_GROUPS.has(child.tagName)) numbers.set(child, numbers.size)
      else for (const row of child.children) if (row.type === 'element') numbers.set(row, numbers.size)
    }
  }
  // Text the grid element holds itself (inline tiles: `<a>`s the grid's
  // block owns) is one more card of that grid.
  const ownNumbers = new Map(grids.map((grid, i) => [grid, numbers.size + i]))
  return (element) => {
    for (let node: Element | undefined = element; node !== undefined; node = page.parent.get(node)) {
      if (gridSet.has(node)) return ownNumbers.get(node) ?? -1
      const number = numbers.get(node)
      if (number !== undefined) return number
    }
    return -1
  }
}

/** Elements in document order (their pre-order positions). */
function inPageOrder(elements: Element[], page: PageStats): Element[] {
  const {position} = page.order
  return elements.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0))
}

/**
 * The article container widened by other parts of the main content (the
 * grids of cards, a product's wrapper): all, in page order, none inside
 * another. Why both for cards: the reference of a category page keeps its
 * editorial text (an intro, a buying guide, an FAQ) as well as its cards,
 * and on WCXB's collections and listings the union (0.621) beat the grids
 * alone (0.564) and any threshold of editorial text that chose between the
 * grids and the article container (at best 0.623, a constant for nothing).
 */
export function widenContainer(article: Container, grids: readonly Element[], page: PageStats): Container {
  if (grids.length === 0) return article
  const elements = article.elements.filter((element) => !grids.some((grid) => isWithin(page.order, element, grid)))
  for (const grid of grids) if (!elements.some((element) => isWithin(page.order, grid, element))) elements.push(grid)
  return {elements: inPageOrder(elements, page), top: article.top}
}
