import {describe, expect, it} from 'vitest'
import {breadcrumb} from '../../src/decide/rules/breadcrumb.js'
import {itFiresOnTwoPagesAndKeepsANearMiss, outcome, rowTitle, type RuleRow} from '../helpers/rule-context.js'

const ROWS = [
  // Skip links.
  {input: 'Skip to content', expected: true, source: 'corpus 002'},
  {input: 'Skip to main content', expected: true, source: 'corpus guardian-1'},
  {input: 'Skip to Navigation', expected: true, source: 'corpus yahoo-2'},
  {input: 'Jump to content', expected: true, source: 'corpus wikipedia-4'},
  // Trails of short items between separators, in the corpus's languages.
  {input: 'Mac & i > News > 2015 > KW 15 > 1Password für Mac generiert Einmal-Passwörter', expected: true, source: 'corpus heise'},
  {input: '首页 > 科技频道 > 探索者 > 正文', expected: true, source: 'corpus gmw'},
  {input: '福娘童話集 > きょうのイソップ童話 > １月のイソップ童話 > 欲張りなイヌ', expected: true, source: 'corpus hukumusume'},
  {input: 'Home › News › World', expected: true, source: 'constructed'},
  // Near misses: sentences and code with slashes or angle brackets.
  {input: 'The 24/7 service / hotline opened on Monday.', expected: false, source: 'constructed'},
  {input: "I love it / it segfaulted / there's a problem in the manual!", expected: false, source: 'corpus blogger'},
  {input: 'node --prof-process isolate-0xnnnnn-v8.log > processed.txt', expected: false, source: 'corpus lazy-image-1'},
  {input: 'entries > 10 AND zscore > 3 AS alert', expected: false, source: 'corpus toc-missing'},
  {input: ') / (60 * 61 / 2) as weighted_mean', expected: false, source: 'corpus toc-missing'}
] as const satisfies readonly RuleRow[]

describe('the breadcrumb rule', () => {
  itFiresOnTwoPagesAndKeepsANearMiss(ROWS)
  for (const row of ROWS) {
    it(rowTitle(row), () => {
      expect(outcome(breadcrumb, row)).toEqual(row.expected)
    })
  }
})
