import type {Block} from '../../segment/block.js'
import type {Decisions} from '../classify/classify-blocks.js'
import {HEADER, relatedLinks} from '../rules/related-links.js'

/**
 * Share of the kept words that must stand above a "Related" header for what
 * follows it to be the page's, not the article's: a header higher up (a
 * "Latest news" box beside the lead) heads a sidebar, and the article goes
 * on below it. Tuned on WCXB dev article dumps (0.5, 0.6, 0.7, 0.8).
 */
const MIN_SHARE_ABOVE = 0.7

/**
 * Stage (text dumps of articles), after the shared stages: reads the blocks
 * and the decisions; overwrites a kept block's `null` with `related-links`
 * below the article's "Related" header.
 *
 * The related-links rule removes the header and the headlines listed right
 * under it ("Related posts", "You might also like", "Recent posts"), but a
 * list whose teasers carry a sentence each, or a date, or an excerpt, reads
 * as prose, and the body search made it part of the article (WCXB dev:
 * 9,400 words of teasers kept on 42 article dumps). A dump has no
 * container to end the article at; the header does: once most of the kept
 * text stands above it, what follows is other stories, a newsletter box
 * and the footer. Only a header line counts, not an inline "Read more:
 * <headline>" link, which stands between an article's own paragraphs.
 *
 * @param blocks The page's blocks.
 * @param decisions The decisions of the earlier stages (not changed).
 * @returns The decisions with the kept blocks below such a header removed.
 */
export function endAtRelatedHeader(blocks: readonly Block[], decisions: Decisions): Decisions {
  let total = 0
  for (const block of blocks) if (decisions[block.index] === null) total += block.measures.words
  let above = 0
  for (const block of blocks) {
    const tag = decisions[block.index]
    if (tag === null) {
      above += block.measures.words
      continue
    }
    if (above >= total || above < total * MIN_SHARE_ABOVE || tag === undefined) continue
    if (tag.rule !== relatedLinks.name || tag.start !== block.index || !HEADER.test(block.text)) continue
    const header = block.index
    return decisions.map((own, i) => (i > header && own === null ? {reason: relatedLinks.reason, rule: relatedLinks.name, start: header} : own))
  }
  return decisions
}
