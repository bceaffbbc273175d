import {describe, expect, it} from 'vitest'
import {menuRun} from '../../src/decide/rules/menu-run.js'
import {itFiresOnTwoPagesAndKeepsANearMiss, outcome, rowTitle, type RuleRow} from '../helpers/rule-context.js'

const INDEPENDENT_PARAGRAPH =
  'Zeev Sharon and Michael Forrest Jones both run hotel start-ups in the US. Forrest Jones runs the start-up Beechmont Hotels Corporation, a hotel operating company that consults with hotel owners on how they can improve their business. Sharon is the CEO of Hotelied, a start-up that allows people to sign up for discounts at luxury hotels.'

// Block indexes count lines that are not blank. A run is matched at its
// first line, and removed whole.
const ROWS = [
  {
    // The site menu at the top of the page, before the article.
    input: ['News', 'Brexit latest', 'The Big Questions', 'UK', 'US', 'World', 'People', 'Politics', 'Business', 'Science', 'Media', 'Obituaries', 'US Election', 'Voices', '', INDEPENDENT_PARAGRAPH],
    at: 0,
    page: {bodyStart: 14, bodyEnd: 14},
    expected: {span: 14},
    source: 'corpus bug-1255978'
  },
  {
    input: [
      'Home',
      'News',
      'news',
      'Education',
      'Labor',
      'Health Care',
      'Reproductive Rights',
      '',
      "Starbucks' cringe-inducing #RaceTogether campaign has caused a Twitter firestorm Joanna Rothkopf"
    ],
    at: 0,
    page: {bodyStart: -1, bodyEnd: -1},
    expected: {span: 7},
    source: 'corpus salon-1'
  },
  {
    // A sidebar's list of links after a caption, before the page's prose.
    input: [
      'Portrait by George Del Barrio',
      '',
      'Mac Apps',
      'BBEdit',
      'Acorn',
      'MarsEdit',
      'Napkin',
      'Yojimbo',
      'Transmit',
      'Script Debugger',
      'Snapz Pro X',
      'WebKit',
      'iPhone Apps',
      'Vesper',
      'Server Software',
      '',
      'The Daring Fireball website is hosted by Joyent.',
      '',
      'Articles and links are published through Movable Type. In addition to my own SmartyPants and Markdown plug-ins, Daring Fireball uses several excellent Movable Type plug-ins, including Brad Choate’s MT-Regex and MT-IfEmpty, and Nat Irons’s Amputator.'
    ],
    at: 1,
    page: {bodyStart: 14, bodyEnd: 15},
    expected: {span: 13},
    source: 'corpus daringfireball-1'
  },
  // Near misses: a numbered list, a table inside the body, and code after a
  // paragraph (the body region found by the page ends before the code).
  {input: ['1. Finland', '2. Norway', '3. Australia'], at: 0, page: {bodyStart: -1, bodyEnd: -1}, expected: false, source: 'constructed'},
  {
    input: [
      'The release history for LibreOffice tells a slightly different story:',
      '',
      'Release\tDate',
      '4.2.3\tApril 2014',
      '4.1.6\tApril 2014',
      '4.2.4\tMay 2014',
      '4.2.5\tJune 2014',
      '4.3\tJuly 2014',
      '',
      'It seems clear that LibreOffice has maintained a rather more frenetic release cadence, generally putting out at least one release per month. The project typically keeps at least two major versions alive at any one time. Most of the releases are of the minor, bug-fix variety, but there have been two major releases in the last year as well.'
    ],
    at: 1,
    page: {bodyStart: 0, bodyEnd: 7},
    expected: false,
    source: 'corpus lwn-1'
  },
  {
    input: [
      'So how do you read out the body multiple times within such constraints? The API provides a clone() method on the two interfaces. This will return a clone of the object, with a ‘new’ body. clone() MUST be called before the body of the corresponding object has been used. That is, clone() first, read later.',
      '',
      "addEventListener('fetch', function(evt) {",
      '  var sheep = new Response("Dolly");',
      '  console.log(sheep.bodyUsed); // false',
      '  var clone = sheep.clone();',
      '  console.log(clone.bodyUsed); // false'
    ],
    at: 1,
    page: {bodyStart: 0, bodyEnd: 0},
    expected: false,
    source: 'corpus 002'
  },
  {
    // Two short lines are not a menu.
    input: ['Home', 'News', '', INDEPENDENT_PARAGRAPH],
    at: 0,
    page: {bodyStart: 2, bodyEnd: 2},
    expected: false,
    source: 'constructed'
  }
] as const satisfies readonly RuleRow[]

describe('the menu-run rule', () => {
  itFiresOnTwoPagesAndKeepsANearMiss(ROWS)
  for (const row of ROWS) {
    it(rowTitle(row), () => {
      expect(outcome(menuRun, row)).toEqual(row.expected)
    })
  }
})
