import {describe, expect} from 'vitest'
import {authorBio, bioAuthorName} from '../../src/decide/rules/author-bio.js'
import {itFiresOnTwoPagesAndKeepsANearMiss, outcome, quote, rowIt, rowTitle, type RuleRow} from '../helpers/rule-context.js'

const AARON_MEHTA =
  'Aaron Mehta was deputy editor and senior Pentagon correspondent for Defense News, covering policy, strategy and acquisition at the highest levels of the Defense Department and its international partners.'
const ERIN_CUNNINGHAM =
  'Erin Cunningham is an Egypt-based correspondent for The Post. She previously covered conflicts in the Middle East and Afghanistan for the Christian Science Monitor, GlobalPost and The National.'
const DAN_GOODIN =
  'Dan Goodin Dan is the Security Editor at Ars Technica, which he joined in 2012 after working for The Register, the Associated Press, Bloomberg News, and other publications.'
const STEPHEN_CONE =
  'Stephen Cone is a master of small, carefully realized filmmaking; his earlier films such as The Wise Kids and Henry Gamble’s Birthday Party combine an unusual level of empathy for his characters with an unusual combination of interests: love, desire, sexual awakenings, and religion. Princess Cyd is his most accomplished film yet, about a young woman named Cyd (Jessie Pinnick) who finds herself attracted to Katie (Malic White), a barista, while visiting her Aunt Miranda (Rebecca Spence, playing a character modeled on the author Marilynne Robinson) in Chicago. As she works through her own sexual awakening with Katie, Cyd unwinds some of the ways Miranda’s life has gotten too safe. They provoke each other while forming a bond and being prodded toward a bigger understanding of the world. It is a graceful and honest film, and it feels like a modest miracle.'
const NEW_LOOK =
  'New Look is planning a menswear push after poaching Christopher Englinde, H&M’s menswear chief. Like-for-like sales at the fashion chain rose 5 per cent'

// A single line is the last block of its page: no prose follows it.
const ROWS = [
  {input: AARON_MEHTA, expected: true, source: 'seed defense-news'},
  {
    input: 'Lucas Nolan is a reporter for Breitbart Tech covering issues of free speech and online censorship. Follow him on Twitter @LucasNolan_ or email him at lnolan@breitbart.com',
    expected: true,
    source: 'corpus breitbart'
  },
  {input: 'Mark di Stefano is a breaking news reporter for BuzzFeed News and is based in Sydney, Australia.', expected: true, source: 'corpus buzzfeed-1'},
  {
    // Two co-authors' bios: the first is followed by one prose block, the other bio.
    input: ['Stella Kim is an NBC News freelance producer based in Seoul.', '', 'Jennifer Jett is the Asia Digital Editor for NBC News, based in Hong Kong.'],
    expected: true,
    source: 'corpus schema-org-context-object'
  },
  {input: 'About the Author', expected: true, source: 'corpus citylab-1'},
  {input: 'About the author', expected: true, source: 'corpus iab-1'},
  {input: "À propos de l'auteur", expected: true, source: 'constructed'},
  {input: 'Über den Autor', expected: true, source: 'constructed'},
  // Real bios followed by the page's footer prose (comment policy, newsletter
  // prompt, copyright, teasers), which is not the article.
  {
    input: [
      ERIN_CUNNINGHAM,
      '',
      'Washingtologists consistently post thought-provoking, timely comments on events, communities, and trends in the Washington area.',
      '',
      'This commenter is a Washington Post contributor. Post contributors aren’t staff, but may write articles or columns. In some cases, contributors are sources or experts quoted in a story.'
    ],
    expected: true,
    source: 'corpus wapo-1',
    fails: true
  },
  {
    input: [
      DAN_GOODIN,
      '',
      'Join the Ars Orbital Transmission mailing list to get weekly updates delivered to your inbox.',
      '',
      '© 2020 Condé Nast. All rights reserved. Use of and/or registration on any portion of this site constitutes acceptance of our User Agreement (updated 1/1/20) and Privacy Policy and Cookie Statement (updated 1/1/20) and Ars Technica Addendum (effective 8/21/2018). Ars may earn compensation on sales from links on this site. Read our affiliate link policy.',
      '',
      'The material on this site may not be reproduced, distributed, transmitted, cached or otherwise used, except with the prior written permission of Condé Nast.'
    ],
    expected: true,
    source: 'corpus ars-1',
    fails: true
  },
  {
    input: [
      'Sarah Archer is the author of The Midcentury Kitchen.',
      '',
      'Innisfil, Ontario, decided to partially subsidize ride-hailing trips rather than pay for a public bus system. It worked so well that now they have to raise fares and cap rides.',
      '',
      'Using technology currently in development, AC units in skyscrapers and homes could get turned into machines that pull carbon dioxide out of the atmosphere.'
    ],
    expected: true,
    source: 'corpus citylab-1',
    fails: true
  },
  {input: 'LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR', expected: true, source: 'corpus herald-sun-1', fails: true},
  // Near misses: a sentence about a journalist in the middle of the story,
  // a teaser about a company, a comment badge.
  {
    input: [
      'Jamal Khashoggi was a columnist for The Washington Post who had criticised the crown prince, and he entered the consulate in Istanbul on Oct. 2.',
      '',
      'Turkish officials said he was killed inside the building within minutes of his arrival, and that his body was never found.',
      '',
      'Saudi Arabia first denied any knowledge of his fate, then said he had died in a fight that broke out during his visit.'
    ],
    expected: false,
    source: 'constructed'
  },
  {input: NEW_LOOK, expected: false, source: 'corpus bug-1255978', fails: true},
  {input: 'This commenter is a Washington Post editor, reporter or producer.', expected: false, source: 'corpus wapo-1'},
  {input: 'He declined to comment.', expected: false, source: 'constructed'},
  {input: 'Über den Autor des Buches ist wenig bekannt.', expected: false, source: 'constructed'}
] as const satisfies readonly RuleRow[]

describe('the author-bio rule', () => {
  itFiresOnTwoPagesAndKeepsANearMiss(ROWS)
  for (const row of ROWS) {
    rowIt(row)(rowTitle(row), () => {
      expect(outcome(authorBio, row)).toEqual(row.expected)
    })
  }
})

const NAMES = [
  {input: AARON_MEHTA, expected: 'Aaron Mehta', source: 'seed defense-news'},
  {input: 'Mark di Stefano is a breaking news reporter for BuzzFeed News and is based in Sydney, Australia.', expected: 'Mark di Stefano', source: 'corpus buzzfeed-1'},
  {input: 'Steven Mufson covers the White House. Since joining The Post, he has covered economics, China, foreign policy and energy.', expected: 'Steven Mufson', source: 'corpus wapo-2'},
  {input: DAN_GOODIN, expected: 'Dan Goodin', source: 'corpus ars-1', fails: true},
  {input: 'LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR', expected: 'LAURIE OAKES', source: 'corpus herald-sun-1', fails: true},
  {input: NEW_LOOK, expected: null, source: 'corpus bug-1255978', fails: true},
  {input: STEPHEN_CONE, expected: null, source: 'corpus videos-1', fails: true},
  {input: 'He declined to comment.', expected: null, source: 'constructed'}
] as const satisfies readonly {input: string; expected: string | null; source: string; fails?: boolean}[]

describe('bioAuthorName', () => {
  for (const row of NAMES) {
    rowIt(row)(`reads ${row.expected === null ? 'no name' : `the name "${row.expected}"`} from ${quote(row.input, 60)} (${row.source})`, () => {
      expect(bioAuthorName(row.input)).toBe(row.expected)
    })
  }
})
