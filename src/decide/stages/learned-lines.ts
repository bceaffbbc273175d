import {defineStage} from '../stage.js'

/**
 * Stage 2, learned lines: reads the decisions and the lines learned as the
 * site's furniture; marks (in `repeated`) each learned line no rule named. No
 * decision changes here: lines learned as the site's furniture cannot be the
 * title, and go after the classifier (a rule's reason says more than "it
 * recurs", see `relabelRepeated`). They weigh nothing in the body search:
 * recurring prose must not draw the region, and a wiki's recurring section
 * headings must not split its articles.
 */
export const learnedLines = defineStage({
  name: 'learned-lines',
  reads: ['blocks', 'decisions', 'isRepeated'],
  writes: ['repeated'],
  decides: null,
  run(state) {
    const {blocks, decisions, isRepeated} = state
    const repeated = new Uint8Array(blocks.length)
    if (isRepeated) for (const block of blocks) if (decisions[block.index] === null && isRepeated(block)) repeated[block.index] = 1
    state.repeated = repeated
  }
})
