import {describe, expect} from 'vitest'
import {adMarker} from '../../src/decide/rules/ad-marker.js'
import {itFiresOnTwoPagesAndKeepsANearMiss, outcome, rowIt, rowTitle, type RuleRow} from '../helpers/rule-context.js'

const ROWS = [
  // Labels left where an ad slot was.
  {input: 'Advertisement', expected: true, source: 'corpus bbc-1'},
  {input: 'ADVERTISING', expected: true, source: 'corpus cnn'},
  {input: 'Continue reading the main story', expected: true, source: 'corpus nytimes-5'},
  {input: 'inRead invented by Teads', expected: true, source: 'corpus cnet'},
  {input: 'Ads by Google', expected: true, source: 'corpus bbc-1'},
  {input: 'Sponsored Stories', expected: true, source: 'corpus ars-1'},
  {input: 'AdChoices', expected: true, source: 'corpus msn'},
  {input: 'Ad Choices', expected: true, source: 'corpus wapo-1', fails: true},
  {input: 'Promoted Links', expected: true, source: 'corpus msn', fails: true},
  {input: 'Promoted content by Outbrain', expected: true, source: 'corpus bbc-1', fails: true},
  {input: 'Promoted By Zergnet', expected: true, source: 'corpus ehow-2', fails: true},
  {input: 'Paid Partner', expected: true, source: 'corpus cnn', fails: true},
  {input: 'Ads via The Deck', expected: true, source: 'corpus daringfireball-1', fails: true},
  // Other languages the rule claims.
  {input: 'Anzeige', expected: true, source: 'corpus heise'},
  {input: 'Publicité', expected: true, source: 'corpus liberation-1'},
  {input: 'Publicidad', expected: true, source: 'constructed'},
  // Near misses: sentences and links about advertising, not ad slots.
  {input: 'Advertising revenue fell 10% this year.', expected: false, source: 'constructed'},
  {input: 'Sponsored by the Knight Foundation, the survey asked 2,000 adults where they get their news.', expected: false, source: 'constructed'},
  {input: 'Ad Blocking: What you need to know', expected: false, source: 'corpus iab-1'},
  {input: 'Advertising Guidelines', expected: false, source: 'corpus article-author-tag'},
  {input: 'Die Anzeige ging am Montag bei der Polizei in Hannover ein.', expected: false, source: 'constructed'},
  {input: 'La publicité en ligne a reculé de 3 % en 2015.', expected: false, source: 'constructed'}
] as const satisfies readonly RuleRow[]

describe('the ad-marker rule', () => {
  itFiresOnTwoPagesAndKeepsANearMiss(ROWS)
  for (const row of ROWS) {
    rowIt(row)(rowTitle(row), () => {
      expect(outcome(adMarker, row)).toEqual(row.expected)
    })
  }
})
