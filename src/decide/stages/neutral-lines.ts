import {markIntroducedLists} from '../classify/classify-blocks.js'
import {markContents} from '../classify/table-of-contents.js'
import {defineStage} from '../stage.js'

/**
 * Stage 4, neutral lines: reads the decisions, the learned lines and the
 * rules; marks (in `neutral`) the lines that weigh nothing in the body
 * search, and (in `contents`) the article's table of contents. No decision
 * changes. Learned furniture weighs nothing, and neither does a list the text
 * introduces with a colon (its short items are not a menu), nor the article's
 * table of contents (it parts the lead from the sections), nor what rules
 * name as furniture inside articles (a video's buttons).
 */
export const neutralLines = defineStage({
  name: 'neutral-lines',
  reads: ['blocks', 'decisions', 'repeated', 'rules'],
  writes: ['neutral', 'contents', 'inArticle'],
  decides: null,
  run(state) {
    const {blocks, decisions, repeated, rules} = state
    const neutral = Uint8Array.from(repeated)
    markIntroducedLists(blocks, decisions, neutral)
    const contents = new Uint8Array(blocks.length)
    markContents(blocks, contents)
    for (let i = 0; i < blocks.length; i++) if (contents[i] === 1) neutral[i] = 1
    const inArticleRules = new Set(rules.filter((rule) => rule.inArticle).map((rule) => rule.name))
    const inArticle = (i: number): boolean => inArticleRules.has(decisions[i]?.rule ?? '')
    for (let i = 0; i < blocks.length; i++) if (inArticle(i)) neutral[i] = 1
    state.neutral = neutral
    state.contents = contents
    state.inArticle = inArticle
  }
})
