import {PERSON_NAME} from '../util/patterns.js'
import type {Rule} from './rule.js'

const ROLE =
  /\b(?:reporter|correspondent|editor|writer|journalist|columnist|contributor|author|producer|analyst|critic|photographer|freelancer?|intern|blogger|novelist|anchor|host|chief|bureau|staff|fellow|professor|researcher)\b|\b(?:covers|writes about|reports on|has written for|is the author of)\b/iu
const BIO_START = new RegExp(String.raw`^(${PERSON_NAME}) (?:is|was|has been|had been|covers|writes|reports|joined|serves as|works as|teaches|lives)\b`, 'u')
const ABOUT_AUTHOR = /^(?:about the authors?|about the writer|über den autor|über die autorin|à propos de l'auteur|sobre el autor)[:.]?$/iu
const MAX_BIO_WORDS = 90
/** Prose blocks allowed after a bio (another author's bio, a closing note). */
const MAX_PROSE_AFTER = 1

/** The author's name a bio starts with, or `null` when the line is not a bio. */
export function bioAuthorName(text: string): string | null {
  const start = BIO_START.exec(text)
  if (!start || !ROLE.test(text)) return null
  return start[1] ?? null
}

/**
 * Author bios at the foot of an article: "Aaron Mehta was deputy editor and
 * senior Pentagon correspondent for Defense News, …", and "About the author"
 * headers. A bio starts with a name and a role, and stands after the article's
 * prose (at most one prose block follows it). The near miss it keeps: a body
 * sentence about a journalist in the middle of the story.
 */
export const authorBio: Rule = {
  name: 'author-bio',
  reason: 'author-bio',
  matches: 'An author bio after the article ("<Name> is a reporter for …", "<Name> covers …"), or an "About the author" header.',
  test(block, context) {
    if (ABOUT_AUTHOR.test(block.text)) return {}
    if (block.measures.words > MAX_BIO_WORDS) return undefined
    if (context.proseAfter(block.index) > MAX_PROSE_AFTER) return undefined
    return bioAuthorName(block.text) === null ? undefined : {}
  }
}
