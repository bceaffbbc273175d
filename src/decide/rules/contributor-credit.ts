import type {Rule} from './line-rule.js'

const CREDIT =
  /(?:contributed (?:reporting )?to this (?:report|story|article)|^(?:additional )?reporting by\b|^(?:editing|edited|writing|compiled) by\b|^(?:with )?additional reporting\b|^(?:the )?associated press contributed\b)/iu
const MAX_CREDIT_WORDS = 50
/** The credits that open with a role and "by": what follows is names and places, or it is a sentence. */
const BY_CREDIT = /^(?:additional |with additional )?(?:reporting|editing|edited|writing|compiled) by\b/iu
/** Lower-case words a list of credits holds: roles, "by", places' and names' particles. */
const CREDIT_WORDS = new Set(['by', 'and', 'in', 'of', 'from', 'with', 'at', 'the', 'additional', 'reporting', 'editing', 'writing', 'compiled', 'edited', 'de', 'da', 'van', 'von', 'der', 'la', 'le', 'du', 'bin', 'al'])
/** Lower-case words beyond those that a credit line may hold ("Reporting by The Times in 2017 found that…" has four). */
const MAX_OTHER_LOWER = 1

const LETTER = /\p{L}/u

/** The word without what precedes its first letter and follows its last (a scan: a trailing `[^\p{L}]+$` is quadratic). */
function trimToLetters(word: string): string {
  let start = 0
  let end = word.length
  while (start < end && !LETTER.test(word.charAt(start))) start++
  while (end > start && !LETTER.test(word.charAt(end - 1))) end--
  return word.slice(start, end)
}

/** Whether the line after its role is names, places and roles, not a sentence ("Writing by hand has become rare"). */
function namesOnly(text: string): boolean {
  let other = 0
  for (const word of text.split(' ')) {
    const bare = trimToLetters(word)
    if (bare === '' || !/^\p{Ll}/u.test(bare) || CREDIT_WORDS.has(bare)) continue
    if (++other > MAX_OTHER_LOWER) return false
  }
  return true
}

/**
 * Contributor credits at the foot of a story: "Jane Doe contributed to this
 * report", "Reporting by A; Editing by B", "Additional reporting by C". Why:
 * they belong with the byline, not the body. The near miss it keeps: a sentence
 * about a report that others contributed to ("Ten agencies contributed data to
 * this report, which found …" is long and not a credit line's shape), and a
 * sentence that starts like a credit ("Writing by hand has become rare").
 */
export const contributorCredit: Rule = {
  name: 'contributor-credit',
  reason: 'byline',
  matches: 'A contributor credit: "… contributed to this report", "Reporting by …; Editing by …", "Additional reporting by …".',
  test(block) {
    if (block.measures.words > MAX_CREDIT_WORDS || !CREDIT.test(block.text)) return undefined
    return BY_CREDIT.test(block.text) && !namesOnly(block.text) ? undefined : {}
  }
}
