import {describe, expect, it} from 'vitest'
import {leakedMarkup} from '../../src/decide/rules/leaked-markup.js'
import {itFiresOnTwoPagesAndKeepsANearMiss, outcome, rowTitle, type RuleRow} from '../helpers/rule-context.js'

const ROWS = [
  {input: '<img height="1" width="1" style="display:none" src="https://www.facebook.com/tr?id=687168111412131&ev=PageView&noscript=1" />', expected: true, source: 'corpus cnn'},
  {input: '  <img id="avw_pixel_intern" src="/avw-bin/ivw/CP/barfoo/ho/2585134/0.gif" width="1" height="1" alt="">', expected: true, source: 'corpus heise'},
  {input: '<div style="position:absolute;"><img width=1 height=1 alt="" src="http://b5.yahoo.co.jp/b?P=oI9TLjE4Mi66RLpAorxEdAVuMTE4">', expected: true, source: 'corpus yahoo-4'},
  {input: '<div><a href="http://ad-emea.doubleclick.net/N6514/jump/mac/mac-inhalt;sz=500x500;kw=1Password">', expected: true, source: 'corpus heise'},
  {input: '                            "articleBody": "The Xbox One X is the ultimate video game system. It sports more horsepower",', expected: true, source: 'corpus engadget'},
  {input: '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Xbox One X review"}', expected: true, source: 'constructed'},
  // Near misses: code samples and documentation quoting keys, a sentence about markup.
  {input: '<!DOCTYPE html>', expected: false, source: 'corpus 001'},
  {input: '<script src="vendor/blanket.js"', expected: false, source: 'corpus 001'},
  {input: "    <module> ':rw') any requests to paths that start with", expected: false, source: 'corpus ietf-1'},
  {input: '"basic": normal, same origin response, with all headers exposed except', expected: false, source: 'corpus 002'},
  {input: 'Set the image to display:none with width="1" height="1" to hide it from readers.', expected: false, source: 'constructed'},
  {input: '"headline" is the property search engines read first, so keep it under 110 characters.', expected: false, source: 'constructed'}
] as const satisfies readonly RuleRow[]

describe('the leaked-markup rule', () => {
  itFiresOnTwoPagesAndKeepsANearMiss(ROWS)
  for (const row of ROWS) {
    it(rowTitle(row), () => {
      expect(outcome(leakedMarkup, row)).toEqual(row.expected)
    })
  }
})
