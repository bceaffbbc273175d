import type {Block} from '../../segment/block.js'
import type {RemovalReason} from '../../types.js'
import type {Decisions} from '../classify/classify-blocks.js'
import {namesRecommendations} from '../../segment/html/prune/shopping-recommendations.js'
import {ARTICLE_SHAPED_RULES} from './keep-cards.js'

// The classifier's and the above-the-headline promo's removals ("too short
// to be the article's prose") are what a product's lines are by nature.
const SPARSE_RULES = ARTICLE_SHAPED_RULES

/**
 * How far above the first kept block the product may start, in blocks: the
 * name, the price and the options stand just above the description the
 * body search keeps. Tuned on WCXB dev product dumps, kind given (0, 5, 10,
 * 20: F1 0.446, 0.453, 0.456, 0.453); chosen on any four folds of the
 * domains it is 10, or 5 for fold 2, and the out-of-fold figure is 0.452
 * (the folds 0.411 0.525 0.435 0.488 0.409).
 */
const MAX_BLOCKS_ABOVE = 10
/**
 * Lines in a row that the rules named where the span stops below the body:
 * the site's footer (menus, copyright). Not tuned: 2, 3, 5 and 8 give WCXB
 * dev product dumps F1 0.459, 0.460, 0.460 and 0.462 (8 is lower on one
 * fold of five), so the shortest run that is not a lone label stands.
 */
const FOOTER_RUN_BLOCKS = 3
/** A heading is a short line: longer ones with the same words are sentences of the description. */
const MAX_HEADING_CHARS = 60

/**
 * The heading of a product's customer reviews, in the stores' words:
 * "Reviews", "Customer Reviews", "Ratings & Reviews", "Reviews (12)",
 * "1,204 reviews", "Write a review", French "Avis clients ...". WCXB's
 * product references leave the reviews out (see `review-widget`).
 */
const REVIEWS_HEADING = /^(?:(?:customer |product |guest )?reviews?|ratings? (?:&|and) reviews?|reviews? \(\d{1,6}\)|\d[\d,]{0,8} reviews?|write a review|avis clients(?: .{1,60})?|kundenbewertungen|bewertungen)$/iu

/** Whether a line heads what follows a product: other products ("You may also like") or its reviews. */
export function headsProductEnd(text: string): boolean {
  const line = text.trim()
  return line.length <= MAX_HEADING_CHARS && (REVIEWS_HEADING.test(line) || namesRecommendations(line))
}

/** An amount with its currency sign or code, either side: "$22", "€ 49,99", "49,99 €", "EUR 14.86", "US $394.99", "1,299 kr". */
const AMOUNT = /(?:[$£€¥₹]|\b(?:us|usd|eur|gbp|aud|cad|nzd|chf)\s?[$£€]?)\s?\d[\d,.]{0,12}|\d[\d,.]{0,12}\s?(?:[$£€¥₹]|(?:usd|eur|gbp|kr|zł|chf)\b)/giu
/** What a price line says around its amounts: "Sale price", "Regular price", "List:", "Was", "From", "Save 40%", "VAT included", "-32%". */
const PRICE_WORDS: ReadonlySet<string> = new Set(['sale', 'regular', 'price', 'list', 'was', 'now', 'from', 'our', 'your', 'save', 'off', 'vat', 'incl', 'included', 'excl', 'unit', 'per', 'each', 'to', 'original', 'current', 'is'])
/** A saving or a unit price with no amount: "Save 40%", "20% off", "Unit price / per". */
const SAVING = /^(?:save \d{1,2}%|\d{1,2}% off|unit price \/ per)$/iu
/** A word of a line, or a percentage ("40%", "-32%"). */
const LINE_WORD = /-?\d{1,3}%|[\p{L}\p{N}]+/gu

/** Whether the whole line is a price: at least one amount, and only price words and percentages around it ("Sale price $179 Regular price $299.00", "List: EUR 21.86"). */
export function isPriceLine(text: string): boolean {
  if (SAVING.test(text)) return true
  const rest = text.replace(AMOUNT, ' ')
  if (rest.length === text.length) return false
  for (const word of rest.toLowerCase().match(LINE_WORD) ?? []) {
    if (!word.endsWith('%') && !PRICE_WORDS.has(word)) return false
  }
  return true
}

/** The buy box's controls: "Add to cart", "Buy it now", "Quantity", "Size guide", "In stock", "Notify me when available". */
const PURCHASE_CONTROL = /^(?:add to (?:cart|bag|basket|trolley|wishlist|wish list|favou?rites)|add all \d{1,2} to cart|buy (?:it )?now|pre-?order(?: now)?|quantity|qty:?|decrease quantity|increase quantity|out of stock|in stock|sold out|size guide|size chart|find your size|select (?:a )?size|notify me when available|zoom on image|open media \d{1,3} in modal|image \d{1,3} of \d{1,3}|\d{1,3} \/ of \d{1,3}|in den warenkorb|ajouter au panier|añadir al carrito)$/iu

/** A rating and its controls: "4.6 stars on 82 reviews", "4.7 out of 5 stars", "(271)", "★★★★☆", "Helpful? 3", "Report", "Verified purchase". */
const RATING_LINE = /^(?:\d(?:\.\d{1,2})?(?: out of 5)?(?: stars?)?(?: (?:on|from) \d[\d,]{0,8}(?: customer)? (?:reviews|ratings))?(?: \(\d[\d,]{0,8}\))?|\(\d[\d,]{0,8}\)|[★☆]{1,5}|helpful\??(?: \d{1,5})?|report(?: as inappropriate)?|verified (?:purchase|buyer)|\d[\d,]{0,8} (?:reviews|ratings))$/iu

/** Lines of a buy box are short: a longer line with these words is the description's sentence. */
const MAX_FURNITURE_WORDS = 8

/** The named units of the buy box: a rule's name, its reason and its line shape. */
export const PRODUCT_FURNITURE: readonly {rule: string; reason: RemovalReason; test: (line: string) => boolean}[] = [
  {rule: 'purchase-controls', reason: 'form', test: (line) => PURCHASE_CONTROL.test(line)},
  {rule: 'price-line', reason: 'promo', test: isPriceLine},
  {rule: 'product-rating', reason: 'comment-widget', test: (line) => RATING_LINE.test(line)}
]

/** The buy box's unit that names a line, or undefined. */
function furnitureOf(block: Block): (typeof PRODUCT_FURNITURE)[number] | undefined {
  if (block.measures.words > MAX_FURNITURE_WORDS) return undefined
  const text = block.text.trim()
  return PRODUCT_FURNITURE.find((unit) => unit.test(text))
}

/**
 * Where the product ends: before the first heading of other products or of
 * the reviews after the first kept block, or else before the footer below
 * the last kept block. Nothing is taken back past it; what the body search
 * kept there stays (removing it too gained 0.003 on WCXB dev product dumps
 * but moved pages both ways by up to 0.45: a store's "Reviews" tab label
 * stands above its description).
 */
function productEnd(blocks: readonly Block[], decisions: Decisions, firstKept: number, lastKept: number): number {
  const named = (i: number): boolean => {
    const tag = decisions[i]
    return tag !== null && tag !== undefined && !SPARSE_RULES.has(tag.rule)
  }
  for (let i = firstKept + 1; i < blocks.length; i++) {
    if (headsProductEnd((blocks[i] as Block).text)) return i - 1
    if (i <= lastKept) continue
    let run = 0
    while (run < FOOTER_RUN_BLOCKS && i + run < blocks.length && named(i + run)) run++
    if (run === FOOTER_RUN_BLOCKS || (run > 0 && i + run === blocks.length)) return i - 1
  }
  return blocks.length - 1
}

/**
 * Stage (product pages, text dumps), after the shared stages: reads their
 * decisions; overwrites the classifier's and `header-promo`'s removals
 * inside the product's span with `null`, and a kept line of the buy box
 * with `purchase-controls`, `price-line` or `product-rating`.
 *
 * A product page is a column of short lines: the name, the price, the
 * options, then the description and a specifications list ("Body: Alder",
 * "Weight: 372g") that the body search, made for prose, takes for labels
 * and drops (WCXB dev product dumps: recall 0.49, where keeping every line
 * has 0.83). The product is the span from a little above the first kept
 * block (the name and the price) to the heading of other products or of
 * the reviews ("You may also like", "Customer Reviews"), or else to the
 * last kept block, continued down through the lines the classifier dropped
 * until the footer's run of lines the rules named. What a rule named inside it (a menu run, a
 * share bar) stays out, and so do the buy box's own lines: its price,
 * "Add to cart", the quantity and size pickers, the star rating, which the
 * references leave out.
 *
 * @param blocks The page's blocks.
 * @param earlier The shared stages' decisions.
 * @returns The decisions revised (the earlier ones are not changed); unchanged when nothing was kept.
 */
export function keepProductSpan(blocks: readonly Block[], earlier: Decisions): Decisions {
  const firstKept = earlier.indexOf(null)
  if (firstKept < 0) return earlier
  const start = Math.max(0, firstKept - MAX_BLOCKS_ABOVE)
  const end = productEnd(blocks, earlier, firstKept, earlier.lastIndexOf(null))
  return earlier.map((tag, i) => {
    if (i < start || i > end) return tag
    if (tag !== null && !SPARSE_RULES.has(tag.rule)) return tag
    const unit = furnitureOf(blocks[i] as Block)
    return unit ? {reason: unit.reason, rule: unit.rule, start: i} : null
  })
}
