import {describe, expect, it} from 'vitest'
import type {Decisions} from '../../src/decide/classify/classify-blocks.js'
import {createBlock, type Block} from '../../src/segment/block.js'
import {headsProductEnd, isPriceLine, keepProductSpan} from '../../src/decide/stages/product-span.js'
import {cleanArticle} from '../../src/index.js'

// Lines of product dumps in WCXB dev (the store in brackets), and near misses that are a product's own text.
const FURNITURE_ROWS = [
  {line: '$22', expected: 'price-line', source: 'a sports-apparel store (WCXB dev 0581)'},
  {line: 'Sale price $179 Regular price $299.00', expected: 'price-line', source: 'a Shopify audio store (WCXB dev 2990)'},
  {line: 'List: EUR 21.86', expected: 'price-line', source: 'a marketplace (WCXB dev 0612)'},
  {line: '49,99 €', expected: 'price-line', source: 'a European shoe store (WCXB dev 0594)'},
  {line: 'Current price is: $101.97.', expected: 'price-line', source: 'a WooCommerce store (WCXB dev 0595)'},
  {line: 'Save 40%', expected: 'price-line', source: 'a Shopify audio store (WCXB dev 2990)'},
  {line: 'Add to cart', expected: 'purchase-controls', source: 'Shopify and WooCommerce stores'},
  {line: 'Add to Basket', expected: 'purchase-controls', source: 'a music store (WCXB dev 2947)'},
  {line: 'Zoom on image', expected: 'purchase-controls', source: 'an image gallery (WCXB dev 0581)'},
  {line: 'Size Guide', expected: 'purchase-controls', source: 'a bedding and an apparel store (WCXB dev 0584, 0581)'},
  {line: 'Quantity', expected: 'purchase-controls', source: 'a quantity picker'},
  {line: '4.6 stars on 82 reviews', expected: 'product-rating', source: 'a Shopify audio store (WCXB dev 2990)'},
  {line: '4.7 out of 5 stars', expected: 'product-rating', source: 'a marketplace rating'},
  {line: '(271)', expected: 'product-rating', source: 'a review count (WCXB dev 0606)'},
  {line: 'Verified buyer', expected: 'product-rating', source: 'a review\'s badge (WCXB dev 2982)'},
  // Near misses: a specification, the name, a shipping note with an amount, a sentence of the description.
  {line: 'Weight: 372g (13.12oz)', expected: null, source: 'a specification (WCXB dev 2990)'},
  {line: 'Fender Player II Strat RW BCG', expected: null, source: 'a product\'s name (WCXB dev 2947)'},
  {line: 'Free shipping on orders over $75', expected: null, source: 'a shipping note, not the price'},
  {line: 'Add to cart and save on every order you place this month with our member discount.', expected: null, source: 'a sentence with the words'},
  {line: 'Frets 22', expected: null, source: 'a specification with a number (WCXB dev 2947)'}
] as const

// A dump as its lines and the shared stages' decisions: `.` kept, `c` the classifier's, `m` a menu run (a rule).
function page(lines: readonly [string, '.' | 'c' | 'm'][]): {blocks: Block[]; decisions: Decisions} {
  const blocks = lines.map(([text], i) => createBlock(i, text, true, true))
  const decisions = lines.map(([, c], i) => (c === '.' ? null : c === 'c' ? {reason: 'low-content' as const, rule: 'classifier', start: i} : {reason: 'navigation' as const, rule: 'menu-run', start: i}))
  return {blocks, decisions}
}
const kept = (blocks: readonly Block[], decisions: Decisions): string[] => blocks.filter((block) => decisions[block.index] === null).map((block) => block.text)

describe('product furniture', () => {
  for (const row of FURNITURE_ROWS) {
    it(`${row.expected === null ? 'keeps' : `removes as ${row.expected}`} ${JSON.stringify(row.line)} (${row.source})`, () => {
      // A line of the product's span: the classifier dropped it, the stage takes it back unless it is furniture.
      const {blocks, decisions} = page([['A long description of the product, which the body search keeps as its prose.', '.'], [row.line, 'c']])
      const revised = keepProductSpan(blocks, decisions)
      expect(revised[1]?.rule ?? null).toBe(row.expected)
    })
  }

  it('reads a price line by its words, not its length', () => {
    expect(isPriceLine('From $899.99')).toBe(true)
    expect(isPriceLine('Under $150')).toBe(false)
    expect(isPriceLine('Shipping $5.00')).toBe(false)
  })
})

describe('headsProductEnd', () => {
  const rows = [
    {line: 'You Might Also Like', expected: true},
    {line: 'Customer Reviews', expected: true},
    {line: 'Reviews (12)', expected: true},
    {line: 'Frequently bought together', expected: true},
    {line: 'Avis clients Barbecue charbon inox 1600', expected: true},
    {line: 'Specifications', expected: false},
    {line: 'Reviewers loved how the strap stays put on a long hike, and so will you.', expected: false}
  ] as const
  for (const row of rows) {
    it(`${row.expected ? 'ends' : 'does not end'} the product at ${JSON.stringify(row.line)}`, () => {
      expect(headsProductEnd(row.line)).toBe(row.expected)
    })
  }
})

describe('keepProductSpan', () => {
  // A music store's dump (WCXB dev 2947 and 2990, shortened): menus, the name and buy box, the description the body search kept, a specifications list it dropped, other products, the footer.
  const dump = page([
    ['Guitars', 'm'],
    ['Basses', 'm'],
    ['Drums', 'm'],
    ['Fender Player II Strat', 'c'],
    ['$675', 'c'],
    ['Add to Basket', 'c'],
    ['The Player II Stratocaster brings the classic sound to a new generation of players, with an alder body and a maple neck.', '.'],
    ['Specifications', 'c'],
    ['Body: Alder', 'c'],
    ['Neck: Maple', 'c'],
    ['Frets 22', 'c'],
    ['You may also like', 'c'],
    ['Fender Player II Strat HSS', 'c'],
    ['$711', 'c'],
    ['About us', 'm'],
    ['Careers', 'm'],
    ['Contact', 'm']
  ])

  it('keeps the name, the description and the specifications, not the buy box, other products or menus', () => {
    const revised = keepProductSpan(dump.blocks, dump.decisions)
    expect(kept(dump.blocks, revised)).toEqual([
      'Fender Player II Strat',
      'The Player II Stratocaster brings the classic sound to a new generation of players, with an alder body and a maple neck.',
      'Specifications',
      'Body: Alder',
      'Neck: Maple',
      'Frets 22'
    ])
    expect(revised[5]?.rule).toBe('purchase-controls')
    expect(revised[0]?.rule).toBe('menu-run')
  })

  it('stops at the footer\'s run of named lines when no heading ends the product', () => {
    const {blocks, decisions} = page([
      ['A long description of the product, which the body search keeps as its prose.', '.'],
      ['Material: Ceramic', 'c'],
      ['About us', 'm'],
      ['Careers', 'm'],
      ['Contact', 'm'],
      ['Newsletter sign-up and more words that the classifier dropped', 'c']
    ])
    expect(kept(blocks, keepProductSpan(blocks, decisions))).toEqual(['A long description of the product, which the body search keeps as its prose.', 'Material: Ceramic'])
  })

  it('takes nothing back past the reviews\' heading, even above the last kept block', () => {
    const {blocks, decisions} = page([
      ['A long description of the product, which the body search keeps as its prose.', '.'],
      ['Material: Ceramic', 'c'],
      ['Customer Reviews', 'c'],
      ['Great tool', 'c'],
      ['I had tried the old plastic tools before, and this one opened my phone in a minute without a scratch.', '.']
    ])
    expect(kept(blocks, keepProductSpan(blocks, decisions))).toEqual([
      'A long description of the product, which the body search keeps as its prose.',
      'Material: Ceramic',
      'I had tried the old plastic tools before, and this one opened my phone in a minute without a scratch.'
    ])
  })

  it('leaves a page with nothing kept', () => {
    const {blocks, decisions} = page([['Guitars', 'm'], ['Fender Player II Strat', 'c']])
    expect(keepProductSpan(blocks, decisions)).toEqual(decisions)
  })

  it('runs on product pages only', () => {
    const text = ['Fender Player II Strat', 'The Player II Stratocaster brings the classic sound to a new generation of players, with an alder body and a maple neck. It plays well.', 'Body: Alder', 'Neck: Maple'].join('\n\n')
    expect(cleanArticle({text}, {pageType: 'product'}).paragraphs).toContain('Body: Alder')
    expect(cleanArticle({text}, {pageType: 'article'}).paragraphs).not.toContain('Body: Alder')
  })
})
