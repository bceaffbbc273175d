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

const SPECS = '<ul><li>Frequency response: 6 Hz to 75 kHz</li><li>Impedance: 37 ohms</li><li>Weight: 372 g, with a detachable cable of 1.5 m</li></ul>'
const CARE = '<p>Wipe the cups with a dry cloth, keep the headphones in their case between sessions, and never leave them in the sun on a car seat.</p>'
/** A store (PrestaShop, WCXB dev 0608) with the name and buy box at the top, the description in a section of its own further down, under the same page wrapper. */
const SUMMARY = '<p>Open-back planar headphones for the desk at home, with a wide stage, a light grip for long listening, and pads that stay cool through an evening of records.</p><p>The planar drivers, thinner than a hair, move as one sheet, so the bass stays tight and the treble clean at any volume you choose.</p><p>Each pair is matched by hand in the workshop and ships with a printed curve of its own response.</p>'
const APART = `<html><body>${HEADER}<div id="wrapper"><div class="product-top"><div class="buy-box"><h1>Sundara Headphones</h1><span class="price">$179</span></div><div class="summary">${SUMMARY}</div></div><div class="upsell-strip"><a href="/a">Cable</a><a href="/b">Stand</a><a href="/c">Case</a></div><section class="product-description"><p>Ships with a 1.5 m cable, a cloth pouch and a spare pair of velour pads for the long summer months, all in a recycled box.</p></section><div class="tabs-container"><div class="tab-content">${SPECS}</div></div></div><div class="cookie-info"><div class="description">${CARE}</div></div></body></html>`
/** A game store (WCXB dev 3072, 3076) with no `<h1>`: the description box is named, the name is a div. */
const NO_H1 = `<html><body>${HEADER}<div class="page"><div class="apphub_AppName">Sundara Headphones</div><div class="game_purchase"><span>$19.99</span></div><div class="about">${SUMMARY}</div></div><div class="sysreq_contents"><div class="game_area_description">${SPECS}</div></div></body></html>`

describe('product pages: the description and specifications apart from the name', () => {
  it('adds a description section and a tab panel after the name, under its wrapper', () => {
    const article = cleanArticle({html: APART}, {pageType: 'product'})
    expect(article.text).toContain('a printed curve')
    expect(article.text).toContain('a cloth pouch')
    expect(article.text).toContain('Impedance: 37 ohms')
    expect(article.text).not.toContain('car seat')
  })

  it('adds the named description box where the page has no h1', () => {
    const text = cleanArticle({html: NO_H1}, {pageType: 'product'}).text
    expect(text).toContain('a printed curve')
    expect(text).toContain('Impedance: 37 ohms')
  })

  it('adds nothing on an article page (near miss)', () => {
    expect(cleanArticle({html: APART}, {pageType: 'article'}).text).not.toContain('Impedance: 37 ohms')
  })
})
