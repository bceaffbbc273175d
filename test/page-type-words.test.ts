import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {textPageFeatures} from '../src/decide/classify/page-type/features.js'
import {modelWords, scorePage, type PageTypeModels} from '../src/decide/classify/page-type/model.js'
import {segmentText} from '../src/segment/text/segment-text.js'
import {loadFixtures} from './helpers/fixtures.js'

/**
 * The guess keeps only the words its model knows (its WordIndex); training
 * keeps every word. The scores must not tell the two apart: the same
 * additions, in the same order, so the same numbers to the last bit.
 */
describe('the text guess with its model\'s words only', () => {
  const path = new URL('../src/decide/classify/page-type/models.json', import.meta.url)
  const model = (JSON.parse(readFileSync(path, 'utf8')) as PageTypeModels).text
  const known = modelWords(model)
  const isKnown = (word: string): boolean => known.find(word, 0, word.length) >= 0

  it('keeps a word only when the model weighs it', () => {
    const blocks = segmentText('Add to cart\nThe forum thread has replies\nzzzunknownword qqqnotaword')
    const all = textPageFeatures(blocks, null).words
    const kept = textPageFeatures(blocks, null, known).words
    expect([...kept]).toEqual([...all].filter(isKnown))
    expect(kept.size).toBeGreaterThan(0)
    expect(kept.has('zzzunknownword')).toBe(false)
    expect(all.has('zzzunknownword')).toBe(true)
  })

  it('scores every fixture page as with every word', () => {
    const pages = loadFixtures().filter((fixture) => fixture.kind === 'text')
    expect(pages.length).toBeGreaterThan(10)
    for (const fixture of pages) {
      const blocks = segmentText(fixture.input)
      const url = fixture.options.url ?? null
      const filtered = textPageFeatures(blocks, url, known)
      expect(filtered.words.size, fixture.name).toBeLessThanOrEqual(textPageFeatures(blocks, url).words.size)
      expect(scorePage(model, filtered), fixture.name).toEqual(scorePage(model, textPageFeatures(blocks, url)))
    }
  })
})
