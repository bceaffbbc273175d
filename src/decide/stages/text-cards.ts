import type {Block} from '../../segment/block.js'
import type {PageType} from '../../types.js'
import type {Decisions} from '../classify/classify-blocks.js'
import {cookieNotice} from '../rules/cookie-notice.js'
import {copyrightFooter} from '../rules/copyright-footer.js'
import {menuRun} from '../rules/menu-run.js'
import {newsletterPrompt} from '../rules/newsletter-prompt.js'
import {pager} from '../rules/pager.js'
import {subscriptionOffer} from '../rules/subscription-offer.js'
import {ARTICLE_SHAPED_RULES, isCardKind} from './keep-cards.js'

const MENU_RULE = menuRun.name
/**
 * The rules whose lines open a site's footer below a grid: its pager, a
 * newsletter or subscription prompt, the copyright line, a cookie notice.
 */
const FOOTER_RULES: ReadonlySet<string> = new Set([pager, newsletterPrompt, subscriptionOffer, copyrightFooter, cookieNotice].map((rule) => rule.name))

/**
 * Where the site's footer starts: the first line a footer rule named below
 * the last line the article reading kept (a listing's blurb stands above its
 * grid, or nothing was kept), or the page's end.
 */
function footerStart(decisions: Decisions): number {
  // With nothing kept, the scan starts at the first line a sparse rule
  // removed: a cookie notice or pager at the top of the dump is no footer.
  const lastKept = decisions.lastIndexOf(null)
  const from = lastKept >= 0 ? lastKept : decisions.findIndex((taken) => ARTICLE_SHAPED_RULES.has(taken?.rule ?? ''))
  for (let i = Math.max(0, from); i < decisions.length; i++) {
    if (FOOTER_RULES.has(decisions[i]?.rule ?? '')) return i
  }
  return decisions.length
}
/**
 * A run of short lines that the menu rule took, on a page of cards, is a
 * grid when this share of its lines holds a digit (a price, a rating, a
 * count, a date): a site's menu names sections, a card states figures. WCXB
 * dev dumps, reference kind: the menu runs that are mostly reference text
 * have a median of 0.31 of such lines, the others 0.
 */
const MIN_NUMERIC_LINE_SHARE = 0.3
/** Shorter runs are a menu's few links more often than two cards. */
const MIN_GRID_RUN_LINES = 6

/** Whether the lines `start` to `end` (exclusive) read as cards: enough of them, enough holding figures. */
function isCardRun(blocks: readonly Block[], start: number, end: number): boolean {
  if (end - start < MIN_GRID_RUN_LINES) return false
  let numeric = 0
  for (let i = start; i < end; i++) if ((blocks[i] as Block).measures.digitShare > 0) numeric++
  return numeric >= MIN_NUMERIC_LINE_SHARE * (end - start)
}

/**
 * Stage: every card of a text dump is content. A dump has no tree to find a
 * grid in: every block the classifier removed comes back, and only what a
 * rule named (a menu run, a footer's copyright, a cookie notice) stays out.
 * Why the whole dump and not the span between the first and last kept
 * block: on WCXB's collections and listings the span kept what the region
 * scan had chosen, one dense run (F1 0.438 and 0.396 against 0.420 and 0.404
 * with nothing taken back), while the whole dump gave 0.505 and 0.619.
 *
 * A menu run whose lines state figures comes back too (see `isCardRun`): a
 * grid of products dumps as short lines with no blank line between them,
 * name, price, rating, which is what the menu rule looks for. WCXB dev
 * dumps, reference kind: collections 0.505 -> 0.534, listings 0.619 -> 0.630.
 *
 * Nothing comes back from the site's footer (see `footerStart`): its link
 * columns are short lines too. WCXB dev dumps read as cards, out-of-fold
 * kinds (104 pages): F1 0.526 -> 0.543.
 *
 * @param blocks The page's blocks.
 * @param decisions The decisions of the shared stages (not changed).
 * @returns The decisions with the cards taken back.
 */
export function keepTextCards(blocks: readonly Block[], decisions: Decisions): Decisions {
  const footer = footerStart(decisions)
  const kept = decisions.map((tag, i) => (i < footer && ARTICLE_SHAPED_RULES.has(tag?.rule ?? '') ? null : tag))
  for (let start = 0; start < footer; ) {
    const tag = kept[start]
    if (tag?.rule !== MENU_RULE) {
      start++
      continue
    }
    let end = start + 1
    while (end < footer && kept[end]?.rule === MENU_RULE && kept[end]?.start === tag.start) end++
    if (isCardRun(blocks, start, end)) kept.fill(null, start, end)
    start = end
  }
  return kept
}

/**
 * Under this share of a dump's words kept, the article reading found no
 * article: what it kept is a blurb, and the page's content is in the short
 * lines it dropped. Over it, a page guessed (or said) to be a listing or a
 * collection keeps the article reading too: there the cards' reading takes
 * back menus, filters and footers beside what the article reading already
 * kept. WCXB dev dumps, reference kind, cards' reading on every such page
 * against only under this share: collections 0.534 -> 0.590, listings
 * 0.630 -> 0.622 (under a tenth kept, both gain 0.3-0.4 F1 a page from
 * the cards' reading; from a fifth up, collections lose about 0.15).
 */
const MAX_KEPT_SHARE = 0.2
/**
 * A page read as an article needs more before it is read as cards: its
 * article reading kept at most this many lines (one blurb, not paragraphs)…
 */
const MAX_KEPT_LINES = 3
/** …and the classifier dropped at least this share of its words as short lines no rule named (not a page of menus and footers). */
const MIN_SPARSE_SHARE = 0.3

/** What the shared stages, which read a page as an article, kept of a dump. */
interface ArticleReading {
  /** Share of the dump's words kept. */
  keptShare: number
  /** Share of its words the classifier took as low-content. */
  sparseShare: number
  /** Lines kept. */
  keptLines: number
}

function readArticle(blocks: readonly Block[], decisions: Decisions): ArticleReading {
  let kept = 0
  let sparse = 0
  let all = 0
  let keptLines = 0
  for (const block of blocks) {
    const {words} = block.measures
    all += words
    const tag = decisions[block.index]
    if (tag === null) {
      kept += words
      keptLines++
    } else if (ARTICLE_SHAPED_RULES.has(tag?.rule ?? '')) sparse += words
  }
  return {keptShare: kept / Math.max(1, all), sparseShare: sparse / Math.max(1, all), keptLines}
}

/**
 * Whether a dump is read as cards (see `keepTextCards`) rather than as an
 * article: a check on the article reading's result, so that neither kind's
 * guess decides alone. A listing, a collection or a service page (whose
 * features, plans and testimonials are short blocks too) is read as cards
 * where the article reading kept under a fifth of its words; any other kind
 * only where that reading also kept three lines or fewer and the classifier
 * dropped a third or more of the words as short lines. An article guessed
 * wrongly as a listing keeps its article reading (it keeps more than a
 * fifth), and a listing guessed as an article, which the guess does for 81
 * of WCXB's 98 dumps of listings out of fold, is still read as cards.
 *
 * WCXB dev dumps, out-of-fold kinds (`npm run train -- --out-of-fold`): all
 * pages 0.769 -> 0.794, listings 0.422 -> 0.574, collections 0.494 -> 0.592,
 * service 0.723 -> 0.742, articles 0.907 -> 0.909 (service pages, reference
 * kind, 0.727 -> 0.750: the sections' reading kept 0.40 of their reference
 * words on the 13 whose article reading kept under a tenth, the cards'
 * 0.57). The three constants were chosen among those that
 * take none of the Readability corpus's articles for cards but nytimes-5
 * (whose article reading kept 52 of 1,839 words, and which the cards'
 * reading cleans better); tuned on any four folds of the domains and scored
 * on the fifth, the gain over all pages is +0.018 (in-sample +0.020).
 *
 * @param pageType The kind the page is cleaned as.
 * @param blocks The page's blocks.
 * @param decisions The decisions of the shared stages.
 */
export function readsAsCards(pageType: PageType, blocks: readonly Block[], decisions: Decisions): boolean {
  // A thread's posts are its content, cut by the thread's own stages; a
  // product's span is cut by keepProductSpan, which reads its buy box.
  if (pageType === 'forum' || pageType === 'product') return false
  const reading = readArticle(blocks, decisions)
  if (reading.keptShare >= MAX_KEPT_SHARE) return false
  return isCardKind(pageType) || pageType === 'service' || (reading.keptLines <= MAX_KEPT_LINES && reading.sparseShare >= MIN_SPARSE_SHARE)
}
