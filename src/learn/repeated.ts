import type {Block} from '../segment/block.js'
import type {Decisions} from '../decide/classify/classify-blocks.js'
import type {ResolvedOptions} from '../options.js'
import {lineKey} from './line-key.js'
import type {SiteLines} from './profile.js'

/**
 * The test "is this line the site's furniture?" for one page, from what was
 * learned about its site: the line recurs on enough pages, and was not body
 * prose on most of them.
 */
export function repeatedLineTest(site: SiteLines, settings: Readonly<ResolvedOptions>): (block: Block) => boolean {
  const {lines} = site
  return (block) => {
    const key = lineKey(block.text)
    if (key === '' || !Object.hasOwn(lines, key)) return false
    const [pages, bodyPages] = lines[key] as [number, number]
    return pages >= settings.minRepeatPages && bodyPages <= pages * settings.maxRepeatBodyShare
  }
}

/** Words from which a kept sentence counts as body when learning. */
const BODY_SENTENCE_WORDS = 4

/**
 * Whether a block the classifier kept is the article's: a sentence. A label
 * it let through (a menu item, "Photo", a promo it took for a subheading) is
 * not, so that learning can take it out; a recurring heading of the site's
 * template is furniture too.
 */
export function isBodyLine(block: Block, decisions: Decisions): boolean {
  return decisions[block.index] === null && block.paragraph.endsSentence && block.paragraph.words >= BODY_SENTENCE_WORDS
}
