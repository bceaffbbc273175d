import {describe, expect, it} from 'vitest'
import {namesRecommendations, shoppingRecommendations} from '../../../src/segment/html/prune/shopping-recommendations.js'
import {describeTreeRuleTable, type PruneRow} from '../../helpers/prune-context.js'

const CARDS = '<ul><li><a href="/p/1">Valeo clutch kit 827163</a> $279.05</li><li><a href="/p/2">LuK RepSet 627 3064</a> $352.56</li><li><a href="/p/3">Sachs clutch kit 3000</a> $289.39</li></ul>'

// Rows from WCXB dev product pages (by id and site), cut down to what the rule reads.
const ROWS = [
  {html: `<div class="x-rx-slot"><section><div class="yllF"><div class="mTda"><div class="T6eO"><div class="RWnK"><h2 class="tr7D">People who viewed this item also viewed</h2></div></div></div></div>${CARDS}</section></div>`, expected: true, source: 'wcxb 2991 (ebay)'},
  {html: `<section class="up-sells upsells products"><h2>You may also like</h2>${CARDS}</section>`, expected: true, source: 'wcxb 0594 (nordrepublic, WooCommerce)'},
  {html: `<section class="related products"><h2>Related products</h2>${CARDS}</section>`, expected: true, source: 'wcxb 0599 (newtwist, WooCommerce)'},
  {html: `<div id="product-bundle"><div class="product-bundle__heading"><div class="product-bundle__heading-content"><h3 class="product-bundle__title">Frequently bought together</h3></div></div>${CARDS}</div>`, expected: true, source: 'wcxb 2990 (headphones.com, Shopify)'},
  // Near misses: a heading that names no row, and a row heading over a paragraph without links.
  {html: `<div class="product-specs"><h2>Specifications</h2>${CARDS}</div>`, expected: false, source: 'constructed'},
  {html: '<div class="note"><h3>Pairs well with</h3><p>Serve it with grilled fish or a sharp cheese.</p></div>', expected: false, source: 'constructed'}
] as const satisfies readonly PruneRow[]

describeTreeRuleTable(shoppingRecommendations, ROWS)

describe('the headings of recommendation rows', () => {
  it.each([
    ['Customers who bought this item also bought', true],
    ['Frequently bought together', true],
    ['Vous aimerez aussi', true],
    ['Ähnliche Artikel', true],
    ['Product details', false],
    ['What customers are saying about this jacket, which we also like to wear on long hikes in the rain ourselves', false]
  ] as const)('reads "%s" as a row of other products: %s', (heading, expected) => {
    expect(namesRecommendations(heading)).toBe(expected)
  })
})
