import {NAME_WORD} from '../../util/patterns.js'
import type {Rule} from './line-rule.js'

const HEAD = /^(?:more (?:in|from|on|about)|plus d[e']|mehr (?:aus|zu|von)|más (?:de|en|sobre)|mais (?:de|sobre)) ?/iu
/** Up to six capitalised words, with "&", "and", "of", "the" between them. */
const SECTION = new RegExp(String.raw`^${NAME_WORD}(?: (?:${NAME_WORD}|&|and|of|the)){0,5}$`, 'u')

/**
 * The section a "More In <Section>" line names, or `null` when the line is not
 * one. Used by the rule and as a clue to the site's name.
 */
export function sectionOfMoreIn(text: string): string | null {
  const head = HEAD.exec(text)
  if (!head) return null
  const rest = text.slice(head[0].length)
  return SECTION.test(rest) ? rest : null
}

/**
 * A section link: "More In <Section>" at the end of an article, pointing to the
 * section's index. Its section is also a clue to the site's name (seed
 * defense-news: "More In Defense News"). The near miss it keeps: "More than 40
 * people died" (not capitalised words, and a sentence).
 */
export const moreInSection: Rule = {
  name: 'more-in-section',
  reason: 'related-links',
  matches: 'A "More In <Section>" / "More from <Section>" link line naming a section in capitalised words.',
  reports: ['site-name'],
  test(block) {
    if (block.measures.words > 9) return undefined
    const section = sectionOfMoreIn(block.text)
    // One section's name is no site's: resolveSiteName wants a second clue that agrees.
    return section === null ? undefined : {findings: [{kind: 'site-name', name: section, source: 'more-in'}]}
  }
}
