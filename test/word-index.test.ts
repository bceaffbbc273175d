import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {indexWords} from '../src/util/word-index.js'

/** `indexWords(words).find(text, start, end)` must say what `Set.has(text.slice(start, end))` says, and give the word's position. */
const SEED = Number(process.env.FC_SEED ?? 20_261_207)
const SCALE = Number(process.env.FC_RUNS ?? 1)

const WORDS = ['cart', 'forum', 'reply', 'größe', '中文', '文版', 'a', '', 'docs', 'doc', '𝐀𝐁𝐂']

describe('indexWords', () => {
  const index = indexWords(WORDS)

  it.each([
    ['add to cart', 7, 11, 'cart'],
    ['add to cart', 7, 10, undefined],
    ['the docs', 4, 7, 'doc'],
    ['the docs', 4, 8, 'docs'],
    ['中文版', 1, 3, '文版'],
    ['x 𝐀𝐁𝐂', 2, 8, '𝐀𝐁𝐂'],
    ['reply', 0, 0, ''],
    ['replies', 0, 5, undefined]
  ])('finds %j [%i, %i) as %o', (text, start, end, word) => {
    const at = index.find(text, start, end)
    expect(at < 0 ? undefined : index.words[at]).toBe(word)
  })

  it('answers as a Set does, for any span of any text, with a table full or nearly empty', () => {
    const word = fc.string({unit: fc.constantFrom('a', 'b', 'c', 'é', '文'), maxLength: 5})
    fc.assert(
      fc.property(fc.uniqueArray(word, {maxLength: 40}), fc.array(word, {maxLength: 12}), fc.nat(), fc.nat(), (words, pieces, i, j) => {
        const set = new Set(words)
        const found = indexWords(words)
        const text = pieces.join(' ')
        const start = text.length === 0 ? 0 : i % (text.length + 1)
        const end = start + (j % (text.length - start + 1))
        const span = text.slice(start, end)
        const at = found.find(text, start, end)
        expect(at < 0 ? undefined : found.words[at]).toBe(set.has(span) ? span : undefined)
        for (const [i, known] of words.entries()) expect(found.find(known, 0, known.length)).toBe(i)
      }),
      {numRuns: Math.round(3000 * SCALE), seed: SEED}
    )
  })
})
