import type {Element} from 'hast'
import {classTokens, INVISIBLE} from '../hast.js'
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

/** The words of a sibling's shape: its tag and its class words without digits (`card-17` is one card's own). */
function shapeOf(element: Element): string {
  const words: string[] = []
  for (const token of classTokens(element)) if (!/\d/.test(token)) words.push(token)
  return `${element.tagName}.${words.sort().join('.')}`
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
function isCard(chars: number, linkChars: number): boolean {
  return chars >= MIN_CARD_CHARS && (linkChars < chars || chars >= MIN_LINK_CARD_CHARS)
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
    if (isCard(stats.chars, stats.linkChars)) {
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
 * `FURNITURE_RULES`) is none.
 *
 * @param body The page's body.
 * @param page The body's measures (before pruning).
 * @param records What pruning found.
 */
export function findCardGrids(body: Element, page: PageStats, records: ReadonlyMap<Element, PruneRecord>): Element[] {
  const found: CardGrid[] = []
  const stack: Element[] = [body]
  while (stack.length > 0) {
    tickDeadline('main-content')
    const element = stack.pop() as Element
    const record = records.get(element)
    if (record !== undefined && FURNITURE_RULES.has(record.rule)) continue
    const grid = gridOf(element, page)
    // Rows of a table are its cards, and the table is one unit of text (see `isDataTable`).
    const up = page.parent.get(element)
    if (grid !== null) found.push(ROW_GROUPS.has(element.tagName) && up !== undefined ? {element: up, chars: grid.chars} : grid)
    for (const child of element.children) if (child.type === 'element' && !INVISIBLE.has(child.tagName)) stack.push(child)
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
