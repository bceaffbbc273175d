import {defineStage} from '../stage.js'

/**
 * Stage 11, repeated lines: reads the learned lines; decides
 * `repeated-across-pages` on a learned line that is kept or that the
 * classifier took out as low content: it says more as what it is, a line
 * every page of the site has. A rule's reason stands.
 */
export const repeatedLines = defineStage({
  name: 'repeated-lines',
  reads: ['blocks', 'repeated'],
  writes: ['decisions'],
  decides: {sets: ['repeated-across-pages'], over: ['kept', 'classifier']},
  run({blocks, repeated, decisions}) {
    for (let i = 0; i < blocks.length; i++) {
      if (repeated[i] === 1 && (decisions[i] === null || decisions[i]?.rule === 'classifier')) decisions[i] = {reason: 'repeated-across-pages', rule: 'repeated-across-pages', start: i}
    }
  }
})
