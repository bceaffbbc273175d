import type {Block} from '../blocks/block.js'
import type {Strictness} from '../options.js'
import type {Rule, RuleContext} from '../rules/rule.js'
import type {RemovalReason} from '../types.js'
import {isLabelLike} from '../util/patterns.js'

/** Why a block left the body; blocks that stay have no decision. */
export interface RemovalTag {
  reason: RemovalReason
  rule: string
  /** First block of the run removed together (a widget's span). */
  start: number
}

/** Per block: `null` keeps it, a tag removes it. */
export type Decisions = (RemovalTag | null)[]

/**
 * Pass 1: try the rules on each block, in registry order; the first match
 * removes the block, or the run of blocks its span covers. The title block is
 * never a rule's: it has been taken into metadata already.
 */
export function applyRules(
  blocks: readonly Block[],
  context: RuleContext,
  rules: readonly Rule[],
  decisions: Decisions
): void {
  for (let i = 0; i < blocks.length; ) {
    const block = blocks[i] as Block
    if (decisions[i] !== null || i === context.titleIndex) {
      i++
      continue
    }
    let span = 0
    for (const rule of rules) {
      const match = rule.test(block, context)
      if (!match) continue
      span = Math.max(1, match.span ?? 1)
      for (let j = i; j < i + span && j < blocks.length; j++) {
        if (j === context.titleIndex || decisions[j] !== null) {
          span = j - i
          break
        }
        decisions[j] = {reason: rule.reason, rule: rule.name, start: i}
      }
      break
    }
    i += Math.max(1, span)
  }
}

/** Prose long enough to stand on its own outside the body region. */
const GOOD_PROSE_WORDS = 20
const MAX_LABEL_WORDS = 4

/**
 * Pass 2: the blocks no rule named. Outside the body region they are page
 * furniture the rules have no name for (`low-content`), unless `recall` asks
 * to keep stray prose. Inside it they are the article, except that
 * `precision` drops short labels that head nothing.
 */
export function classifyRemaining(
  blocks: readonly Block[],
  region: {start: number; end: number},
  strictness: Strictness,
  decisions: Decisions
): void {
  for (const block of blocks) {
    const i = block.index
    if (decisions[i] !== null) continue
    const inside = i >= region.start && i <= region.end
    if (!inside) {
      const good = block.measures.endsSentence && block.measures.words >= GOOD_PROSE_WORDS
      if (strictness === 'recall' && good) continue
      decisions[i] = {reason: 'low-content', rule: 'classifier', start: i}
    }
  }
  // Pass 3, as jusText does: revise a short uncertain block by its neighbours.
  // A label between two removed blocks is part of the furniture around it.
  for (const block of blocks) {
    const i = block.index
    if (decisions[i] !== null || !isLabelLike(block.text, MAX_LABEL_WORDS)) continue
    const before = i === 0 || decisions[i - 1] !== null
    const after = i === blocks.length - 1 || decisions[i + 1] !== null
    const removeBoth = before && after
    const removeEither = strictness === 'precision' && (before || after) && !headsProse(blocks, decisions, i)
    if (removeBoth || removeEither) decisions[i] = {reason: 'low-content', rule: 'classifier', start: i}
  }
}

/** Whether the next kept block after `index` is prose: then a label before it is a heading. */
export function headsProse(blocks: readonly Block[], decisions: Decisions, index: number): boolean {
  for (let j = index + 1; j < blocks.length; j++) {
    if (decisions[j] !== null) continue
    const {words, endsSentence} = (blocks[j] as Block).measures
    return endsSentence && words >= 8
  }
  return false
}
