import type {ArticleParts} from '../article/assemble.js'
import {decisionKey, groupRemovals, type RemovedPiece} from '../article/removals.js'
import type {Block} from '../segment/block.js'
import {guessTextPageType} from '../decide/classify/page-type.js'
import {decideWithGuard} from '../decide/body-guard.js'
import {keepTextCards, readsAsCards} from '../decide/stages/text-cards.js'
import {ITEM_KINDS, keepArticleItems} from '../decide/stages/article-items.js'
import {endAtRelatedHeader} from '../decide/stages/related-tail.js'
import {removePostFurniture} from '../decide/stages/post-furniture.js'
import type {ResolvedOptions} from '../options.js'
import {keepWholeSections} from '../decide/stages/whole-sections.js'
import {decideBlocks, type Decided} from '../decide/decide-blocks.js'
import {keepProductSpan} from '../decide/stages/product-span.js'
import {checkDeadline} from '../util/deadline.js'
import {textBodyTree} from '../article/text-body-tree.js'
import {segmentText} from '../segment/text/segment-text.js'

/**
 * A text dump reduced to the parts an article is built from: its lines
 * as blocks, each decided (body, or boilerplate with a reason), the
 * removals, and the body as mdast.
 *
 * @param text The dump, normalised.
 * @param url The page's URL, or null.
 * @param settings Resolved options.
 * @param isRepeated Whether a line was learned as the site's furniture (see `createCleaner`).
 */
export function textParts(text: string, url: string | null, settings: Readonly<ResolvedOptions>, isRepeated?: (block: Block) => boolean): ArticleParts {
  // Lines become blocks, the unit every later step works on.
  const blocks = segmentText(text)
  const pageType = settings.pageType ?? guessTextPageType(blocks, url)
  checkDeadline('segment')
  // The decisions that read the dump as cards (the guard may decide twice).
  const asCards = new WeakSet<Decided>()
  const {decided, guarded} = decideWithGuard(
    blocks,
    (learned) => {
      const shared = decideBlocks(blocks, {...settings, pageType}, learned)
      if (pageType === 'forum') return {...shared, decisions: removePostFurniture(blocks, shared.decisions)}
      // A product is its name, buy box, description and specifications: short lines the body search drops.
      if (pageType === 'product') return {...shared, decisions: keepProductSpan(blocks, shared.decisions)}
      // A listing's, a collection's or a service page's blocks are short
      // lines, which the article reading drops; where that reading found no
      // article (see readsAsCards), the page is read as cards, whatever its
      // kind but a thread's or a product's.
      if (readsAsCards(pageType, blocks, shared.decisions)) {
        const cards = {...shared, decisions: keepTextCards(blocks, shared.decisions)}
        asCards.add(cards)
        return cards
      }
      // A service page is a column of sections: the densest stretch is not all of it.
      if (pageType === 'service') return {...shared, decisions: keepWholeSections(shared.decisions)}
      // An article's lists of short items between its kept parts (see keepArticleItems).
      const items = ITEM_KINDS.has(pageType) && settings.strictness !== 'precision' ? keepArticleItems(blocks, shared.decisions) : shared.decisions
      // An article ends at its "Related" header (see endAtRelatedHeader).
      return {...shared, decisions: pageType === 'article' ? endAtRelatedHeader(blocks, items) : items}
    },
    isRepeated
  )
  checkDeadline('decide')
  const {decisions} = decided
  return {
    input: 'text',
    url,
    hasText: blocks.length > 0,
    // A guessed article read as cards is a page of entries: say so (a kind
    // the caller gave is theirs). WCXB dev dumps, out-of-fold kinds: page
    // type accuracy 0.703 -> 0.721 (28 listings, 3 articles among 60 pages).
    pageType: settings.pageType === null && pageType === 'article' && asCards.has(decided) ? 'listing' : pageType,
    blocks,
    decided,
    guarded,
    removed: groupRemovals(
      blocks.map((block): RemovedPiece | null => {
        const tag = decisions[block.index]
        return tag ? {text: block.text, reason: tag.reason, rule: tag.rule, key: decisionKey(tag.start, tag.rule), index: block.index} : null
      })
    ),
    tree: textBodyTree(blocks, decisions, decided.listings),
    markup: null
  }
}
