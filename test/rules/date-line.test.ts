import {describe, expect} from 'vitest'
import {dateLine, looksLikeDateLine} from '../../src/decide/rules/date-line.js'
import {itFiresOnTwoPagesAndKeepsANearMiss, outcome, quote, rowIt, rowTitle, type RuleRow} from '../helpers/rule-context.js'

const ROWS = [
  {input: 'Feb. 21, 2019', expected: true, source: 'corpus nytimes-3'},
  {input: 'April 5, 2018 | 6:00 PM', expected: true, source: 'corpus aclu'},
  {input: 'Last updated September 14, 2016', expected: true, source: 'corpus ehow-2'},
  {input: 'Last Updated: January 7, 2025', expected: true, source: 'corpus spiceworks'},
  {input: 'Published: 3 Jan 2019', expected: true, source: 'corpus guardian-1'},
  {input: 'Published on: June 25, 2024', expected: true, source: 'corpus gitlab-blog'},
  {input: 'Dec. 6, 2024, 10:00 PM UTC\u00a0/\u00a0Updated\u00a0Dec. 7, 2024, 12:43 PM UTC', expected: true, source: 'corpus schema-org-context-object'},
  {input: 'Updated 2:14 PM EST, Thu March 10, 2016', expected: true, source: 'constructed'},
  {input: 'Thu 3 Jan 2019 02.00\u00a0EST Last modified on Wed 16 Jan 2019 06.16\u00a0EST', expected: true, source: 'corpus guardian-1', fails: true},
  {input: '9/11/13 10:00AM', expected: true, source: 'corpus lazy-image-2', fails: true},
  {input: 'Mar 11 · 5 min read', expected: true, source: 'corpus lazy-image-1', fails: true},
  // A date stamp with the byline on the same line.
  {input: '2/26/2015 7:11 AM PST BY TMZ STAFF', expected: true, source: 'corpus tmz-1', fails: true},
  {input: 'Tuesday 15 October 2019 by Bradley M. Kuhn', expected: true, source: 'corpus ebb-org', fails: true},
  // Other languages the rule claims.
  {input: '08.04.2015 12:46', expected: true, source: 'corpus heise'},
  {input: '1 mars 2019 à 15:20', expected: true, source: 'corpus videos-2'},
  {input: '1 de diciembre de 2017 3:00 AM PST', expected: true, source: 'corpus cnet-svg-classes'},
  {input: 'TNW中文站2016年10月14日07:17', expected: true, source: 'corpus qq'},
  {input: 'Veröffentlicht am 8. April 2015', expected: true, source: 'constructed'},
  // Near misses: sentences, captions and table rows that hold a date.
  {input: 'On March 10, 2016, the ministry announced new rules for coast guard vessels.', expected: false, source: 'constructed'},
  {input: 'Le 30 avril 2015, le séisme avait déjà fait plus de 5 000 morts.', expected: false, source: 'constructed'},
  {
    input: 'Feb. 23, 2015 -- Life-threatening peanut allergies have mysteriously been on the rise in the past decade, with little hope for a cure.',
    expected: false,
    source: 'corpus webmd-1'
  },
  {
    input: 'March 18, 2015 Tunisian security forces secure the area after gunmen attacked the famed Bardo National Museum in Tunis, the capital. Fethi Belaid/AFP/Getty Images',
    expected: false,
    source: 'corpus wapo-1'
  },
  // A row of the article's release table (version, month).
  {input: '4.2.3\tApril 2014', expected: false, source: 'corpus lwn-1', fails: true},
  // A row of a query's output printed in the article.
  {input: '2020-08-01 18:00:00+00 │         200 │    4084', expected: false, source: 'corpus toc-missing'},
  // The end of a reference in an RFC's bibliography.
  {input: 'RFC 3987, January 2005.', expected: false, source: 'corpus ietf-1', fails: true}
] as const satisfies readonly RuleRow[]

describe('the date-line rule', () => {
  itFiresOnTwoPagesAndKeepsANearMiss(ROWS)
  for (const row of ROWS) {
    rowIt(row)(rowTitle(row), () => {
      expect(outcome(dateLine, row)).toEqual(row.expected)
    })
  }
})

const DATES = [
  {input: 'Updated 2:14 PM EST, Thu March 10, 2016', expected: true, source: 'constructed'},
  {input: 'Published: 3 Jan 2019', expected: true, source: 'corpus guardian-1'},
  {input: 'TNW中文站2016年10月14日07:17', expected: true, source: 'corpus qq'},
  {input: '1 mars 2019 à 15:20', expected: true, source: 'corpus videos-2'},
  {input: 'Mar 11 · 5 min read', expected: true, source: 'corpus lazy-image-1', fails: true},
  {input: 'On March 10, 2016, the ministry announced new rules for coast guard vessels.', expected: false, source: 'constructed'},
  {input: '4.2.3\tApril 2014', expected: false, source: 'corpus lwn-1', fails: true},
  {input: 'The Soyuz rocket was launched from Baikonur in 2016.', expected: false, source: 'constructed'}
] as const satisfies readonly {input: string; expected: boolean; source: string; fails?: boolean}[]

describe('looksLikeDateLine', () => {
  for (const row of DATES) {
    rowIt(row)(`says ${quote(row.input)} is ${row.expected ? '' : 'not '}a date line (${row.source})`, () => {
      expect(looksLikeDateLine(row.input)).toBe(row.expected)
    })
  }
})
