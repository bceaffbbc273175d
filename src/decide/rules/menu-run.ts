import type {Block} from '../../segment/block.js'
import {CODE_LIKE, isLabelBlock, startsWithListMarker} from '../../util/patterns.js'
import type {Rule, RuleContext} from './line-rule.js'

const MAX_ITEM_WORDS = 4
const MIN_RUN_BLOCKS = 3
/** At least this share of a run's lines must be menu items. */
const MIN_ITEM_SHARE = 0.7

/** The cheap tests first: most lines of a page are too long to be an item, and CODE_LIKE reads a whole line. */
function isMenuItem(block: Block): boolean {
  return isLabelBlock(block, MAX_ITEM_WORDS) && !startsWithListMarker(block.text) && !CODE_LIKE.test(block.text)
}

/**
 * Menus: a run of three or more short lines with no blank line between them,
 * outside the article's body region (a dump renders a menu one item a line).
 * Inside the body such a run is more likely a list, and lines with list
 * markers never count, so "1. Finland / 2. Norway / 3. Australia" is kept;
 * nor do lines of code ("var clone = sheep.clone();").
 */
export const menuRun: Rule = {
  name: 'menu-run',
  reason: 'navigation',
  matches: 'A run of three or more short label lines with no blank line between them, before or after the article body (a menu, a tag list, a section index).',
  positional: true,
  test(block: Block, context: RuleContext) {
    if (block.index >= context.bodyStart && block.index <= context.bodyEnd) return undefined
    if (!block.blankBefore && block.index > 0) {
      // Only a run's first line starts a match, so that a run is removed whole.
      const previous = context.blocks[block.index - 1]
      if (previous && !(previous.index >= context.bodyStart && previous.index <= context.bodyEnd)) return undefined
    }
    let length = 1
    let items = isMenuItem(block) ? 1 : 0
    for (;;) {
      const next = context.blocks[block.index + length]
      if (!next || next.blankBefore || next.index === context.titleIndex || next.index === context.bodyStart) break
      if (isMenuItem(next)) items++
      length++
    }
    return length >= MIN_RUN_BLOCKS && items / length >= MIN_ITEM_SHARE ? {span: length} : undefined
  }
}
