import {describe, expect, it} from 'vitest'
import {cleanArticle} from '../../../src/index.js'

const HEADER = '<header><a href="/">Home</a><nav><ul><li><a href="/men">Men</a></li><li><a href="/women">Women</a></li><li><a href="/sale">Sale</a></li></ul></nav></header>'
const DESCRIPTION = '<p>Our lightest shell, sealed at every seam and cut long in the back, keeps the rain out on a long ridge walk and packs into its own pocket when the sun comes out again.</p><p>The hood, adjusted with one hand, turns with your head, and the pit zips open wide for the climb.</p>'

/** Storefront themes (Shopify, WooCommerce) put the name and price in a buy box, the description in a sibling box. */
const STOREFRONT = `<html><body>${HEADER}<div class="shopify-section"><div class="grid"><div class="grid__item buy-box"><h1>Ridge Shell Jacket</h1><span class="price">$98.00</span><button>Add to cart</button></div><div class="grid__item"><div class="tabs"><div class="tab-panel">${DESCRIPTION}</div></div></div></div></div></body></html>`
/** Magento-style markup: the name in a title wrapper, a details tab with the description and a specifications table. */
const TABBED = `<html><body>${HEADER}<div class="columns"><div class="product-info-main"><div class="page-title-wrapper"><h1 class="page-title"><span>Ridge Shell Jacket</span></h1></div><div class="price-box"><span>$98.00</span></div></div><div class="product info detailed"><div class="data item content">${DESCRIPTION}<table><tr><th>Weight</th><td>310 g</td></tr><tr><th>Fabric</th><td>Recycled polyamide</td></tr></table></div></div></div></body></html>`
/** Near miss: the only `<h1>` is the site's name in the page header; the wrapper would be the body. */
const SITE_NAME_H1 = `<html><body><div class="top"><h1>Outdoor Shop</h1></div><div class="product"><h2>Ridge Shell Jacket</h2><div class="desc">${DESCRIPTION}</div></div><footer><p>Free returns within 30 days on every order.</p></footer></body></html>`

describe('product pages: the name and the description in one wrapper', () => {
  it.each([
    {page: 'a storefront buy box beside the description', html: STOREFRONT, keeps: ['$98.00', 'packs into its own pocket']},
    {page: 'a tabbed description with a specifications table', html: TABBED, keeps: ['$98.00', 'packs into its own pocket', 'Recycled polyamide']}
  ])('keeps the name, the price and the description of $page', ({html, keeps}) => {
    const article = cleanArticle({html}, {pageType: 'product'})
    expect(article.title).toBe('Ridge Shell Jacket')
    for (const snippet of keeps) expect(article.text).toContain(snippet)
    expect(article.text).not.toContain('Women')
  })

  it('takes nothing more where the only h1 is outside the product (near miss)', () => {
    const article = cleanArticle({html: SITE_NAME_H1}, {pageType: 'product'})
    expect(article.text).toContain('packs into its own pocket')
    expect(article.text).not.toContain('Free returns')
  })

  it.each([STOREFRONT, TABBED])('leaves the price out on an article page: the wrapper is looked for only on products (%#)', (html) => {
    expect(cleanArticle({html}, {pageType: 'article'}).text).not.toContain('$98.00')
  })
})
