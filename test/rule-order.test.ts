import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {assembleArticle} from '../src/article/assemble.js'
import {normalizeOptions} from '../src/options.js'
import {decideBlocks} from '../src/decide/decide-blocks.js'
import {RULES} from '../src/decide/rules/index.js'
import {textBodyTree} from '../src/article/text-body-tree.js'
import {segmentText} from '../src/segment/text/segment-text.js'
import {loadFixtures} from './helpers/fixtures.js'

const settings = normalizeOptions({})
const METADATA = ['title', 'byline', 'authors', 'siteName', 'publishedAt', 'archived', 'captions'] as const

/** The metadata of a dump, its rules tried in the order given. */
function metadataWith(text: string, rules: typeof RULES): Record<string, unknown> {
  const blocks = segmentText(text)
  const decided = decideBlocks(blocks, settings, undefined, rules)
  const tree = textBodyTree(blocks, decided.decisions, decided.listings)
  const article = assembleArticle({input: 'text', url: null, hasText: blocks.length > 0, pageType: 'article', blocks, decided, guarded: false, removed: [], tree, markup: null}, settings)
  return Object.fromEntries(METADATA.map((key) => [key, article[key]]))
}

const dir = process.env.CORPUS
const inputs = dir ? readdirSync(dir).filter((f) => f.endsWith('.txt') && !f.endsWith('.gold.txt')).map((f) => ({name: f, text: readFileSync(`${dir}/${f}`, 'utf8')})) : loadFixtures().filter((f) => f.kind === 'text').map((f) => ({name: f.name, text: f.input}))

const PROSE = [
  'The council voted on Tuesday to extend the library’s opening hours, after a year in which visits rose by a third and the reading room was often full by noon.',
  'Librarians said the longer hours would be staffed by moving two posts from the archive, which will open by appointment on weekday mornings instead.',
  'The trial starts in the spring and will be reviewed after a year, when the council will decide whether to make the longer hours permanent.'
]

describe('the order of the rules', () => {
  it('changes only the reason of a line two rules match, not the authors or captions read from it', () => {
    // A byline with a photo credit: photo-credit and byline both match it.
    const text = ['Library hours extended', '', 'By Jane Doe (AP Photo/John Roe)', '', ...PROSE.join('\n\n').split('\n')].join('\n')
    const swapped = RULES.map((rule) => (rule.name === 'byline' ? RULES.find((other) => other.name === 'photo-credit') : rule.name === 'photo-credit' ? RULES.find((other) => other.name === 'byline') : rule)).filter((rule) => rule !== undefined)
    const reasonOf = (rules: typeof RULES): string | undefined => {
      const blocks = segmentText(text)
      const line = blocks.findIndex((block) => block.text.startsWith('By Jane Doe'))
      return decideBlocks(blocks, settings, undefined, rules).decisions[line]?.reason
    }
    expect([reasonOf(RULES), reasonOf(swapped)]).toEqual(['caption', 'byline'])
    const article = metadataWith(text, RULES)
    expect(article['authors']).toEqual([{name: 'Jane Doe', bio: null, social: []}])
    expect(article['captions']).toEqual([{text: 'By Jane Doe', credit: 'AP Photo/John Roe'}])
    expect(metadataWith(text, swapped)).toEqual(article)
  })


  it('changes no metadata field when the line rules are tried in reverse', () => {
    const reversed = [...RULES].reverse()
    for (const {name, text} of inputs) expect(metadataWith(text, reversed), name).toEqual(metadataWith(text, RULES))
  })
})
