import {describe, expect, it} from 'vitest'
import {cleanWithSettings} from '../../src/clean-article.js'
import type {Decisions} from '../../src/decide/classify/classify-blocks.js'
import {BLOCK_FEATURES, blockFeatures} from '../../src/decide/score/block-features.js'
import type {BlockModel} from '../../src/decide/score/block-model.js'
import {BLOCK_SCORER_RULE, scoreBlocks} from '../../src/decide/stages/block-scorer.js'
import {normalizeOptions} from '../../src/options.js'
import {createBlock, type Block} from '../../src/segment/block.js'
import type {PageType} from '../../src/types.js'

/** A model that trusts words and distrusts links, gated to listings only. */
const MODEL: BlockModel = {
  features: ['log-words', 'link-density'],
  weights: [1.5, -8],
  bias: -1,
  gates: {listing: {drop: 0.3, keep: 0.7}}
}

const PROSE = 'A sentence of the article that says something with enough words to count as prose here.'

// A page as its blocks: `p` prose, `l` a link, one letter per block; its decisions
// as `.` kept, `c` the classifier's, `r` a rule's.
function page(blocksPattern: string): Block[] {
  return [...blocksPattern].map((c, i) => {
    const block = createBlock(i, c === 'p' ? PROSE : 'Next page', true, true)
    block.html = {tag: c === 'p' ? 'p' : 'li', kind: c === 'p' ? 'text' : 'list-item', headingLevel: 0, linkDensity: c === 'p' ? 0 : 1}
    return block
  })
}
function decisions(pattern: string): Decisions {
  return [...pattern].map((c, i) => (c === '.' ? null : c === 'c' ? {reason: 'low-content', rule: 'classifier', start: i} : {reason: 'navigation', rule: 'menu-run', start: i}))
}
const shown = (tags: Decisions): string => tags.map((tag) => (tag === null ? '.' : tag.rule === 'classifier' ? 'c' : tag.rule === BLOCK_SCORER_RULE ? 's' : 'r')).join('')

const ROWS: {name: string; blocks: string; decided: string; kind: PageType; expected: string}[] = [
  {name: 'removes a kept link the model scores low', blocks: 'ppl', decided: '...', kind: 'listing', expected: '..s'},
  {name: 'brings back prose the classifier removed', blocks: 'ppp', decided: '.c.', kind: 'listing', expected: '...'},
  {name: 'leaves a rule\'s removal as the rule decided', blocks: 'plp', decided: '.r.', kind: 'listing', expected: '.r.'},
  {name: 'leaves a kind it is not gated to to the rules', blocks: 'ppl', decided: '.c.', kind: 'article', expected: '.c.'},
  // Near miss: removing every kept link would take most of the body; the scorer trims, it does not overrule.
  {name: 'removes nothing when that would take most of the kept words', blocks: 'llp', decided: '..c', kind: 'listing', expected: '...'}
]

describe('scoreBlocks', () => {
  for (const row of ROWS) {
    it(row.name, () => {
      expect(shown(scoreBlocks(page(row.blocks), decisions(row.decided), row.kind, undefined, {model: MODEL}))).toBe(row.expected)
    })
  }

  it('records its score on its own removals', () => {
    const [, , removed] = scoreBlocks(page('ppl'), decisions('...'), 'listing', undefined, {model: MODEL})
    expect(removed).toMatchObject({reason: 'low-score', rule: BLOCK_SCORER_RULE, start: 2})
    expect(removed?.score).toBeGreaterThan(0)
    expect(removed?.score).toBeLessThan(0.3)
  })

  it('without a model, shows the blocks to the observer and changes nothing', () => {
    const seen: string[] = []
    const tags = decisions('.c.')
    expect(scoreBlocks(page('ppl'), tags, 'listing', undefined, {model: null, observe: (blocks, decided, kind) => seen.push(`${blocks.length}${shown(decided)}${kind}`)})).toBe(tags)
    expect(seen).toEqual(['3.c.listing'])
  })

  it('gives one row of every named feature per block', () => {
    const rows = blockFeatures(page('plp'), decisions('.c.'), 'forum')
    expect(rows.map((row) => row.length)).toEqual([BLOCK_FEATURES.length, BLOCK_FEATURES.length, BLOCK_FEATURES.length])
    expect(new Set(BLOCK_FEATURES).size).toBe(BLOCK_FEATURES.length)
  })
})

describe('the block scorer in the HTML path', () => {
  it('reports its removals with reason low-score and their score', () => {
    const html = `<html><body><main><h1>Things for sale</h1><p>${PROSE}</p><p><a href="/shop">Read more about the shop</a> today</p><p>${PROSE}</p></main></body></html>`
    const drop: BlockModel = {features: ['link-density'], weights: [-20], bias: 5, gates: {listing: {drop: 0.5, keep: null}}}
    const article = cleanWithSettings({html}, {...normalizeOptions({pageType: 'listing'}), blockScoring: {model: drop}})
    const scored = article.removed.filter((removal) => removal.reason === 'low-score')
    expect(scored.map((removal) => removal.rule)).toContain(BLOCK_SCORER_RULE)
    for (const removal of scored) expect(removal.score).toBeLessThan(0.5)
    expect(scored.map((removal) => removal.text)).toEqual(['Read more about the shop today'])
    expect(article.text).toContain('A sentence of the article')
  })
})
