import {applyRules} from '../classify/classify-blocks.js'
import type {RuleContext} from '../rules/line-rule.js'
import {defineStage} from '../stage.js'

/**
 * Stage 9, positional rules: reads the blocks, the headline and the region;
 * decides a rule's tag on kept blocks, by the rules that need to know where
 * the article is (a promo above the headline, a menu run outside the body).
 */
export const positionalRules = defineStage({
  name: 'positional-rules',
  reads: ['blocks', 'rules', 'lineContext', 'titleIndex', 'region'],
  writes: ['decisions', 'findings'],
  decides: {sets: ['rule'], over: ['kept']},
  run({blocks, rules, lineContext, titleIndex, region, decisions, findings}) {
    const context: RuleContext = {...lineContext, titleIndex, bodyStart: region.start, bodyEnd: region.end}
    applyRules(blocks, context, rules.filter((rule) => rule.positional), decisions, findings)
  }
})
