import {describe, expect} from 'vitest'
import {parseCaption, photoCredit} from '../../src/decide/rules/photo-credit.js'
import type {Caption} from '../../src/types.js'
import {itFiresOnTwoPagesAndKeepsANearMiss, outcome, quote, rowIt, rowTitle, type RuleRow} from '../helpers/rule-context.js'

const Q13_CAPTION =
  'Secretary of State John Kerry and Vietnamese Foreign Minister Pham Binh Minh meet to talk about easing some restrictions on defense sales to Vietnam. (Pool photo)'
const NETANYAHU_CAPTION =
  "Israeli Prime Minister Benjamin Netanyahu reacts as he visits the Western Wall in Jerusalem on March 18 following his party's victory in Israel's general election. (Thomas Coex/AFP/Getty Images)"
const NEONWORKS_CAPTION =
  'Martin Wartman, a student at Northern Kentucky University, works on a neon sign at the Neonworks of Cincinnati workshop connected to the American Sign Museum, in 2016. (John Minchillo / AP)'
const PROTESTERS_CAPTION =
  'Protesters scuffling with police officers outside the headquarters of Yoon’s People Power Party in Seoul on Friday. Ezra Acayan / Getty Images'

const ROWS = [
  // Credits in parentheses.
  {input: Q13_CAPTION, expected: true, source: 'seed q13fox-cnn-archived'},
  {input: NETANYAHU_CAPTION, expected: true, source: 'corpus wapo-2'},
  {input: 'Un Népalais prie à Katmandou, le 30 avril 2015. (Photo Prakash Mathema. AFP)', expected: true, source: 'corpus liberation-1'},
  {
    input: 'Workers remove a hammer and sickle from a neon sign that reads “Glory to Communism,” visible on the roof of the Communist-run electricity-board headquarters in Czechoslovakia in 1989. (AP)',
    expected: true,
    source: 'corpus citylab-1',
    fails: true
  },
  {input: NEONWORKS_CAPTION, expected: true, source: 'corpus citylab-1', fails: true},
  {
    input: "Gunmen in military uniforms stormed Tunisia's national museum, killing at least 19 people, most of them foreign tourists. (Reuters)",
    expected: true,
    source: 'corpus wapo-1',
    fails: true
  },
  // Labelled credits, in the corpus's languages.
  {input: 'Whale expert Hori Parata. Photograph: Adrian Malloch for the Guardian', expected: true, source: 'corpus guardian-1'},
  {input: 'Image: Vjeran Pavic / The Verge', expected: true, source: 'corpus theverge'},
  {input: 'Fernando Caudevilla, AKA DoctorX. Photo: Joseph Cox', expected: true, source: 'corpus keep-images'},
  {
    input: 'A man walks past an armoured personnel carrier parked on a Harare street on Thursday Credit: STR/AFP',
    expected: true,
    source: 'corpus telegraph'
  },
  {input: 'Spokojený Tomáš Souček po vítězství ve Villa Parku. | Foto: Reuters', expected: true, source: 'corpus aktualne'},
  {input: 'Foto: LA NACION', expected: true, source: 'corpus la-nacion'},
  {input: 'Photo by James Martin/CNET', expected: true, source: 'corpus cnet', fails: true},
  {input: 'Photo by Ricardo Gomez Angel', expected: true, source: 'corpus toc-missing', fails: true},
  {input: 'Credit Harry Campbell', expected: true, source: 'corpus nytimes-2', fails: true},
  // Agency credits.
  {input: 'The Moulin Rouge cabaret in Paris Benoit Tessier/Reuters', expected: true, source: 'corpus citylab-1'},
  {input: 'Paul Morigi/Getty Images', expected: true, source: 'corpus bug-1255978'},
  {input: PROTESTERS_CAPTION, expected: true, source: 'corpus schema-org-context-object'},
  {input: 'JIM WATSON/AFP/Getty Images', expected: true, source: 'corpus breitbart'},
  {input: 'evgenyb/iStock/Getty Images', expected: true, source: 'corpus ehow-2'},
  {input: 'ChinaFotoPress/ChinaFotoPress via Getty Images', expected: true, source: 'corpus bug-1255978'},
  {input: 'Oli Scarff | Getty Images', expected: true, source: 'corpus bug-1255978'},
  {
    input: 'March 18, 2015 Tunisian security forces secure the area after gunmen attacked the famed Bardo National Museum in Tunis, the capital. Fethi Belaid/AFP/Getty Images',
    expected: true,
    source: 'corpus wapo-1',
    fails: true
  },
  {
    input: 'An image of South Korean President Yoon Suk Yeol is raised during a candlelight rally in Seoul on Thursday.Anthony Wallace / AFP - Getty Images',
    expected: true,
    source: 'corpus schema-org-context-object',
    fails: true
  },
  {input: 'Even luxury hotels aren’t always cleaned as often as they should be Getty Images', expected: true, source: 'corpus bug-1255978', fails: true},
  // Near misses: parentheses and photo words that credit no photo.
  {input: 'The ministry said the talks had been useful (in a statement).', expected: false, source: 'constructed'},
  {input: 'I code stuff. I take photos. I write rants.', expected: false, source: 'corpus 001'},
  {input: 'Can we ride on your handle bars? (34 Photos)', expected: false, source: 'corpus tmz-1', fails: true},
  {
    input: 'The museum reopened its archive of 1,200 glass negatives (photographs taken between 1890 and 1910).',
    expected: false,
    source: 'constructed',
    fails: true
  },
  {input: 'Analysts polled by Reuters expect the central bank to hold rates at 1.5%.', expected: false, source: 'constructed'},
  {input: 'Die Polizei veröffentlichte ein Foto des Verdächtigen (siehe oben).', expected: false, source: 'constructed'}
] as const satisfies readonly RuleRow[]

describe('the photo-credit rule', () => {
  itFiresOnTwoPagesAndKeepsANearMiss(ROWS)
  for (const row of ROWS) {
    rowIt(row)(rowTitle(row), () => {
      expect(outcome(photoCredit, row)).toEqual(row.expected)
    })
  }
})

const CAPTIONS = [
  {
    input: Q13_CAPTION,
    expected: {
      text: 'Secretary of State John Kerry and Vietnamese Foreign Minister Pham Binh Minh meet to talk about easing some restrictions on defense sales to Vietnam.',
      credit: 'Pool photo'
    },
    source: 'seed q13fox-cnn-archived'
  },
  {
    input: NETANYAHU_CAPTION,
    expected: {
      text: "Israeli Prime Minister Benjamin Netanyahu reacts as he visits the Western Wall in Jerusalem on March 18 following his party's victory in Israel's general election.",
      credit: 'Thomas Coex/AFP/Getty Images'
    },
    source: 'corpus wapo-2'
  },
  {
    input: 'Un Népalais prie à Katmandou, le 30 avril 2015. (Photo Prakash Mathema. AFP)',
    expected: {text: 'Un Népalais prie à Katmandou, le 30 avril 2015.', credit: 'Photo Prakash Mathema. AFP'},
    source: 'corpus liberation-1'
  },
  {input: 'Paul Morigi/Getty Images', expected: {text: null, credit: 'Paul Morigi/Getty Images'}, source: 'corpus bug-1255978'},
  // The credit is the photographer's name and the agency, not the words before them.
  {
    input: 'The Moulin Rouge cabaret in Paris Benoit Tessier/Reuters',
    expected: {text: 'The Moulin Rouge cabaret in Paris', credit: 'Benoit Tessier/Reuters'},
    source: 'corpus citylab-1',
    fails: true
  },
  {
    input: PROTESTERS_CAPTION,
    expected: {
      text: 'Protesters scuffling with police officers outside the headquarters of Yoon’s People Power Party in Seoul on Friday.',
      credit: 'Ezra Acayan / Getty Images'
    },
    source: 'corpus schema-org-context-object',
    fails: true
  },
  {
    input: NEONWORKS_CAPTION,
    expected: {
      text: 'Martin Wartman, a student at Northern Kentucky University, works on a neon sign at the Neonworks of Cincinnati workshop connected to the American Sign Museum, in 2016.',
      credit: 'John Minchillo / AP'
    },
    source: 'corpus citylab-1',
    fails: true
  },
  {input: 'Can we ride on your handle bars? (34 Photos)', expected: null, source: 'corpus tmz-1', fails: true},
  {input: 'I code stuff. I take photos. I write rants.', expected: null, source: 'corpus 001'}
] as const satisfies readonly {input: string; expected: Caption | null; source: string; fails?: boolean}[]

describe('parseCaption', () => {
  for (const row of CAPTIONS) {
    rowIt(row)(`reads ${row.expected === null ? 'no credit' : `the credit "${row.expected.credit}"`} from ${quote(row.input, 60)} (${row.source})`, () => {
      expect(parseCaption(row.input)).toEqual(row.expected)
    })
  }
})
