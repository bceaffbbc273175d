import {describe, expect, it} from 'vitest'
import {contributorCredit} from '../../src/decide/rules/contributor-credit.js'
import {itFiresOnTwoPagesAndKeepsANearMiss, outcome, rowTitle, type RuleRow} from '../helpers/rule-context.js'

const ROWS = [
  {input: 'Heba Habib contributed to this report.', expected: true, source: 'corpus wapo-1'},
  {
    input: 'Aerospace Writer Marcia Dunn in Cape Canaveral, Florida, and Vladimir Isachenkov in Moscow contributed to this report.',
    expected: true,
    source: 'corpus yahoo-2'
  },
  {input: 'Edited by Betsy Beyer', expected: true, source: 'corpus google-sre-book-1'},
  {input: 'Reporting by Jane Doe in Hanoi; Editing by John Roe', expected: true, source: 'constructed'},
  {input: 'Additional reporting by Anna Smith in London.', expected: true, source: 'constructed'},
  {input: 'The Associated Press contributed to this story.', expected: true, source: 'constructed'},
  // Near misses: sentences about contributions and about reporting or writing.
  {input: 'Ten agencies contributed data to this report, which found that emissions rose 4% last year.', expected: false, source: 'constructed'},
  {
    input: 'Make a list of nodes that contributed to this score in some way (having some attached nets unroutable, crossing to the other half of the device, or failing timing).',
    expected: false,
    source: 'corpus blogger'
  },
  {input: 'Reporting by The New York Times in 2017 found that the company had paid no federal taxes.', expected: false, source: 'constructed'},
  {input: 'Writing by hand has become rare, a survey of 2,000 students found.', expected: false, source: 'constructed'}
] as const satisfies readonly RuleRow[]

describe('the contributor-credit rule', () => {
  itFiresOnTwoPagesAndKeepsANearMiss(ROWS)
  for (const row of ROWS) {
    it(rowTitle(row), () => {
      expect(outcome(contributorCredit, row)).toEqual(row.expected)
    })
  }
})
