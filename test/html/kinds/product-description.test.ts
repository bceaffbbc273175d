import {describe, expect, it} from 'vitest'
import {cleanArticle} from '../../../src/index.js'

const DESCRIPTION = 'The Arrival T-Shirt is your admission to a new approach to training, with sweat-wicking fabric and a lightweight material that lets you move freely.'
const LD = (description: string): string => `<script type="application/ld+json">${JSON.stringify({'@context': 'https://schema.org', '@type': 'Product', name: 'Arrival T-Shirt', description})}</script>`
const SPECS = '<ul><li>Slim fit</li><li>Lightweight material</li><li>Set-in sleeves and a crew neck</li></ul>'

/** A storefront page: the name and price in a buy box; the description, if shown, beside the specifications. */
function page(head: string, shown: string): string {
  return `<html><head>${head}</head><body><div class="product"><h1>Arrival T-Shirt</h1><span class="price">$22</span>${shown}${SPECS}<p>Free returns within 30 days on every order placed in our online store, whatever the size.</p></div></body></html>`
}

describe('the JSON-LD description of a product', () => {
  it('is added where the page hides it (a drawer loaded by a script: wcxb 0581 gymshark, 0582 bombas)', () => {
    const article = cleanArticle({html: page(LD(DESCRIPTION), '')}, {pageType: 'product'})
    expect(article.text).toContain('sweat-wicking fabric')
  })

  it('is not added twice where the page shows it (near miss)', () => {
    const article = cleanArticle({html: page(LD(DESCRIPTION), `<p>${DESCRIPTION}</p>`)}, {pageType: 'product'})
    expect(article.text.split('sweat-wicking fabric').length - 1).toBe(1)
  })

  it('is not added when it is a tagline of a few words (near miss)', () => {
    expect(cleanArticle({html: page(LD('Our best-selling tee.'), '')}, {pageType: 'product'}).text).not.toContain('best-selling')
  })

  it('is added as text where the store wrote it as HTML (Shopify puts the description\'s markup in the JSON-LD)', () => {
    const html = `<p>The Arrival T-Shirt is your <strong>admission</strong> to training, with sweat-wicking fabric &amp; a lightweight material.</p><p>Made to move.</p>`
    const article = cleanArticle({html: page(LD(html), '')}, {pageType: 'product'})
    expect(article.text).toContain('your admission to training, with sweat-wicking fabric & a lightweight material. Made to move.')
    expect(article.markdown).not.toMatch(/<|&amp;/)
  })

  it('is not added on a page of another kind', () => {
    expect(cleanArticle({html: page(LD(DESCRIPTION), '')}, {pageType: 'article'}).text).not.toContain('sweat-wicking fabric')
  })
})
