import {describe, expect, it} from 'vitest'
import {widgetControl} from '../../src/decide/rules/widget-control.js'
import {itFiresOnTwoPagesAndKeepsANearMiss, outcome, rowTitle, type RuleRow} from '../helpers/rule-context.js'

const ROWS = [
  {input: 'Copy', expected: true, source: 'corpus dropbox-blog (a code block\'s button)'},
  {input: 'Copied!', expected: true, source: 'corpus quanta-1'},
  {input: 'Loading...', expected: true, source: 'corpus citylab-1'},
  {input: 'Your video will play in 00:25', expected: true, source: 'corpus cnn'},
  {input: 'View this image ›', expected: true, source: 'corpus buzzfeed-1'},
  {input: 'Play Video', expected: true, source: 'corpus guardian-1'},
  {input: 'Full Screen', expected: true, source: 'corpus wapo-1'},
  {input: 'Skip Ad', expected: true, source: 'corpus wapo-1'},
  {input: 'Show more', expected: true, source: 'corpus telegraph'},
  {input: 'Click to enlarge', expected: true, source: 'constructed'},
  {input: '1 of 12', expected: true, source: 'corpus wapo-1 (a gallery)'},
  {input: 'Buy Photo', expected: true, source: 'corpus wapo-1'},
  {input: 'Wait 1 second to continue.', expected: true, source: 'corpus wapo-1'},
  {input: 'Like Loading...', expected: true, source: 'corpus social-buttons (WordPress)'},
  {input: 'Chargement…', expected: true, source: 'constructed (a French site)'},
  {input: '読み込み中', expected: true, source: 'constructed (a Japanese site)'},
  // Near misses: lines that only start like a button.
  {input: 'Copy editors at the paper said the headline was changed twice.', expected: false, source: 'constructed'},
  {input: 'Loading the truck took three hours.', expected: false, source: 'constructed'},
  {input: 'Show more compassion, the bishop told the crowd', expected: false, source: 'constructed'},
  {input: '1 of 12 people who applied got the job', expected: false, source: 'constructed'},
  {input: 'Close to 300 people came.', expected: false, source: 'constructed'},
  {input: '×', expected: false, source: 'corpus pixnet (a dialog\'s close button above the page\'s menus)'}
] as const satisfies readonly RuleRow[]

describe('the widget-control rule', () => {
  itFiresOnTwoPagesAndKeepsANearMiss(ROWS)
  for (const row of ROWS) {
    it(rowTitle(row), () => {
      expect(outcome(widgetControl, row)).toEqual(row.expected)
    })
  }
})
