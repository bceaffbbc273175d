import {classifyRemaining} from '../classify/classify-blocks.js'
import {defineStage} from '../stage.js'

/**
 * Stage 10, classifier: reads the blocks, the region, the strictness and
 * which rules name furniture inside articles; decides what no rule named:
 * `classifier` (low content) outside the region, and back to kept for a
 * label between kept blocks or a list the text introduces (see
 * `classifyRemaining`).
 */
export const classifier = defineStage({
  name: 'classifier',
  reads: ['blocks', 'region', 'settings', 'inArticle'],
  writes: ['decisions'],
  decides: {sets: ['classifier', 'kept'], over: ['kept', 'classifier']},
  run({blocks, region, settings, inArticle, decisions}) {
    classifyRemaining(blocks, region, settings.strictness, decisions, inArticle)
  }
})
