import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {sampleHeaviest} from '../src/language/sample-heaviest.js'

/** What sampleHeaviest promises: a stable sort by weight, heaviest first, then texts until the sample is full. */
function bySorting(items: readonly {w: number; t: string}[], maxChars: number): string {
  let sample = ''
  for (const item of [...items].sort((a, b) => b.w - a.w)) {
    if (sample.length >= maxChars) break
    sample = sample + (sample ? '\n' : '') + item.t.slice(0, maxChars - sample.length)
  }
  return sample
}

describe('sampleHeaviest', () => {
  it.each([
    {name: 'one long paragraph fills it', items: [{w: 1, t: 'a'}, {w: 9, t: 'long one'}], maxChars: 5, expected: 'long '},
    {name: 'ties keep page order', items: [{w: 1, t: 'a'}, {w: 2, t: 'b'}, {w: 1, t: 'c'}, {w: 2, t: 'd'}, {w: 1, t: 'e'}, {w: 1, t: 'f'}], maxChars: 100, expected: 'b\nd\na\nc\ne\nf'},
    {name: 'many short items, past the scanned picks', items: [3, 1, 2, 1, 3, 2, 1, 0.5, 2].map((w, i) => ({w, t: String(i)})), maxChars: 100, expected: '0\n4\n2\n5\n8\n1\n3\n6\n7'}
  ])('$name', ({items, maxChars, expected}) => {
    expect(sampleHeaviest(items, (item) => item.w, (item) => item.t, maxChars)).toBe(expected)
  })

  it('is a stable sort by weight, cut at maxChars', () => {
    fc.assert(
      fc.property(fc.array(fc.record({w: fc.integer({min: 0, max: 6}), t: fc.string({minLength: 1, maxLength: 8})}), {maxLength: 60}), fc.integer({min: 1, max: 200}), (items, maxChars) => {
        expect(sampleHeaviest(items, (item) => item.w, (item) => item.t, maxChars)).toBe(bySorting(items, maxChars))
      })
    )
  })
})
