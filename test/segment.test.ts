import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {segmentText} from '../src/segment/text/segment-text.js'
import {tidyWhitespace} from '../src/util/whitespace.js'
import {loadFixtures} from './helpers/fixtures.js'
import {pageDump} from './helpers/page-dumps.js'

/**
 * `segmentText` collapses the spaces of a whole page in one call and trims
 * each line after the split: its blocks must be the lines tidied one by one
 * (`tidyWhitespace`, as it did before), blank lines dropped, on every fixture
 * and on generated text dense in every kind of space and line break.
 */
const SEED = Number(process.env.FC_SEED ?? 20_261_204)
const SCALE = Number(process.env.FC_RUNS ?? 1)

/** The blocks' texts as the per-line tidying gives them. */
function tidiedLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => tidyWhitespace(line))
    .filter((line) => line !== '')
}

/** Spaces SPACES collapses, the ones it leaves to `trim`, line breaks and letters. */
const CHARS = [...' \t\u00a0\u1680\u2000\u2005\u200a\u202f\u205f\u3000\n\n\r\v\f\u2028\ufeffab.é文']

describe('segmentText', () => {
  it('gives the lines each tidied on its own, on every fixture', () => {
    for (const fixture of loadFixtures()) {
      if (fixture.kind !== 'text') continue
      expect(segmentText(fixture.input).map((block) => block.text), fixture.name).toEqual(tidiedLines(fixture.input))
    }
  })

  it('gives the lines each tidied on its own, on generated text', () => {
    const text = fc.array(fc.constantFrom(...CHARS), {maxLength: 60}).map((chars) => chars.join(''))
    fc.assert(
      fc.property(fc.oneof(text, pageDump), (input) => {
        expect(segmentText(input).map((block) => block.text)).toEqual(tidiedLines(input))
      }),
      {numRuns: Math.round(2000 * SCALE), seed: SEED}
    )
  })
})
