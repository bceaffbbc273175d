import {describe, expect} from 'vitest'
import {shareBar} from '../../src/decide/rules/share-bar.js'
import {itFiresOnTwoPagesAndKeepsANearMiss, outcome, rowIt, rowTitle, type RuleRow} from '../helpers/rule-context.js'

const ROWS = [
  // A bar, one button a line, removed as one run.
  {
    input: [
      'Share this story',
      'Share on Facebook',
      'Share on Twitter',
      'Share on Reddit',
      '',
      'A flaw in the wildly popular online game Minecraft makes it easy for just about anyone to crash the server hosting the game, according to a computer programmer who has released proof-of-concept code that exploits the vulnerability.'
    ],
    expected: {span: 4},
    source: 'corpus ars-1'
  },
  {
    input: ['Share this story About\u00a0sharing', 'Email', 'Facebook', 'Twitter', 'WhatsApp', 'Linkedin', 'More on this story'],
    expected: {span: 6},
    source: 'corpus bbc-1'
  },
  {input: ['分享', '0', '版权声明：转载须经版权人书面授权并注明来源'], expected: {span: 2}, source: 'corpus gmw'},
  {input: ['Share on Twitter', 'Share on Facebook', 'Share by email', 'Open Journalism Project:'], expected: {span: 3}, source: 'corpus medium-1', fails: true},
  {
    input: [
      'Share this:',
      'Click to email this to a friend (Opens in new window)',
      '61Click to share on Facebook (Opens in new window)61',
      'Click to share on Twitter (Opens in new window)',
      'Click to share on Telegram (Opens in new window)',
      'Click to share on WhatsApp (Opens in new window)',
      'Click to share on Google+ (Opens in new window)',
      'Click to share on Pocket (Opens in new window)',
      'Click to share on Reddit (Opens in new window)',
      'Like this:'
    ],
    expected: {span: 9},
    source: 'corpus wordpress',
    fails: true
  },
  // Bars on one line.
  {input: 'Email ThisBlogThis!Share to TwitterShare to FacebookShare to Pinterest', expected: true, source: 'corpus blogger', fails: true},
  {input: 'Share:', expected: true, source: 'corpus bug-1255978'},
  {input: 'Share to Kinja', expected: true, source: 'corpus lifehacker-working', fails: true},
  {input: 'Share & Save\u00a0—', expected: true, source: 'corpus schema-org-context-object', fails: true},
  {input: 'partager', expected: true, source: 'corpus videos-2'},
  {input: 'Auf Facebook teilen', expected: true, source: 'constructed', fails: true},
  {input: 'Compartir en Twitter', expected: true, source: 'constructed'},
  // Near misses: sentences and headlines about sharing and the networks.
  {input: 'Share prices fell 3% on Monday.', expected: false, source: 'constructed'},
  {input: 'Facebook Is Tracking Me Even Though I’m Not on Facebook', expected: false, source: 'corpus aclu'},
  {input: 'Twitter suspends alt-right accounts', expected: false, source: 'corpus msn'},
  {input: 'Email', expected: false, source: 'corpus aclu'},
  {input: 'Teilen Sie diese Meinung? Die Mehrheit der Befragten tut es nicht.', expected: false, source: 'constructed'}
] as const satisfies readonly RuleRow[]

describe('the share-bar rule', () => {
  itFiresOnTwoPagesAndKeepsANearMiss(ROWS)
  for (const row of ROWS) {
    rowIt(row)(rowTitle(row), () => {
      expect(outcome(shareBar, row)).toEqual(row.expected)
    })
  }
})
