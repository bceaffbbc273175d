import {describe, expect} from 'vitest'
import {copyrightFooter} from '../../src/decide/rules/copyright-footer.js'
import {itFiresOnTwoPagesAndKeepsANearMiss, outcome, rowIt, rowTitle, type RuleRow} from '../helpers/rule-context.js'

// A single line is the last block of its page: the footer, after the article.
const ROWS = [
  // Copyright lines.
  {input: '© 2017 The New York Times Company', expected: true, source: 'corpus nytimes-1'},
  {input: 'Copyright © 2017 Breitbart', expected: true, source: 'corpus breitbart'},
  {input: '©2005-2015 WebMD, LLC. All rights reserved.', expected: true, source: 'corpus webmd-1'},
  {
    input: '© 2016 Cable News Network. A Time Warner Company. All Rights Reserved. Terms under which this service is provided to you. Privacy Policy. .',
    expected: true,
    source: 'corpus cnn'
  },
  {input: '© Libération', expected: true, source: 'corpus liberation-1'},
  {input: 'Copyright 2017 SA LA NACION | Todos los derechos reservados', expected: true, source: 'corpus la-nacion'},
  {input: '© CBS Interactive Inc. \u00a0/\u00a0 Derechos reservados.', expected: true, source: 'corpus cnet-svg-classes'},
  {input: '光明网版权所有', expected: true, source: 'corpus gmw'},
  {input: '腾讯公司 版权所有', expected: true, source: 'corpus qq'},
  {input: 'Citylab.com © 2019 The Atlantic Monthly Group', expected: true, source: 'corpus citylab-1', fails: true},
  {input: 'Royal Road® © 2024', expected: true, source: 'corpus royal-road', fails: true},
  {
    input: 'Portions of this content are ©1998–2015 by individual mozilla.org contributors. Content available under a Creative Commons license.',
    expected: true,
    source: 'corpus mozilla-1',
    fails: true
  },
  {
    input: 'Copyright © 2015 BBC. The BBC is not responsible for the content of external sites. Read about our approach to external linking.',
    expected: true,
    source: 'corpus bbc-1',
    fails: true
  },
  {
    input: 'Copyright Folha de S.Paulo. Todos os direitos reservados. É proibida a reprodução do conteúdo desta página em qualquer meio de comunicação, eletrônico ou impresso, sem autorização escrita da Folhapress.',
    expected: true,
    source: 'corpus folha',
    fails: true
  },
  {
    input: '© 2004-2019 All rights reserved. MNT is the registered trade mark of Healthline Media. Any medical information published on this website is not intended as a substitute for informed medical advice and you should not take any action before consulting with a healthcare professional.',
    expected: true,
    source: 'corpus medicalnewstoday',
    fails: true
  },
  {input: 'Comments and public postings are copyrighted by their creators.', expected: true, source: 'corpus lwn-1', fails: true},
  // Footer links after the article.
  {input: 'Privacy Policy', expected: true, source: 'corpus breitbart'},
  {input: 'Terms of Use', expected: true, source: 'corpus ehow-1'},
  {input: 'Back To Top', expected: true, source: 'corpus herald-sun-1'},
  {input: 'Impressum', expected: true, source: 'corpus heise'},
  // Near misses: sentences about copyright and terms, a credit glued to a
  // paragraph, and a footer word heading prose.
  {input: 'Copyright law was changed in 1998, the court noted, and the new rules apply to songs recorded before then.', expected: false, source: 'constructed', fails: true},
  {
    input: 'Are those of us who have explicitly avoided agreeing to the Facebook terms of service simply fair game for an industry-wide surveillance and targeting network?',
    expected: false,
    source: 'corpus aclu'
  },
  {
    input: 'This isn’t supposed to be a manifesto™© we just think it’s pretty cool to share what we’ve learned so far, and hope you’ll do the same. We’re all in this together.',
    expected: false,
    source: 'corpus medium-1'
  },
  {
    input: '© Provided by Business Insider Inc Nintendo/Apple Nintendo and Apple shocked the world earlier this year by announcing "Super Mario Run," the legendary gaming company\'s first foray into mobile gaming. It\'s a Mario game you can play on your phone with just one hand, so what\'s not to love?',
    expected: false,
    source: 'corpus msn'
  },
  {input: '版权所有者将这家网站告上了法庭。', expected: false, source: 'constructed', fails: true},
  {input: 'Urheberrechtlich geschützte Werke dürfen nur mit Erlaubnis kopiert werden, entschied das Gericht.', expected: false, source: 'constructed'},
  {
    input: ['Help', '', 'Help arrived two days later, when a convoy of trucks reached the village with water, food and medicine for 300 families.'],
    expected: false,
    source: 'constructed'
  }
] as const satisfies readonly RuleRow[]

describe('the copyright-footer rule', () => {
  itFiresOnTwoPagesAndKeepsANearMiss(ROWS)
  for (const row of ROWS) {
    rowIt(row)(rowTitle(row), () => {
      expect(outcome(copyrightFooter, row)).toEqual(row.expected)
    })
  }
})
