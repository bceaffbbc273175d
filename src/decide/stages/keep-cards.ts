import type {Decisions} from '../classify/classify-blocks.js'
import type {PageType} from '../../types.js'

/** The kinds of page whose main content is a set of cards: a collection's products, a listing's entries. */
const CARD_KINDS: ReadonlySet<PageType> = new Set<PageType>(['collection', 'listing'])

/** Whether a kind of page is cleaned as a set of cards. */
export function isCardKind(pageType: PageType): boolean {
  return CARD_KINDS.has(pageType)
}

/**
 * Decisions that read a page as an article, and do not hold on cards: the
 * classifier's low-content (a card's lines are short by nature), a lone short
 * line above the headline (`header-promo`: a grid has no headline above
 * which nothing is content; the first card's title stood there). A run of
 * short lines (`menu-run`) stays out: taking it back too cost more on WCXB's
 * collections (menus beside the grid) than it gave on listings.
 */
export const ARTICLE_SHAPED_RULES: ReadonlySet<string> = new Set(['classifier', 'header-promo'])

/**
 * Stage: every card is content. Reads the decisions so far on the blocks of
 * a grid of cards (a collection's or a listing's, see `findCardGrids`);
 * decides the blocks the classifier removed as low-content: they come back
 * into the body. A card is a title, a price, a date, a rating: short lines
 * that the region scan and the classifier, made for prose, take for labels
 * (a grid of 30 products kept one promo line). What a rule named (a form
 * control, a share bar, a date line read as a byline) stays removed.
 *
 * @param decisions The decisions, changed in place.
 * @param inGrid Per block, whether it is inside a grid of cards.
 */
export function keepCards(decisions: Decisions, inGrid: readonly boolean[]): Decisions {
  return decisions.map((tag, i) => (inGrid[i] === true && ARTICLE_SHAPED_RULES.has(tag?.rule ?? '') ? null : tag))
}
