import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {cleanArticle} from '../src/index.js'
import {countSpacedWords} from '../src/article/text-measures.js'
import {isWordCode} from '../src/util/word-chars.js'
import {isUnspaced} from '../src/util/patterns.js'
import {fixtureInput, loadFixtures} from './helpers/fixtures.js'
import {proseLine} from './helpers/page-dumps.js'

/**
 * `countSpacedWords` steps through a table (src/article/text-measures.ts); it must give
 * what the branching count it replaced gave, kept here as the reference, on
 * every fixture's paragraphs and lines and on generated strings dense in
 * joiners, surrogates (paired and lone), marks and scripts with and without
 * spaces.
 */
const SEED = Number(process.env.FC_SEED ?? 20_261_204)
const SCALE = Number(process.env.FC_RUNS ?? 1)

/** The count as it was before the table. */
function referenceCount(text: string): number {
  let words = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i)
    if (code >= 0xd800 && code <= 0xdbff) {
      code = text.codePointAt(i) ?? code
      i++
    } else if (code > 0x0dff && isUnspaced(code)) return -1
    if (isWordCode(code)) {
      if (!inWord) words++
      inWord = true
    } else if (inWord && (code === 39 || code === 0x2019 || code === 46) && i + 1 < text.length && isWordCode(text.charCodeAt(i + 1))) {
      // A joiner inside a word.
    } else {
      inWord = false
    }
  }
  return words
}

/** Letters, digits, joiners, marks, spaces, astral letters and symbols, lone surrogates, and scripts without spaces. */
const PIECES = [
  'a', 'Z', '7', 'é', 'ß', 'Ω', 'ж', 'ا', '\u0301', '\u0e01', '文', 'か', '\u1000', '\uff21', '\u10d0',
  "'", '\u2019', '.', '..', ',', '-', ' ', '  ', '\u00a0', '\t', '\n', '!', '"',
  '𝐀', '😀', '\ud835', '\udc00', '\ud800\ud800'
]
const mixed = fc.array(fc.constantFrom(...PIECES), {maxLength: 40}).map((pieces) => pieces.join(''))

describe('countSpacedWords', () => {
  it('counts as the branching count did on generated strings', () => {
    fc.assert(
      fc.property(fc.oneof(mixed, proseLine, fc.string({unit: 'binary', maxLength: 40})), (text) => {
        expect(countSpacedWords(text)).toBe(referenceCount(text))
      }),
      {numRuns: Math.round(5000 * SCALE), seed: SEED}
    )
  })

  it('counts as the branching count did on every fixture line and paragraph', () => {
    for (const fixture of loadFixtures()) {
      const article = cleanArticle(fixtureInput(fixture), fixture.options.options)
      for (const text of [...fixture.input.split('\n'), ...article.paragraphs]) expect(countSpacedWords(text), fixture.name).toBe(referenceCount(text))
    }
  })
})
