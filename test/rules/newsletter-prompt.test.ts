import {describe, expect} from 'vitest'
import {newsletterPrompt} from '../../src/decide/rules/newsletter-prompt.js'
import {itFiresOnTwoPagesAndKeepsANearMiss, outcome, rowIt, rowTitle, type RuleRow} from '../helpers/rule-context.js'

const ROWS = [
  {input: 'Sign Up For Our Newsletter', expected: true, source: 'corpus breitbart'},
  {input: 'Join the Ars Orbital Transmission mailing list to get weekly updates delivered to your inbox.', expected: true, source: 'corpus ars-1'},
  {input: 'Your guide to gaming delivered to your inbox daily.', expected: true, source: 'corpus lazy-image-2'},
  {input: 'Get Quanta Magazine delivered to your inbox', expected: true, source: 'corpus quanta-1'},
  {input: 'The news, but shorter, delivered straight to your inbox.', expected: true, source: 'corpus videos-1'},
  {input: 'Cities are changing fast. Keep up with the CityLab Daily newsletter.', expected: true, source: 'corpus citylab-1', fails: true},
  {input: 'Key market news. In your inbox.', expected: true, source: 'corpus cnn'},
  {input: 'Be the first to know. Sign up to receive news about the IAB programs, standards, events, classes, and more!', expected: true, source: 'corpus iab-1', fails: true},
  {input: '[What you need to know to start the day: Get New York Today in your inbox.]', expected: true, source: 'corpus nytimes-3'},
  {input: 'Thanks! Please check your inbox to confirm your subscription.', expected: true, source: 'corpus mozilla-1', fails: true},
  // Other languages the rule claims.
  {input: 'Abonnez-vous à partir de 1 €', expected: true, source: 'corpus lemonde-1'},
  {input: 'Recevez nos newsletters', expected: true, source: 'corpus lemonde-1'},
  {input: "S'abonner", expected: true, source: 'corpus liberation-1', fails: true},
  {input: "S'abonner au Monde à partir de 1 €", expected: true, source: 'corpus lemonde-1', fails: true},
  {input: 'Abonnieren', expected: true, source: 'corpus heise'},
  {input: 'SUSCRÍBETE', expected: true, source: 'corpus cnet-svg-classes'},
  {input: 'Suscribite', expected: true, source: 'corpus la-nacion', fails: true},
  // Near misses: sentences about newsletters, sign-ups and inboxes.
  {input: 'The newsletter, which has 2 million readers, said the merger would close in June.', expected: false, source: 'constructed'},
  {input: 'Subscribers to the paper fell by 12% last year.', expected: false, source: 'constructed'},
  {
    input: 'When you sign up for Facebook, it encourages you to upload your list of contacts so that the site can "find your friends." Facebook uses this contact information to learn about people, even if those people don\'t agree to participate. It also links people together based on who they know, even if the shared contact hasn\'t agreed to this use.',
    expected: false,
    source: 'corpus aclu'
  },
  {
    input: 'A week after I visit the lab, the results of the MDMA arrive in my inbox: it is 85 percent pure, with no indications of other active ingredients. Whoever ordered that sample from the digital shelves of the deep web, and had it shipped to their doorstep in Canada, got hold of some seriously good, and relatively safe drugs. And now they know it.',
    expected: false,
    source: 'corpus keep-images'
  },
  {
    input: 'You can contribute to the evolution of this API by participating in discussions on the WHATWG mailing list and in the issues in the Fetch and ServiceWorkerspecifications.',
    expected: false,
    source: 'corpus 002'
  },
  {input: 'Les abonnés du Monde ont reçu la lettre lundi matin.', expected: false, source: 'constructed'}
] as const satisfies readonly RuleRow[]

describe('the newsletter-prompt rule', () => {
  itFiresOnTwoPagesAndKeepsANearMiss(ROWS)
  for (const row of ROWS) {
    rowIt(row)(rowTitle(row), () => {
      expect(outcome(newsletterPrompt, row)).toEqual(row.expected)
    })
  }
})
