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
 * which nothing is content; the first card's title stood there). In a text
 * dump a run of short lines (`menu-run`) stays out: with no grid to tell a
 * card from a menu, taking it back cost more on WCXB's collections (menus
 * beside the grid) than it gave on listings. In a grid, see `CARD_LINE_RULES`.
 */
export const ARTICLE_SHAPED_RULES: ReadonlySet<string> = new Set(['classifier', 'header-promo'])

/**
 * In a grid, a byline is a card's author ("By Logan Jones" under each story
 * of a news front, "By Red Barrel Studio" under each sofa), as much the
 * card's as its title: on WCXB's listings and collections 190 of the 203
 * bylines the rule removed inside grids were in the reference. A run of
 * short lines (`menu-run`) inside a card is the card: a product's name, its
 * specifications, its colours; the rule reads position against the body
 * region, which a grid has no use for. Taking runs back in grids (menus are
 * no grids, see `findCardGrids`) gave listings 0.716 -> 0.726 and
 * collections 0.677 -> 0.682 (reference kind), up on 6 of the 10
 * kind-and-fold sets; it costs where a shop's runs are prices and options
 * (collection fold 2 0.701 -> 0.683).
 */
const CARD_LINE_RULES = new Set([...ARTICLE_SHAPED_RULES, 'byline', 'menu-run'])

/**
 * A card is never all furniture. Inside a card a line rule may be right (a
 * photo credit under its picture, a date line), but when the line rules
 * took the whole card they took the card for something else: a music shop's
 * names and specifications for a menu (`menu-run`), a library's catalogue
 * entries "(Sargent & Co., 1927), by E. H. Sargent" for photo credits, a
 * news list's sources for bylines. Such a card gets back what they removed,
 * except what no card's content is (see `CARD_FURNITURE_RULES`), the
 * headline (printed as the title) and what repeats across the site's pages.
 */
const CARD_FURNITURE_RULES = new Set(['ad-marker', 'cookie-notice', 'newsletter-prompt', 'subscription-offer', 'share-bar', 'widget-control', 'comment-form', 'copyright-footer', 'feedback-prompt', 'leaked-markup', 'title', 'repeated-across-pages'])

/**
 * Stage: every card is content. Reads the decisions so far on the blocks of
 * a grid of cards (a collection's or a listing's, see `findCardGrids`);
 * decides the blocks the classifier removed as low-content, the cards'
 * bylines and runs of short lines: they come back into the body. A card is a title, a price, a date,
 * a rating: short lines that the region scan and the classifier, made for
 * prose, take for labels (a grid of 30 products kept one promo line). Then a
 * card of which nothing is left gets back what the line rules took (see
 * `CARD_FURNITURE_RULES`). In a card that kept a line, what another rule
 * named (a date line, a photo credit) stays removed.
 *
 * @param decisions The decisions (not changed).
 * @param cards Per block, its card's number (see `cardNumbers`), -1 outside the grids.
 * @returns The decisions with the cards' blocks taken back.
 */
export function keepCards(decisions: Decisions, cards: readonly number[]): Decisions {
  const kept = decisions.map((tag, i) => ((cards[i] ?? -1) >= 0 && CARD_LINE_RULES.has(tag?.rule ?? '') ? null : tag))
  const keepsSome = new Set<number>()
  kept.forEach((tag, i) => {
    if (tag === null && (cards[i] ?? -1) >= 0) keepsSome.add(cards[i] as number)
  })
  return kept.map((tag, i) => {
    const card = cards[i] ?? -1
    return card >= 0 && !keepsSome.has(card) && tag !== null && !CARD_FURNITURE_RULES.has(tag.rule) ? null : tag
  })
}
