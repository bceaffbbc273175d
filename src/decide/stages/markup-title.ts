import type {Block} from '../../segment/block.js'
import type {Decided} from '../decide-blocks.js'
import {squash} from '../../util/squash.js'

/**
 * Stage (HTML only), last, once the markup's metadata is settled: reads the
 * page's title and the blocks' tags; decides `title` for a kept heading that
 * repeats it (the article's `<h1>` is the title, not body), and `null` for a
 * block the shared stages took for the title but which is not the page's
 * (HTML states its title in the markup). No other decision changes.
 *
 * @param blocks The container's blocks.
 * @param decided The decisions of the earlier stages (not changed).
 * @param title The page's title from its markup, or null.
 * @returns The decisions with the title's settled.
 */
export function decideMarkupTitle(blocks: readonly Block[], decided: Decided, title: string | null): Decided {
  const key = title === null ? null : squash(title)
  const decisions = decided.decisions.slice()
  for (const block of blocks) {
    const tag = decisions[block.index]
    // Only a kept heading or a block taken for the title can change: the others are not compared.
    const heading = tag === null && block.html?.kind === 'heading'
    if (!heading && tag?.rule !== 'title') continue
    const same = key !== null && squash(block.text) === key
    if (heading && same) decisions[block.index] = {reason: 'title', rule: 'title', start: block.index}
    else if (tag?.rule === 'title' && !same) decisions[block.index] = null
  }
  return {...decided, decisions}
}
