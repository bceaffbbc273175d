import {describe, expect} from 'vitest'
import {byline, parseByline, type ParsedByline} from '../../src/decide/rules/byline.js'
import {itFiresOnTwoPagesAndKeepsANearMiss, outcome, quote, rowIt, rowTitle, type RuleRow} from '../helpers/rule-context.js'

const ROWS = [
  {input: 'By John\u00a0Gruber', expected: true, source: 'corpus daringfireball-1'},
  {input: 'by Ahiza Garcia @ahiza_garcia February 1, 2016: 12:41 PM ET', expected: true, source: 'corpus cnn'},
  {input: 'By JEFFREY GETTLEMAN JAN. 13, 2017', expected: true, source: 'corpus nytimes-1'},
  {input: 'Written by Rob Ewaschuk', expected: true, source: 'corpus google-sre-book-1'},
  {input: 'Posted by Andrew Zonenberg at 12:55 AM', expected: true, source: 'corpus blogger'},
  {input: 'by: Laurie Oakes', expected: true, source: 'corpus herald-sun-1'},
  {input: 'By Stella Kim and Jennifer Jett', expected: true, source: 'corpus schema-org-context-object'},
  // A forum-style byline with lower-case user names.
  {input: 'Posted by kovarex, TOGos, Ernestas, Albert on 2019-02-15, all posts', expected: true, source: 'corpus keep-tabular-data', fails: true},
  // A byline that carries the author's one-line bio.
  {
    input: 'By Alex Heath, a deputy editor and author of the Command Line newsletter. He’s covered the tech industry for over a decade at The Information and other outlets.',
    expected: true,
    source: 'corpus theverge',
    fails: true
  },
  // Other languages the rule claims.
  {input: 'Par Sébastien Farcis', expected: true, source: 'corpus liberation-1'},
  {input: 'Par Alexandre Hervaud et Jérémy Piette — 24 novembre 2017 à 18:42', expected: true, source: 'corpus videos-2'},
  {input: 'Por Steven Lee Myers,\u00a0Keith Bradsher y Tariq Panja', expected: true, source: 'corpus nytimes-5'},
  {input: 'Von Anna Müller und Jan Becker', expected: true, source: 'constructed'},
  // Near misses: sentences and labels that start with "By", "Por", "Par".
  {input: 'By the time the ships arrived, the port had been closed for a week.', expected: false, source: 'constructed'},
  {input: 'By Monday, officials said the fire was contained.', expected: false, source: 'constructed'},
  {input: "By Jane Doe's own account, the deal collapsed in March.", expected: false, source: 'constructed', fails: true},
  {
    input: 'By the time of my visit in February, Energy Control had received over 150 samples from the deep web and have been receiving more at a rate of between 4 and 8 a week. Traditional drugs, such as cocaine and MDMA, make up about 70 percent of the samples tested, but the Barcelona lab has also received samples of the prescription pill codeine, research chemicals and synthetic cannabinoids, and even pills of Viagra.',
    expected: false,
    source: 'corpus keep-images'
  },
  {
    input: 'By clicking “accept” below, you acknowledge and grant your consent for these activities unless and until you withdraw your consent using our rights request form. Learn more in our Privacy Policy.',
    expected: false,
    source: 'corpus medicalnewstoday'
  },
  {input: 'by Taboola', expected: false, source: 'corpus msn'},
  {input: 'By changesets', expected: false, source: 'corpus lwn-1'},
  {input: 'Por qué Jerusalén está dividida en occidental y oriental y por qué importa que Donald Trump no mencionara esto', expected: false, source: 'corpus la-nacion'},
  {input: 'Por favor, tente mais tarde!', expected: false, source: 'corpus folha'},
  {input: 'Par la suite, Emmanuel Macron a reçu les syndicats à l’Élysée.', expected: false, source: 'constructed'}
] as const satisfies readonly RuleRow[]

describe('the byline rule', () => {
  itFiresOnTwoPagesAndKeepsANearMiss(ROWS)
  for (const row of ROWS) {
    rowIt(row)(rowTitle(row), () => {
      expect(outcome(byline, row)).toEqual(row.expected)
    })
  }
})

const PARSED = [
  {input: 'By Stella Kim and Jennifer Jett', expected: {names: ['Stella Kim', 'Jennifer Jett'], handles: []}, source: 'corpus schema-org-context-object'},
  {input: 'by Ahiza Garcia @ahiza_garcia February 1, 2016: 12:41 PM ET', expected: {names: ['Ahiza Garcia'], handles: ['ahiza_garcia']}, source: 'corpus cnn'},
  {input: 'By Alissa Wilkinson@alissamarie Updated Jul 24, 2018, 2:15pm EDT', expected: {names: ['Alissa Wilkinson'], handles: ['alissamarie']}, source: 'corpus videos-1'},
  {
    input: 'Por Steven Lee Myers,\u00a0Keith Bradsher y Tariq Panja',
    expected: {names: ['Steven Lee Myers', 'Keith Bradsher', 'Tariq Panja'], handles: []},
    source: 'corpus nytimes-5'
  },
  {input: 'Par Alexandre Hervaud et Jérémy Piette — 24 novembre 2017 à 18:42', expected: {names: ['Alexandre Hervaud', 'Jérémy Piette'], handles: []}, source: 'corpus videos-2'},
  {input: 'Posted by Nikhil Marathe on March 10, 2015at 08:05', expected: {names: ['Nikhil Marathe'], handles: []}, source: 'corpus 002'},
  {input: 'By Brenda Goodman, MA', expected: {names: ['Brenda Goodman'], handles: []}, source: 'corpus webmd-1'},
  // A date after the name is not part of the name.
  {input: 'By JEFFREY GETTLEMAN JAN. 13, 2017', expected: {names: ['JEFFREY GETTLEMAN'], handles: []}, source: 'corpus nytimes-1', fails: true},
  {input: 'by Laura June Topolsky July 10, 2015', expected: {names: ['Laura June Topolsky'], handles: []}, source: 'corpus article-author-tag', fails: true},
  {input: 'by Steven Musil January 18, 2017 11:00 PM PST', expected: {names: ['Steven Musil'], handles: []}, source: 'corpus cnet', fails: true},
  {input: 'By GILLIAN MOHNEY March 11, 2015 3:46 PM Good Morning America', expected: {names: ['GILLIAN MOHNEY'], handles: []}, source: 'corpus yahoo-3', fails: true},
  {
    input: 'By Erin Cunningham March 18 at 3:57 PM Follow @erinmcunningham',
    expected: {names: ['Erin Cunningham'], handles: ['erinmcunningham']},
    source: 'corpus wapo-1',
    fails: true
  },
  // A job title after a comma is not a second author.
  {
    input: 'By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, and Technology Project',
    expected: {names: ['Daniel Kahn Gillmor'], handles: []},
    source: 'corpus aclu',
    fails: true
  },
  {input: 'Posted by Andrew Hayden, Software Engineer on Google Play', expected: {names: ['Andrew Hayden'], handles: []}, source: 'corpus links-in-tables', fails: true},
  // Roles in parentheses do not end the list of names.
  {
    input: 'by Eleanor Ainge Roy (reporting) and Adrian Malloch (photography)',
    expected: {names: ['Eleanor Ainge Roy', 'Adrian Malloch'], handles: []},
    source: 'corpus guardian-1',
    fails: true
  },
  {input: 'By the time the ships arrived, the port had been closed for a week.', expected: null, source: 'constructed'},
  {input: 'by Taboola', expected: null, source: 'corpus msn'}
] as const satisfies readonly {input: string; expected: ParsedByline | null; source: string; fails?: boolean}[]

describe('parseByline', () => {
  for (const row of PARSED) {
    const names = row.expected?.names.map((name) => `"${name}"`).join(' and ')
    const what = row.expected === null ? 'no byline' : `${row.expected.names.length === 1 ? 'the name' : 'the names'} ${names}`
    rowIt(row)(`reads ${what} from ${quote(row.input)} (${row.source})`, () => {
      expect(parseByline(row.input)).toEqual(row.expected)
    })
  }
})
