import type {Block} from '../../segment/block.js'
import type {Segment} from '../classify/region.js'
import {findTitle} from '../classify/headline-line.js'
import type {RemovalReason} from '../../types.js'
import {checkDeadline} from '../../util/deadline.js'
import {defineStage} from '../stage.js'

/**
 * Removals that stand under a headline, by how much they say "the line above
 * is the headline": a byline or a date says it most; a share bar or a caption
 * also follows tag lists and teasers.
 */
const UNDER_TITLE: ReadonlyMap<RemovalReason, number> = new Map<RemovalReason, number>([
  ['byline', 1],
  ['date', 1],
  ['social-handle', 0.6],
  ['archive-notice', 0.6],
  ['caption', 0.5],
  ['share-bar', 0.85]
])

/**
 * Stage 7, headline: reads the blocks, the decisions, the learned lines, the
 * region and the stop words; decides the headline (`titleIndex`, found by its
 * place above the article), narrows the region to the segments below it, and
 * sets `title` on the headline and every kept copy of it.
 */
export const headline = defineStage({
  name: 'headline',
  reads: ['blocks', 'decisions', 'repeated', 'stopWords'],
  writes: ['region', 'titleIndex'],
  decides: {sets: ['title'], over: ['kept']},
  run(state) {
    const {blocks, decisions, repeated, stopWords} = state
    let region = state.region
    const titleIndex = findTitle(blocks, region.start, {
      segments: region.segments,
      isBoilerplate: (i) => decisions[i] !== null || repeated[i] === 1,
      metaStrength: (i) => {
        const reason = decisions[i]?.reason
        return reason === undefined ? 0 : (UNDER_TITLE.get(reason) ?? 0)
      },
      stopWords
    })
    if (titleIndex > region.start) {
      // The headline stands over the main segment (see findTitle): a segment
      // above the headline is not the article's.
      const below = region.segments.filter((segment) => segment.end > titleIndex)
      const start = (below[0] as Segment | undefined)?.start
      if (start !== undefined && start > titleIndex) region = {start, end: region.end, segments: below}
    }
    if (titleIndex >= 0) {
      const title = (blocks[titleIndex] as Block).text
      const key = title.toLowerCase()
      for (const block of blocks) {
        if (decisions[block.index] === null && block.text.length === title.length && block.text.toLowerCase() === key) decisions[block.index] = {reason: 'title', rule: 'title', start: block.index}
      }
    }
    state.region = region
    state.titleIndex = titleIndex

    checkDeadline('title')
  }
})
