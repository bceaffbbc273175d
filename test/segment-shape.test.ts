import {describe, expect, it} from 'vitest'
import {findBodyRegion} from '../src/decide/classify/region.js'
import {normalizeOptions} from '../src/options.js'
import {decideBlocks} from '../src/decide/decide-blocks.js'
import {segmentText} from '../src/segment/text/segment-text.js'
import {loadFixtures} from './helpers/fixtures.js'

/**
 * Every body segment the stages hand on has the same four fields, in the
 * same order (`makeSegment`). Segments of two shapes (without `main`, or
 * spread copies) made V8 discard the optimized code of `decideBlocks` on a
 * few pages of every pass over the corpus and compile it again: nothing in
 * the output shows that, so the shape itself is what is checked.
 */
const FIELDS = ['start', 'end', 'weight', 'main']
const settings = normalizeOptions(undefined)

describe('segments', () => {
  it('have start, end, weight and a boolean main, in that order, at every stage, on every text fixture', () => {
    let checked = 0
    for (const fixture of loadFixtures()) {
      if (fixture.kind !== 'text') continue
      const blocks = segmentText(fixture.input)
      const found = findBodyRegion(blocks, () => false).segments
      const chosen = decideBlocks(blocks, settings).segments
      for (const segment of [...found, ...chosen]) {
        expect(Object.keys(segment), fixture.name).toEqual(FIELDS)
        expect(typeof segment.main, fixture.name).toBe('boolean')
        checked++
      }
      // The segments the title and the classifier read hold one main one (or none, on a page without prose).
      expect(chosen.filter((segment) => segment.main).length, fixture.name).toBeLessThanOrEqual(1)
    }
    expect(checked).toBeGreaterThan(50)
  })
})
