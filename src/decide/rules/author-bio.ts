import {NAME_WORD, PERSON_NAME} from '../../util/patterns.js'
import type {Finding} from './finding.js'
import type {Rule} from './line-rule.js'

const ROLE =
  /\b(?:reporter|correspondent|editor|writer|journalist|columnist|contributor|author|producer|analyst|critic|photographer|freelancer?|intern|blogger|novelist|anchor|host|chief|bureau|staff|fellow|professor|researcher)\b|\b(?:covers|writes about|reports on|has written for|is the author of)\b/iu
const BIO_START = new RegExp(String.raw`^(${PERSON_NAME}) (?:is|was|has been|had been|covers|writes|reports|joined|serves as|works as|teaches|lives)\b`, 'u')
const ABOUT_AUTHOR = /^(?:about the authors?|about the writer|über den autor|über die autorin|à propos de l'auteur|sobre el autor)[:.]?$/iu
const MAX_BIO_WORDS = 90
// "… correspondent for Defense News, covering …", "… reporter at The Daily Star.": the publication a bio names, a clue to the site's name.
const FOR_PUBLICATION = new RegExp(String.raw`\b(?:for|at|with) (${NAME_WORD}(?: (?:${NAME_WORD}|of|the|&)){0,4})(?=[,.;)]|$| and | where | from | since | covering | in )`, 'gu')
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
  reports: ['author-bio', 'site-name'],
  test(block, context) {
    // A header names no one ("About the author").
    if (ABOUT_AUTHOR.test(block.text)) return {findings: bioFindings(block.text, null)}
    if (block.measures.words > MAX_BIO_WORDS) return undefined
    if (context.proseAfter(block.index) > MAX_PROSE_AFTER) return undefined
    const name = bioAuthorName(block.text)
    return name === null ? undefined : {findings: bioFindings(block.text, name)}
  }
}

/** A bio's author and the publications it names. */
function bioFindings(text: string, name: string | null): Finding[] {
  const findings: Finding[] = []
  if (name !== null) findings.push({kind: 'author-bio', name, bio: text})
  for (const match of text.matchAll(FOR_PUBLICATION)) if (match[1]) findings.push({kind: 'site-name', name: match[1], source: 'bio'})
  return findings
}
