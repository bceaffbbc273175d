import {describe, expect} from 'vitest'
import {moreInSection, sectionOfMoreIn} from '../../src/decide/rules/more-in-section.js'
import {itFiresOnTwoPagesAndKeepsANearMiss, outcome, quote, rowIt, rowTitle, type RuleRow} from '../helpers/rule-context.js'

const ROWS = [
  {input: 'More In Defense News', expected: true, source: 'seed defense-news'},
  {input: 'More from Kotaku', expected: true, source: 'corpus lazy-image-2'},
  {input: 'MORE FROM MSN', expected: true, source: 'corpus msn'},
  {input: 'More from Tech Insider', expected: true, source: 'corpus msn'},
  {input: 'More From NBC', expected: true, source: 'corpus schema-org-context-object'},
  {input: 'More From Medium', expected: true, source: 'corpus medium-3'},
  {input: 'More on Nodejs from Voodoo Engineering', expected: true, source: 'corpus lazy-image-1', fails: true},
  {input: 'More from G/O Media', expected: true, source: 'corpus lazy-image-2', fails: true},
  {input: 'More articles in “News”', expected: true, source: 'corpus firefox-nightly-blog', fails: true},
  // Other languages the rule claims.
  {input: 'Plus de Buzz ›', expected: true, source: 'corpus buzzfeed-1', fails: true},
  {input: 'Mehr aus Politik', expected: true, source: 'constructed'},
  {input: 'Más de Deportes', expected: true, source: 'constructed'},
  // Near misses: sentences that start with "More", and a related-links header.
  {input: 'More than 40 people died.', expected: false, source: 'constructed'},
  {input: 'More on that later.', expected: false, source: 'constructed'},
  {input: 'More from the interview: what the minister said about the budget', expected: false, source: 'constructed'},
  {input: 'More on this story', expected: false, source: 'corpus bbc-1'},
  {input: 'Plus de 5 000 personnes ont manifesté samedi à Paris.', expected: false, source: 'constructed'}
] as const satisfies readonly RuleRow[]

describe('the more-in-section rule', () => {
  itFiresOnTwoPagesAndKeepsANearMiss(ROWS)
  for (const row of ROWS) {
    rowIt(row)(rowTitle(row), () => {
      expect(outcome(moreInSection, row)).toEqual(row.expected)
    })
  }
})

const SECTIONS = [
  {input: 'More In Defense News', expected: 'Defense News', source: 'seed defense-news'},
  {input: 'More from Tech Insider', expected: 'Tech Insider', source: 'corpus msn'},
  {input: 'MORE FROM NEWS', expected: 'NEWS', source: 'corpus msn'},
  {input: 'More from G/O Media', expected: 'G/O Media', source: 'corpus lazy-image-2', fails: true},
  {input: 'More articles in “News”', expected: 'News', source: 'corpus firefox-nightly-blog', fails: true},
  {input: 'More than 40 people died.', expected: null, source: 'constructed'},
  {input: 'More on this story', expected: null, source: 'corpus bbc-1'}
] as const satisfies readonly {input: string; expected: string | null; source: string; fails?: boolean}[]

describe('sectionOfMoreIn', () => {
  for (const row of SECTIONS) {
    rowIt(row)(`reads ${row.expected === null ? 'no section' : `the section "${row.expected}"`} from ${quote(row.input)} (${row.source})`, () => {
      expect(sectionOfMoreIn(row.input)).toBe(row.expected)
    })
  }
})
