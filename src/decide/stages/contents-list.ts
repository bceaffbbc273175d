import {defineStage} from '../stage.js'

/**
 * Stage 8, contents list: reads the table-of-contents marks and the
 * headline; decides `table-of-contents` on the kept lines of the article's
 * contents list: it stays out of the body, now that it may stand inside the
 * region.
 */
export const contentsList = defineStage({
  name: 'contents-list',
  reads: ['blocks', 'contents', 'titleIndex'],
  writes: ['decisions'],
  decides: {sets: ['table-of-contents'], over: ['kept']},
  run({blocks, contents, titleIndex, decisions}) {
    for (let i = 0; i < blocks.length; i++) if (contents[i] === 1 && decisions[i] === null && i !== titleIndex) decisions[i] = {reason: 'navigation', rule: 'table-of-contents', start: i}
  }
})
