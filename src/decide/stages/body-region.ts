import {findBodyRegion, makeSegment, type Segment} from '../classify/region.js'
import {selectSegments} from '../classify/topic-filter.js'
import {threadSegments} from './thread-region.js'
import {stopWordShare} from '../../language/stop-words.js'
import {defineStage} from '../stage.js'

/**
 * Stage 6, body region: reads the blocks, the decisions so far, the neutral
 * and listing lines and the stop words; decides the body region (the densest
 * runs of prose, filtered by topic; on a forum page, the thread from its
 * first run to its last). No decision changes.
 */
export const bodyRegion = defineStage({
  name: 'body-region',
  reads: ['blocks', 'decisions', 'stopWords', 'neutral', 'listings', 'settings'],
  writes: ['region'],
  decides: null,
  run(state) {
    const {blocks, decisions, stopWords, neutral, listings, settings} = state
    const dense = findBodyRegion(blocks, (i) => decisions[i] !== null, stopWords ? (block) => stopWordShare(block.text, stopWords) : undefined, neutral, listings)
    // A thread's posts are all the content, on its topic or not (see threadSegments).
    const segments = settings.pageType === 'forum' ? threadSegments(dense.segments, blocks) : selectSegments(blocks, dense.segments, (i) => decisions[i]?.reason ?? null, stopWords)
    // A page with no prose at all (a list, a table, one truncated line) has no
    // region: then the whole page is the region, and only rules remove.
    const first = segments[0]
    state.region = first
      ? {start: first.start, end: (segments.at(-1) as Segment).end, segments}
      : {start: 0, end: blocks.length - 1, segments: [makeSegment(0, blocks.length - 1, 0, true)]}
  }
})
