import type {ArticleParts} from '../article/assemble.js'
import {decisionKey, groupRemovals, type RemovedPiece} from '../article/removals.js'
import type {Block} from '../segment/block.js'
import {guessTextPageType} from '../decide/classify/page-type.js'
import {decideWithGuard} from '../decide/body-guard.js'
import {isCardKind, keepTextCards} from '../decide/stages/keep-cards.js'
import {removePostFurniture} from '../decide/stages/post-furniture.js'
import type {ResolvedOptions} from '../options.js'
import {keepWholeSections} from '../decide/stages/whole-sections.js'
import {keepProductSpan} from '../decide/stages/product-span.js'
import {decideBlocks} from '../decide/decide-blocks.js'
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
  const {decided, guarded} = decideWithGuard(
    blocks,
    (learned) => {
      const shared = decideBlocks(blocks, {...settings, pageType}, learned)
      if (isCardKind(pageType)) return {...shared, decisions: keepTextCards(shared.decisions)}
      // A service page is a column of sections: the densest stretch is not all of it.
      if (pageType === 'service') return {...shared, decisions: keepWholeSections(shared.decisions)}
      // A product is its name, buy box, description and specifications: short lines the body search drops.
      if (pageType === 'product') return {...shared, decisions: keepProductSpan(blocks, shared.decisions)}
      return pageType === 'forum' ? {...shared, decisions: removePostFurniture(blocks, shared.decisions)} : shared
    },
    isRepeated
  )
  checkDeadline('decide')
  const {decisions} = decided
  return {
    input: 'text',
    url,
    hasText: blocks.length > 0,
    pageType,
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
