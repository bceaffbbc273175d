import {describe, expect, it} from 'vitest'
import {archiveNotice} from '../../src/decide/rules/archive-notice.js'
import {itFiresOnTwoPagesAndKeepsANearMiss, outcome, rowTitle, type RuleRow} from '../helpers/rule-context.js'

// The corpus holds one archive notice (the seed); the others are written in
// the style of the sites that show them (The Guardian's "more than N years
// old" banner, a wire story's update note).
const ROWS = [
  {
    input: 'This is an archived article and the information in the article may be outdated. Please look at the time stamp on the story to see when it was last updated.',
    expected: true,
    source: 'seed q13fox-cnn-archived'
  },
  {input: 'This article is more than 5 years old', expected: true, source: 'constructed'},
  {input: 'This story is more than 18 months old.', expected: true, source: 'constructed'},
  {input: "Editor's note: This story has been updated to correct the name of the ministry.", expected: true, source: 'constructed'},
  {input: 'Correction: This article was corrected on March 12 to fix the spelling of a name.', expected: true, source: 'constructed'},
  {input: 'This post was originally published on June 3, 2019.', expected: true, source: 'constructed'},
  // A republication note of the kind the rule already takes ("was originally published").
  {input: 'This article originally appeared on The Atlantic.', expected: true, source: 'corpus citylab-1'},
  // Near misses: sentences about archives, updates and ages.
  {input: 'The archive has been updated with 300 letters.', expected: false, source: 'constructed'},
  {input: 'The library has digitised its archived content from the 1920s.', expected: false, source: 'constructed'},
  {
    input: 'Fixed addon startup issue when an extension sideloaded in the profile is updated on disk (Bug 1664144)',
    expected: false,
    source: 'corpus firefox-nightly-blog'
  },
  {
    input: 'Whale whisperer Hori Parata was just seven years old when he attended his first mass stranding, a beaching of porpoises in New Zealand’s Northland, their cries screeching through the air on the deserted stretch of sand.',
    expected: false,
    source: 'corpus guardian-1'
  },
  {input: 'This story has been told many times, but never by the people who lived it.', expected: false, source: 'constructed'}
] as const satisfies readonly RuleRow[]

describe('the archive-notice rule', () => {
  itFiresOnTwoPagesAndKeepsANearMiss(ROWS)
  for (const row of ROWS) {
    it(rowTitle(row), () => {
      expect(outcome(archiveNotice, row)).toEqual(row.expected)
    })
  }
})
