import {describe, expect, it} from 'vitest'
import {headerPromo} from '../../src/decide/rules/header-promo.js'
import {itFiresOnTwoPagesAndKeepsANearMiss, outcome, rowTitle, type RuleRow} from '../helpers/rule-context.js'

const Q13_TOP = [
  'Q13 FOX Season of\u00a0Giving',
  '',
  'Decades after a bitter war, U.S. and Vietnam step toward defense\u00a0partnership',
  '',
  'This is an archived article and the information in the article may be outdated. Please look at the time stamp on the story to see when it was last updated.'
] as const

const NYT_TOP = [
  'Log In',
  'Today’s Paper',
  '',
  'Supported by',
  '',
  'As Debt Rises, the Government Will Soon Spend More on Interest Than on the Military',
  '',
  'Tax cuts, spending increases and higher interest rates could make it harder to respond to future recessions and deal with other needs.',
  '',
  'Image',
  'Interest payments on the federal debt could surpass the Defense Department budget in 2023.'
] as const

// Block indexes count lines that are not blank: in NYT_TOP the title is block 3.
const ROWS = [
  // A lone short line above the headline.
  {input: Q13_TOP, at: 0, page: {titleIndex: 1, bodyStart: 3, bodyEnd: 3}, expected: true, source: 'seed q13fox-cnn-archived'},
  {input: NYT_TOP, at: 2, page: {titleIndex: 3, bodyStart: 4, bodyEnd: 6}, expected: true, source: 'corpus nytimes-4'},
  // With no title found, the body's first block is the limit.
  {input: NYT_TOP.slice(3), at: 0, page: {titleIndex: -1, bodyStart: 1, bodyEnd: 3}, expected: true, source: 'corpus nytimes-4'},
  // Near misses: the title itself, a sentence above it, lines of a run above
  // it (menu-run's), and a short line below it.
  {input: Q13_TOP, at: 1, page: {titleIndex: 1, bodyStart: 3, bodyEnd: 3}, expected: false, source: 'seed q13fox-cnn-archived'},
  {input: NYT_TOP, at: 0, page: {titleIndex: 3, bodyStart: 4, bodyEnd: 6}, expected: false, source: 'corpus nytimes-4'},
  {input: NYT_TOP, at: 1, page: {titleIndex: 3, bodyStart: 4, bodyEnd: 6}, expected: false, source: 'corpus nytimes-4'},
  {input: NYT_TOP, at: 5, page: {titleIndex: 3, bodyStart: 4, bodyEnd: 6}, expected: false, source: 'corpus nytimes-4'},
  {
    input: Q13_TOP.slice(2),
    at: 1,
    page: {titleIndex: 0, bodyStart: 1, bodyEnd: 1},
    expected: false,
    source: 'seed q13fox-cnn-archived'
  },
  {
    input: ['Politics', '', 'The Senate passed the bill on Tuesday, sending it to the president, who is expected to sign it this week.'],
    at: 0,
    page: {titleIndex: -1, bodyStart: 1, bodyEnd: 1},
    expected: true,
    source: 'constructed'
  },
  {
    input: ['Carter’s visit to Hai Phong', '', 'Decades after a bitter war, U.S. and Vietnam step toward defense\u00a0partnership', '', 'Politics'],
    at: 2,
    page: {titleIndex: 1, bodyStart: 2, bodyEnd: 2},
    expected: false,
    source: 'constructed'
  }
] as const satisfies readonly RuleRow[]

describe('the header-promo rule', () => {
  itFiresOnTwoPagesAndKeepsANearMiss(ROWS)
  for (const row of ROWS) {
    it(`${rowTitle(row)}${row.at === row.page.titleIndex ? ', the title' : ''}`, () => {
      expect(outcome(headerPromo, row)).toEqual(row.expected)
    })
  }
})
