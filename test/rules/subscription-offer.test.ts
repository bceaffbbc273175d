import {describe, expect} from 'vitest'
import {subscriptionOffer} from '../../src/decide/rules/subscription-offer.js'
import {itFiresOnTwoPagesAndKeepsANearMiss, outcome, rowIt, rowTitle, type RuleRow} from '../helpers/rule-context.js'

const ROWS = [
  // The site selling itself: buttons and one-line offers, in several languages.
  {input: 'Subscribe', expected: true, source: 'corpus ars-1'},
  {input: 'Subscribe now to access Herald Sun.', expected: true, source: 'corpus herald-sun-1'},
  {input: 'Subscribe for a free trial', expected: true, source: 'corpus bug-1255978'},
  // Not met yet: the pattern wants a word between "a" and "member".
  {input: 'Become a Member', expected: true, source: 'corpus aclu', fails: true},
  {input: 'BECOME A CNET MEMBER FOR FREE!', expected: true, source: 'corpus cnet'},
  {input: 'Assine', expected: true, source: 'corpus folha'},
  {input: 'SUSCRÍBETE', expected: true, source: 'corpus cnet-svg-classes'},
  {input: 'Abonnieren', expected: true, source: 'corpus heise'},
  {input: 'Already a subscriber? Log in', expected: true, source: 'constructed'},
  // Near misses: a newsletter sign-up (the newsletter-prompt rule's), a menu
  // label, and sentences about subscribers.
  {input: 'Subscribe to our other newsletters here.', expected: false, source: 'corpus citylab-1'},
  {input: 'Subscriptions', expected: false, source: 'corpus bug-1255978'},
  {input: 'Subscribers can read the full report.', expected: false, source: 'constructed'},
  {
    input: 'Subscribe to the idea that a city can be rebuilt from the ground up and you will find plenty of evidence in this district, where the old mills now house some two thousand residents.',
    expected: false,
    source: 'constructed'
  }
] as const satisfies readonly RuleRow[]

describe('the subscription-offer rule', () => {
  itFiresOnTwoPagesAndKeepsANearMiss(ROWS)
  for (const row of ROWS) {
    rowIt(row)(rowTitle(row), () => {
      expect(outcome(subscriptionOffer, row)).toEqual(row.expected)
    })
  }
})
