import {describe, expect} from 'vitest'
import {relatedLinks} from '../../src/decide/rules/related-links.js'
import {itFiresOnTwoPagesAndKeepsANearMiss, outcome, rowIt, rowTitle, type RuleRow} from '../helpers/rule-context.js'

const ROWS = [
  // A header and the headlines listed after it.
  {
    input: [
      'Read more:',
      '',
      'Tunisia’s Islamists get a sobering lesson in governing',
      '',
      'Tunisia sends most foreign fighters to Islamic State in Syria',
      '',
      'Tunisia’s Bardo museum is home to amazing Roman treasures',
      '',
      'Erin Cunningham is an Egypt-based correspondent for The Post. She previously covered conflicts in the Middle East and Afghanistan for the Christian Science Monitor, GlobalPost and The National.'
    ],
    expected: {span: 4},
    source: 'corpus wapo-1'
  },
  {
    input: [
      'Related Coverage',
      'U.S. Sweetens Offer to Take Sudan Off Terrorist List NOV. 7, 2010',
      'Obama Urges Sudan to Allow Aid Groups Back Into the Country MARCH 30, 2009',
      'THE FOOD CHAIN',
      'Darfur Withers as Sudan Sells Food AUG. 9, 2008',
      '',
      'We’re interested in your feedback on this page. Tell us what you think.'
    ],
    expected: {span: 5},
    source: 'corpus nytimes-1'
  },
  {
    input: [
      'Relacionadas',
      'Técnico do Santos dirigiu time em árvore, cruzou América e virou piada na Argentina',
      'Com três de Bale, Real vence o Kashima e vai em busca do sétimo título mundial',
      'Globo muda horário, e rodada de quarta no futebol brasileiro será às 21h30'
    ],
    expected: {span: 4},
    source: 'corpus folha'
  },
  // The list ends where the article's own numbered list goes on.
  {
    input: [
      'Zeev Sharon said that the old rule of thumb is that for every $1000 invested in a room, the hotel should charge $1 in average daily rate. So a room that cost $300,000 to build, should sell on average for $300/night.',
      '',
      'Read more',
      "Man rents out flatmate's room on Airbnb - without telling him",
      'Upmarket holiday company goes bust on eve of bank holiday',
      'It’s possible for a city to have too many tourists',
      '5. Beware the wall-mounted hairdryer',
      '',
      "It contains the most germs of anything in the room. Other studies have said the TV remote and bedside lamp switches are the most unhygienic. “Perhaps because it's something that's easy for the housekeepers to forget to check or to squirt down with disinfectant,” Forrest Jones said."
    ],
    at: 1,
    expected: {span: 4},
    source: 'corpus bug-1255978',
    fails: true
  },
  {
    input: [
      'Faces Places is currently streaming on Netflix and available to digitally rent on Google Play and YouTube.',
      '',
      'Related',
      '',
      "2017's best documentaries found new ways to engage reality in a post-truth world",
      '19) Ingrid Goes West',
      '',
      'Ingrid Goes West is a twisted and dark comedy — part addiction narrative, part stalker story — and yet it’s set in a world that’s almost pathologically cheery: the glossy, sunny, nourishing, superfood- and superlative-loving universe of Instagram celebrity. But despite Ingrid Goes West’s spot-on take on that world, the best thing about the film is that it refuses to traffic in lazy buzzwords and easy skewering, particularly at the expense of young women. Instead, the movie conveys that behind every Instagram image and meltdown is a real person, with real insecurities, real feelings, and real problems. And it recognizes that living a life performed in public can be its own kind of self-deluding prison.'
    ],
    at: 1,
    expected: {span: 2},
    source: 'corpus videos-1',
    fails: true
  },
  // One-line links.
  {input: 'Related: Rich are paying more in taxes but not as much as they used to', expected: {span: 1}, source: 'corpus cnn'},
  {input: 'Lire aussi\u00a0: Les critiques de la CNIL contre le projet de loi sur le renseignement', expected: {span: 1}, source: 'corpus lemonde-1'},
  // Headers (with nothing listed after them here).
  {input: 'More on this story', expected: true, source: 'corpus bbc-1'},
  {input: 'more on this story', expected: true, source: 'corpus guardian-1'},
  {input: 'Related reads', expected: true, source: 'corpus lazy-image-1', fails: true},
  {input: 'Trending Articles', expected: true, source: 'corpus breitbart', fails: true},
  {input: 'Most Popular Stories', expected: true, source: 'corpus herald-sun-1'},
  {input: 'Popular Now on CityLab »', expected: true, source: 'corpus citylab-1', fails: true},
  {input: "Editors' picks", expected: true, source: 'corpus schema-org-context-object', fails: true},
  {input: 'Recommended by Outbrain', expected: true, source: 'corpus bbc-1', fails: true},
  {input: 'Lesen Sie auch', expected: true, source: 'constructed'},
  {input: 'Noticias relacionadas', expected: true, source: 'constructed'},
  // Near misses: body sentences that start like a header.
  {input: 'Related research shows that children who read early do better at school.', expected: false, source: 'constructed'},
  {input: 'Related to each other: for example, a caching server and a web server', expected: false, source: 'corpus google-sre-book-1'},
  {input: 'You may also pass a Request to the Request() constructor to create a copy.', expected: false, source: 'corpus 002'},
  {
    input: 'Watch how much the compressed text on the right side changes from a one-letter change in the uncompressed text on the left:',
    expected: false,
    source: 'corpus links-in-tables'
  },
  {input: 'Lire aussi les témoignages des survivants, recueillis par nos envoyés spéciaux.', expected: false, source: 'constructed'}
] as const satisfies readonly RuleRow[]

describe('the related-links rule', () => {
  itFiresOnTwoPagesAndKeepsANearMiss(ROWS)
  for (const row of ROWS) {
    rowIt(row)(rowTitle(row), () => {
      expect(outcome(relatedLinks, row)).toEqual(row.expected)
    })
  }
})
