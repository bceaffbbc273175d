import {describe, expect, it} from 'vitest'
import {hatnote} from '../../src/decide/rules/hatnote.js'
import {itFiresOnTwoPagesAndKeepsANearMiss, outcome, rowTitle, type RuleRow} from '../helpers/rule-context.js'

const ROWS = [
  {input: 'Main article: Firefox', expected: true, source: 'corpus wikipedia'},
  {input: 'Main articles: Geography of New Zealand and Geology of New Zealand', expected: true, source: 'corpus wikipedia-2'},
  {input: 'Main article: Rayleigh quotient', expected: true, source: 'corpus wikipedia-3'},
  {input: 'See also: List of Mozilla products', expected: true, source: 'constructed (Wikipedia)'},
  {input: 'Further information: Treaty of Waitangi', expected: true, source: 'constructed (Wikipedia)'},
  {input: 'Article détaillé : Histoire de la Nouvelle-Zélande.', expected: true, source: 'constructed (French Wikipedia)'},
  {input: 'Hauptartikel: Geschichte Neuseelands', expected: true, source: 'constructed (German Wikipedia)'},
  {input: '主条目：新西兰历史', expected: true, source: 'constructed (Chinese Wikipedia)'},
  // Near misses: prose after the label, and a label in the middle of a sentence.
  {
    input: 'See also: the court held in 2019 that the rule applies to all contracts signed after the reform, whatever their terms.',
    expected: false,
    source: 'constructed'
  },
  {input: 'The main article: a feature on the mayor, ran on the front page.', expected: false, source: 'constructed'}
] as const satisfies readonly RuleRow[]

describe('the hatnote rule', () => {
  itFiresOnTwoPagesAndKeepsANearMiss(ROWS)
  for (const row of ROWS) {
    it(rowTitle(row), () => {
      expect(outcome(hatnote, row)).toEqual(row.expected)
    })
  }
})
