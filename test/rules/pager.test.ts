import {describe, expect, it} from 'vitest'
import {pager} from '../../src/decide/rules/pager.js'
import {itFiresOnTwoPagesAndKeepsANearMiss, outcome, rowTitle, type RuleRow} from '../helpers/rule-context.js'

const ROWS = [
  {input: '← Previous: Chasing Quick Fixes To Sustainability', expected: true, source: 'corpus ebb-org'},
  {input: 'Next Chapter →', expected: true, source: 'corpus archive-of-our-own'},
  {input: '← Previous story Next story →', expected: true, source: 'corpus ars-1'},
  {input: 'Next story', expected: true, source: 'corpus medium-1'},
  {input: 'Previous article These Weeks in Firefox: Issue 84 December 8, 2020', expected: true, source: 'corpus firefox-nightly-blog'},
  {input: 'Next article These Weeks in Firefox: Issue 86 January 19, 2021', expected: true, source: 'corpus firefox-nightly-blog'},
  {input: 'Next page: Security>>', expected: true, source: 'corpus lwn-1'},
  {input: 'Previous Post: Google Launches Invisible reCAPTCHA', expected: true, source: 'corpus wordpress'},
  {input: 'Next Page >', expected: true, source: 'corpus webmd-1'},
  {input: '« Older posts', expected: true, source: 'constructed (a WordPress theme)'},
  {input: 'Article précédent', expected: true, source: 'constructed (a French blog)'},
  {input: 'Nächster Artikel: Die Bahn streikt wieder', expected: true, source: 'constructed (a German news site)'},
  {input: 'Siguiente artículo', expected: true, source: 'constructed (a Spanish news site)'},
  {input: '上一篇：如何挑选露营装备', expected: true, source: 'constructed (a Chinese blog)'},
  // Near misses.
  {input: 'Next', expected: false, source: 'corpus mozilla-1 (a carousel button inside the page; the classifier weighs it as a label)'},
  {input: 'Next, we need to define the deviation. Let’s use Standard Deviation:', expected: false, source: 'corpus toc-missing'},
  {input: 'NEXT STEPS FOR VETS', expected: false, source: 'corpus schema-org-context-object'},
  {input: 'Next Big Thing', expected: false, source: 'corpus cnet'},
  {input: 'Previous week', expected: false, source: 'corpus lwn-1'},
  {input: 'Previous (BSDiff) Patch Size', expected: false, source: 'corpus links-in-tables'},
  {input: 'Next: the council votes on the budget, and the mayor has promised to veto it if the tax rise stays in.', expected: false, source: 'constructed'}
] as const satisfies readonly RuleRow[]

describe('the pager rule', () => {
  itFiresOnTwoPagesAndKeepsANearMiss(ROWS)
  for (const row of ROWS) {
    it(rowTitle(row), () => {
      expect(outcome(pager, row)).toEqual(row.expected)
    })
  }
})
