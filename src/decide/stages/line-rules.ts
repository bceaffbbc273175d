import {applyRules} from '../classify/classify-blocks.js'
import {checkDeadline} from '../../util/deadline.js'
import {defineStage} from '../stage.js'

/**
 * Stage 1, line rules: reads the blocks and the rules that need no region
 * (every rule but the positional ones); decides a rule's tag on blocks no
 * decision names yet, and records what each match found. First, because what
 * the rules name costs in the body search and cannot be the title.
 */
export const lineRules = defineStage({
  name: 'line-rules',
  reads: ['blocks', 'rules', 'lineContext'],
  writes: ['decisions', 'findings'],
  decides: {sets: ['rule'], over: ['kept']},
  run({blocks, rules, lineContext, decisions, findings}) {
    applyRules(blocks, lineContext, rules.filter((rule) => !rule.positional), decisions, findings)
    checkDeadline('rules')
  }
})
