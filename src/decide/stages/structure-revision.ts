import type {Block} from '../../segment/block.js'
import type {Decisions} from '../classify/classify-blocks.js'
import type {UnitKind} from '../../segment/html/segment-page.js'
import type {ResolvedOptions} from '../../options.js'

/** Link density at which the markup no longer vouches for a block the classifier removed. */
const MAX_VOUCHED_LINK_DENSITY = 0.5
/**
 * For a list item, higher: an item with words of its own besides its link
 * ("Name <link>fixed this</link>", fixture html-blog-linked-list) is a line
 * of the article's list; an item that is only a link is not vouched for.
 */
const MAX_VOUCHED_ITEM_LINK_DENSITY = 0.9
/**
 * Decisions that guess structure from the layout of lines (a dump has no
 * other evidence): the classifier's low-content, a short line above the
 * headline taken for a promo, a run of short lines taken for a menu. In the
 * HTML container the markup says what a block is, so these do not stand.
 */
const LAYOUT_GUESSES = new Set(['classifier', 'header-promo', 'menu-run'])

/**
 * Stage (HTML only), after the shared stages: reads each block's unit kind
 * and link density and the decisions; may overwrite the layout guesses
 * (`classifier`, `header-promo`, `menu-run`) and a figure's caption with
 * `null`, and any block of a table with `tables-option`.
 *
 * Structure outranks the text stages' layout guesses inside the container:
 * the container was chosen by its markup and prose, so a block there that
 * was taken for low content, a promo or a menu (a short paragraph, a list
 * item, a subheading) is kept unless it is mostly links. Rules that name a
 * kind of boilerplate by its words still remove it. On the corpus the
 * classifier's own removals inside the container cost 0.018 body F1 (0.918
 * with them, 0.936 without). A figure's caption stays under its image when
 * `captions` is on (it is in `captions` either way); with `tables: false`,
 * tables go.
 *
 * @returns The decisions revised (the earlier ones are not changed).
 */
export function reviseByStructure(blocks: readonly Block[], unitKinds: readonly UnitKind[], earlier: Decisions, settings: Readonly<ResolvedOptions>): Decisions {
  const decisions = earlier.slice()
  for (const block of blocks) {
    const kind = unitKinds[block.index]
    if (kind === 'table' && !settings.tables) {
      decisions[block.index] = {reason: 'low-content', rule: 'tables-option', start: block.index}
      continue
    }
    const tag = decisions[block.index]
    if (tag === null || tag === undefined) continue
    const vouched = kind === 'list-item' ? MAX_VOUCHED_ITEM_LINK_DENSITY : MAX_VOUCHED_LINK_DENSITY
    if (LAYOUT_GUESSES.has(tag.rule) && (block.html?.linkDensity ?? 0) < vouched) decisions[block.index] = null
    else if (tag.reason === 'caption' && kind === 'caption' && settings.captions) decisions[block.index] = null
  }
  return decisions
}
