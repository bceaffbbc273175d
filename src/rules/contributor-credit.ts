import type {Rule} from './rule.js'

const CREDIT =
  /(?:contributed (?:reporting )?to this (?:report|story|article)|^(?:additional )?reporting by\b|^(?:editing|edited|writing|compiled) by\b|^(?:with )?additional reporting\b|^(?:the )?associated press contributed\b)/iu
const MAX_CREDIT_WORDS = 50

/**
 * Contributor credits at the foot of a story: "Jane Doe contributed to this
 * report", "Reporting by A; Editing by B", "Additional reporting by C". Why:
 * they belong with the byline, not the body. The near miss it keeps: a sentence
 * about a report that others contributed to ("Ten agencies contributed data to
 * this report, which found …" is long and not a credit line's shape).
 */
export const contributorCredit: Rule = {
  name: 'contributor-credit',
  reason: 'byline',
  matches: 'A contributor credit: "… contributed to this report", "Reporting by …; Editing by …", "Additional reporting by …".',
  test(block) {
    return block.measures.words <= MAX_CREDIT_WORDS && CREDIT.test(block.text) ? {} : undefined
  }
}
