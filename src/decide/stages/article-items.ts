import type {Block} from '../../segment/block.js'
import type {PageType} from '../../types.js'
import type {Decisions} from '../classify/classify-blocks.js'

/** The kinds whose dumps keep an article's items between its kept parts (see keepArticleItems). */
export const ITEM_KINDS: ReadonlySet<PageType> = new Set<PageType>(['article', 'documentation'])

/**
 * Mean words per line from which a run of short lines between kept text is
 * the article's own items, not a menu. A menu's labels are one to three
 * words ("Partner directory", "Contact us", "View all"); an article's
 * items say something ("Boosted blog conversion rate by 460%", "Warm Up.
 * 10-20 Minutes: Easy jogging in Zone 2", "Professional and polite
 * staff"). Tuned on WCXB dev article dumps (4, 5, 6): 4 is chosen on any
 * four folds of the domains, so its out-of-fold figure is its in-sample one
 * (see `keepArticleItems`).
 */
const MIN_ITEM_MEAN_WORDS = 4

/**
 * Stage (text dumps of articles and documentation), after the shared
 * stages: reads the blocks and the decisions; overwrites the classifier's
 * low-content with `null` on a run of lines between two kept blocks.
 *
 * A listicle, a ranking, a training plan, a review with pros and cons: the
 * article's sections are each a short paragraph and then a list of short
 * lines (services, key results, a day's sets). The body search weighs each
 * short line as a label, so the lists split the article into runs, and the
 * runs too light beside the heaviest one were dropped with the lists
 * (WCXB dev article dumps: 0.59 of a ranking of movers kept). Between two
 * kept blocks, a run that the classifier alone removed, and whose lines say
 * something (see MIN_ITEM_MEAN_WORDS), is the article's. A run that holds a
 * rule's removal (a menu run, a "Related" header, a photo credit, the
 * headline) stays out whole: it is the page's furniture standing between
 * two parts, not a list of the article's. So does a run of labels (a
 * mega-menu opened between the lead and the body, a "What you'll need" list
 * next to teasers of other stories: fixture howto-ehow). `precision` keeps
 * the densest runs only, as it does elsewhere.
 *
 * WCXB dev article dumps, guessed kind: F1 0.907 -> 0.915 (46 pages better
 * by 6.2 F1 points in all, 8 worse by 0.2; every fold of the domains
 * gains); documentation 0.861 -> 0.865; the Readability text dumps 0.936 ->
 * 0.939.
 *
 * @param blocks The page's blocks.
 * @param decisions The decisions of the shared stages (not changed).
 * @returns The decisions with such runs kept.
 */
export function keepArticleItems(blocks: readonly Block[], decisions: Decisions): Decisions {
  const revised = decisions.slice()
  let previous = -1
  for (let i = 0; i < decisions.length; i++) {
    if (decisions[i] !== null) continue
    if (previous >= 0 && i > previous + 1 && isItemRun(blocks, decisions, previous + 1, i)) revised.fill(null, previous + 1, i)
    previous = i
  }
  return revised
}

/** Whether blocks `start` to `end` (exclusive) were all the classifier's, with MIN_ITEM_MEAN_WORDS words a line or more. */
function isItemRun(blocks: readonly Block[], decisions: Decisions, start: number, end: number): boolean {
  let words = 0
  for (let j = start; j < end; j++) {
    if (decisions[j]?.rule !== 'classifier') return false
    words += (blocks[j] as Block).measures.words
  }
  return words >= MIN_ITEM_MEAN_WORDS * (end - start)
}
