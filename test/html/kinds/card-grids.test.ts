import type {Element} from 'hast'
import {describe, expect, it} from 'vitest'
import {cleanArticle} from '../../../src/index.js'
import {keepCards} from '../../../src/decide/stages/keep-cards.js'
import {keepTextCards} from '../../../src/decide/stages/text-cards.js'
import {segmentText} from '../../../src/segment/text/segment-text.js'
import {cardNumbers, findCardGrids} from '../../../src/segment/html/kinds/cards.js'
import {documentParts, isElement} from '../../../src/segment/html/hast.js'
import {parseHtml} from '../../../src/segment/html/parse-html.js'
import {prunePage} from '../../../src/segment/html/prune/prune-page.js'
import {measurePage} from '../../../src/segment/html/measure-page.js'

/**
 * Where a grid of cards is not the content (the site's furniture by its
 * markup, whatever pruning made of it), and what of a card comes back. The
 * pages are small copies of the shapes seen on WCXB's collections and
 * listings: an outdoor shop's and a sportswear shop's mega-menus in a site
 * header too long for the header rule, a privacy policy in a modal, a job
 * board whose body's children repeat, a music shop's and a book chart's
 * cards of short lines.
 */

/** The class of each grid `findCardGrids` finds on a page (its tag when it has none). */
function gridsOf(html: string): string[] {
  const {body} = documentParts(parseHtml(html))
  if (body === null) return []
  const page = measurePage(body)
  const pruned = prunePage(body, page, {rules: {}, keepComments: false})
  return findCardGrids(body, page, pruned.records).map((grid) => String(grid.properties.className ?? grid.tagName))
}

const PRODUCTS = '<ul class="results">' + ['Trail Runner Mid Waterproof Boot', 'Summit Lightweight Hiking Shoe', 'Ridge Approach Shoe in Suede', 'Canyon Low Vented Hiking Shoe', 'Alpine Guide Leather Boot', 'Mesa Everyday Trail Sneaker'].map((name, i) => `<li class="tile"><a href="/p/${i}">${name}</a><span>$${120 + i}.95</span></li>`).join('') + '</ul>'
/** A department's column of a mega-menu: a heading and its links, long enough to pass for a headline card. */
const COLUMN = (heading: string): string => `<li class="menu-col"><span>${heading}</span><ul>${['Boots', 'Trail shoes', 'Sandals', 'Socks', 'Insoles', 'Deals'].map((label) => `<li><a href="/c/${heading}/${label}">${heading} ${label}</a></li>`).join('')}</ul></li>`
const DEPARTMENTS = ['Camp and hike', 'Climb', 'Cycle', 'Water sports', 'Run', 'Snow sports', 'Travel']
/** Over the site-header rule's 1,500 characters, so pruning leaves it. */
const MEGA_HEADER = `<header class="site"><div class="bar"><div><ul class="departments">${DEPARTMENTS.map(COLUMN).join('')}${DEPARTMENTS.map(COLUMN).join('')}</ul></div></div></header>`

/** A buying guide under the grid: over the pop-up rule's 2,000 characters, so that pruning leaves the wrapper. */
const GUIDE = '<p>How to choose a hiking shoe: think of the ground you walk on, the weight you carry and the weather you meet, then try them on late in the day.</p>'.repeat(16)

describe('findCardGrids: furniture by its markup is no grid', () => {
  it.each([
    {page: "a mega-menu's columns in a site header longer than the header rule allows", html: `<html><body>${MEGA_HEADER}<main><h1>Hiking boots</h1>${PRODUCTS}</main></body></html>`, grids: ['results']},
    {page: "a mega-menu's columns in a `<nav>` outside the header", html: `<html><body><div><nav><ul class="departments">${DEPARTMENTS.map(COLUMN).join('')}</ul></nav></div><main>${PRODUCTS}</main></body></html>`, grids: ['results']},
    {
      page: 'the sections of a privacy policy in a modal',
      html: `<html><body><main>${PRODUCTS}</main><div class="modal-privacy fixed"><ol>${'<li>We collect what you tell us and what your browser sends, and keep it for as long as the law asks.</li>'.repeat(6)}</ol></div></body></html>`,
      grids: ['results']
    },
    {page: "a page whose body's children repeat (the body is the page, not a grid)", html: `<html><body>${'<div class="row"><p>A row of the page with enough text in it to be a card.</p></div>'.repeat(5)}</body></html>`, grids: []},
    {page: 'a grid inside a wrapper whose class names a dialog but holds the whole page (near miss)', html: `<html><body><div class="dialog-off-canvas-main-canvas"><main>${PRODUCTS}${GUIDE}</main></div></body></html>`, grids: ['results']},
    {page: "a grid in a `<header>` inside the page's `<main>` (near miss: a listing's own header)", html: `<html><body><main><header class="listing-head">${PRODUCTS}</header></main></body></html>`, grids: ['results']}
  ])('$page', ({html, grids}) => {
    expect(gridsOf(html)).toEqual(grids)
  })
})

/** A recipe blog's carousel: WordPress writes each post's categories into its classes. */
const RECIPES =
  '<html><body><main><h2>Top rated recipes</h2><div class="carousel">' +
  [['Crispy chicken bowls with chili sauce', 'dinner bowl'], ['Air fryer salmon with lemon', 'fish quick'], ['Green sauce chicken tacos', 'dinner mexican'], ['Crispy rice salad with herbs', 'salad vegetarian']]
    .map(([title, categories], i) => `<article class="carousel-cell post-${i} ${(categories as string).split(' ').map((c) => `category-${c}`).join(' ')}"><a href="/r/${i}"><img alt=""><span>${title}</span></a><span>${40 + i} reviews / 5 average</span></article>`)
    .join('') +
  '</div></main></body></html>'

describe('findCardGrids: a card is known by its first class', () => {
  it.each([
    {page: "cards whose own classes differ (a post's categories)", html: RECIPES, grids: ['carousel']},
    {page: "a page's parts told apart by their ids, not cards (near miss)", html: `<html><body><div id="container"><div id="header"><p>Site name and a short motto for it</p></div><div id="content"><p>One paragraph of the page, long enough to count as the page's text.</p></div><div id="footer"><p>Copyright and the address of the company</p></div></div></body></html>`, grids: []}
  ])('$page', ({html, grids}) => {
    expect(gridsOf(html)).toEqual(grids)
  })
})

describe('cardNumbers', () => {
  it("numbers each card of the grids and the elements inside it, a table's rows through its row group", () => {
    const {body} = documentParts(parseHtml(`<html><body><ul class="a"><li><b>x</b></li><li>y</li></ul><p>z</p><table><tbody><tr><td>r</td></tr><tr><td>s</td></tr></tbody></table></body></html>`))
    if (body === null) throw new Error('no body')
    const page = measurePage(body)
    const elements = page.order.elements
    const named = (tag: string, n = 0): Element => elements.filter((element) => isElement(element, tag))[n] as Element
    const cardOf = cardNumbers([named('ul'), named('table')], page)
    expect([cardOf(named('b')), cardOf(named('li', 1)), cardOf(named('p')), cardOf(named('td')), cardOf(named('td', 1))]).toEqual([0, 1, -1, 2, 3])
  })

  it("numbers the text a grid holds itself (inline tiles) as one more card of that grid, not as outside it", () => {
    const {body} = documentParts(parseHtml(`<html><body><div class="tiles"><a href="/a">Alpha</a> <a href="/b">Beta</a><p>Card</p></div></body></html>`))
    if (body === null) throw new Error('no body')
    const page = measurePage(body)
    const grid = page.order.elements.find((element) => isElement(element, 'div')) as Element
    const cardOf = cardNumbers([grid], page)
    expect([cardOf(page.order.elements.find((element) => isElement(element, 'p')) as Element), cardOf(grid), cardOf(body)]).toEqual([2, 3, -1])
  })
})

describe('keepCards: what of a card comes back', () => {
  const removed = (rule: string): {reason: 'low-content'; rule: string; start: number} => ({reason: 'low-content', rule, start: 0})
  it.each([
    {why: "a card's byline is the card's author", cards: [0, 0, -1], before: [removed('byline'), null, removed('byline')], after: [null, null, removed('byline')]},
    {why: 'a run of short lines that took a whole card took it for a menu', cards: [0, 0, 1, -1], before: [removed('menu-run'), removed('menu-run'), null, removed('menu-run')], after: [null, null, null, removed('menu-run')]},
    {why: 'a run of short lines in a card comes back, and outside the grids stays a menu (near miss)', cards: [0, 0, -1], before: [null, removed('menu-run'), removed('menu-run')], after: [null, null, removed('menu-run')]},
    {why: 'a photo credit in a card that kept its title stays out (near miss)', cards: [0, 0], before: [null, removed('photo-credit')], after: [null, removed('photo-credit')]},
    {why: 'a catalogue entry the photo-credit rule took, alone in its card, is the card', cards: [0, 1, 1], before: [removed('photo-credit'), null, removed('photo-credit')], after: [null, null, removed('photo-credit')]},
    {why: "an emptied card's date line comes back with it", cards: [0, 0], before: [removed('photo-credit'), removed('date-line')], after: [null, null]},
    {why: 'a promo tile among the cards stays out: no card is an ad marker or a newsletter prompt (near miss)', cards: [0, 1, 1], before: [removed('ad-marker'), removed('newsletter-prompt'), removed('newsletter-prompt')], after: [removed('ad-marker'), removed('newsletter-prompt'), removed('newsletter-prompt')]},
    {why: 'the headline stays the title even alone in a card (near miss)', cards: [0], before: [removed('title')], after: [removed('title')]},
    {why: 'a date line and a form control stay removed (near miss)', cards: [0, 0, 0], before: [removed('date-line'), removed('form-control'), removed('classifier')], after: [removed('date-line'), removed('form-control'), null]}
  ])('$why', ({cards, before, after}) => {
    expect(keepCards(before, cards)).toEqual(after)
  })

  it('leaves a short line removed as a menu run out of a text dump, which has no grid to say it is a card (near miss)', () => {
    expect(keepTextCards(segmentText('A line'), [removed('menu-run')])).toEqual([removed('menu-run')])
  })
})

/** A music shop's list: each card a name and its specifications, short lines in a run. */
const SPEC_CARDS =
  '<html><body><main><h1>Studio headphones</h1><div class="list">' +
  [['Arden HD-400 PRO', '64 ohm', 'Semi-open', 'Circumaural', 'Dynamic'], ['Bexley DT-700 Studio', '80 ohm', 'Closed-back', 'Circumaural', 'Dynamic'], ['Corvo M50 Monitor', '38 ohm', 'Closed', 'Circumaural', 'Dynamic'], ['Delmar SR-80 Open', '32 ohm', 'Open', 'Supra-aural', 'Dynamic']]
    .map(([name, ...specs], i) => `<div class="product"><a href="/p/${i}"><span>${name}</span></a><ul class="specs">${specs.map((spec) => `<li>${spec}</li>`).join('')}</ul></div>`)
    .join('') +
  '</div></main><footer><a href="/help">Need help?</a></footer></body></html>'

describe('a listing of cards made of short lines keeps every card', () => {
  it.each(['listing', 'collection'] as const)('as a %s', (kind) => {
    const {text} = cleanArticle({html: SPEC_CARDS}, {pageType: kind})
    for (const snippet of ['Arden HD-400 PRO', 'Delmar SR-80 Open', 'Closed-back', '32 ohm']) expect(text).toContain(snippet)
  })
})
