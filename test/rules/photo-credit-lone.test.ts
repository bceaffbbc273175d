import {describe, expect, it} from 'vitest'
import {parseCaption, photoCredit} from '../../src/decide/rules/photo-credit.js'
import {itFiresOnTwoPagesAndKeepsANearMiss, outcome, rowTitle, type RuleRow} from '../helpers/rule-context.js'

// Lone credit lines under a gallery's or a how-to's pictures. The rest of
// photo-credit's table (captions with a credit in them) is in
// test/rules/photo-credit.test.ts.
const ROWS = [
  {input: 'Getty', expected: true, source: 'corpus bug-1255978'},
  {input: 'GETTY IMAGES', expected: true, source: 'corpus bug-1255978'},
  {input: 'AP', expected: true, source: 'corpus bug-1255978'},
  {input: 'Oli Scarff | Getty Images', expected: true, source: 'corpus bug-1255978'},
  {input: 'ChinaFotoPress/ChinaFotoPress via Getty Images', expected: true, source: 'corpus bug-1255978'},
  {input: '2011 Getty Images', expected: true, source: 'corpus bug-1255978'},
  {input: 'Splash News/Corbis', expected: true, source: 'corpus bug-1255978'},
  {input: 'evgenyb/iStock/Getty Images', expected: true, source: 'corpus ehow-2'},
  // Near misses: an agency named in a sentence or a label, a state's abbreviation after its name.
  {input: 'The map was drawn by AP', expected: false, source: 'constructed'},
  {input: 'I love Getty', expected: false, source: 'constructed'},
  {input: 'Pennsylvania PA', expected: false, source: 'constructed'},
  {input: 'Reuters reported the deal on Monday, citing two people familiar with it', expected: false, source: 'constructed'}
] as const satisfies readonly RuleRow[]

describe('the photo-credit rule, on lone credit lines', () => {
  itFiresOnTwoPagesAndKeepsANearMiss(ROWS)
  for (const row of ROWS) {
    it(rowTitle(row), () => {
      expect(outcome(photoCredit, row)).toEqual(row.expected)
    })
  }

  it('reads a lone credit as a caption with no text', () => {
    expect(parseCaption('Oli Scarff | Getty Images')).toEqual({text: null, credit: 'Oli Scarff | Getty Images'})
  })
})
