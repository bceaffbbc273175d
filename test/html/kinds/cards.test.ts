import {describe, expect, it} from 'vitest'
import {cleanArticle} from '../../../src/index.js'
import {keepCards} from '../../../src/decide/stages/keep-cards.js'
import {keepTextCards} from '../../../src/decide/stages/text-cards.js'
import {segmentText} from '../../../src/segment/text/segment-text.js'
import {findCardGrids} from '../../../src/segment/html/kinds/cards.js'
import {documentParts} from '../../../src/segment/html/hast.js'
import {parseHtml} from '../../../src/segment/html/parse-html.js'
import {prunePage} from '../../../src/segment/html/prune/prune-page.js'
import {measurePage} from '../../../src/segment/html/measure-page.js'

/** The class of each grid `findCardGrids` finds on a page (its tag when it has none). */
function gridsOf(html: string): string[] {
  const {body} = documentParts(parseHtml(html))
  if (body === null) return []
  const page = measurePage(body)
  const pruned = prunePage(body, page, {rules: {}, keepComments: false})
  return findCardGrids(body, page, pruned.records).map((grid) => String(grid.properties.className ?? grid.tagName))
}

const NAV = '<header><nav><ul>' + ['Shop', 'Women', 'Men', 'Kids', 'Sale', 'Gift cards', 'Stores'].map((label) => `<li><a href="/${label}">${label}</a></li>`).join('') + '</ul></nav></header>'
const FILTERS = '<aside class="facets"><h2>Filter</h2><form><label><input type="checkbox"> Brand (24)</label><label><input type="checkbox"> Size (12)</label></form><select><option>Sort: Best match</option><option>Price: low to high</option></select></aside>'
const FOOTER = '<footer><ul><li><a href="/about">About us</a></li><li><a href="/help">Help</a></li><li><a href="/returns">Returns</a></li></ul></footer>'

/** A storefront's product grid (theme markup of the Shopify and WooCommerce kind): a title link and a price per card. */
const SHOP = (cards: number): string =>
  `<html><body>${NAV}<main><h1>Trail running shoes</h1>${FILTERS}<ul class="product-grid">` +
  Array.from({length: cards}, (_, i) => `<li class="grid__item product-${i}"><a href="/p/${i}"><img alt=""><h3>Summit Runner ${i} Trail Shoe</h3></a><span class="price">$${120 + i}.00</span><span class="rating">${40 + i} reviews</span></li>`).join('') +
  `</ul><nav class="pagination"><a href="?page=2">2</a><a href="?page=3">3</a><a href="?page=2">Next</a></nav></main>${FOOTER}</body></html>`

/** A news section front: story cards whose `<footer>` holds the time (a card's footer is not the page's). */
const FRONT =
  `<html><body>${NAV}<div class="section-front"><h1>Technology</h1><div class="stories">` +
  ['Regulators open an inquiry into cloud pricing', 'A chip shortage eases as new plants come online', 'Why the city banned delivery robots from sidewalks', 'The quiet return of the physical keyboard'].map((headline, i) => `<article class="story-card"><h3><a href="/s/${i}">${headline}</a></h3><p>A short teaser that says what the story is about.</p><footer><time>${i + 1}h ago</time></footer></article>`).join('') +
  `</div></div>${FOOTER}</body></html>`

/** A job board laid out as a table: one row per job, the title a link, the company and age beside it. */
const JOBS =
  `<html><body><table class="layout"><tr><td>${NAV}</td></tr><tr><td><table class="jobs"><tbody>` +
  ['Backend engineer (Go)', 'Staff designer', 'Data platform lead', 'Support engineer, EMEA', 'Founding account executive'].map((title, i) => `<tr class="job"><td><a href="/j/${i}">${title}</a> <span>(example.com)</span> ${i + 2} days ago</td></tr>`).join('') +
  `</tbody></table></td></tr></table></body></html>`

describe('findCardGrids', () => {
  it.each([
    {page: 'a storefront product grid', html: SHOP(8), grids: ['product-grid']},
    {page: 'a news section front', html: FRONT, grids: ['stories']},
    {page: 'a job board table (the table is the grid: its rows are one unit of text)', html: JOBS, grids: ['jobs']}
  ])('finds the cards of $page', ({html, grids}) => {
    expect(gridsOf(html)).toEqual(grids)
  })

  it.each([
    {page: 'two products are a pair, not a grid', html: SHOP(2)},
    {page: 'a menu of short links in the site header is navigation', html: `<html><body>${NAV}<p>One paragraph.</p></body></html>`},
    {page: "a grid in the site's footer is furniture", html: `<html><body><p>One paragraph.</p><footer><div class="columns">${'<div class="col"><h4>Customer service and help</h4><span>Open every day from nine to five</span></div>'.repeat(4)}</div></footer></body></html>`},
    {page: "an article's paragraphs repeat but are not cards", html: `<html><body><div class="post">${'<p>A paragraph of the story, long enough to read as prose to anyone.</p>'.repeat(6)}</div></body></html>`}
  ])('finds none where $page', ({html}) => {
    expect(gridsOf(html)).toEqual([])
  })
})

describe('collections and listings: every card is content', () => {
  it.each([
    {page: 'a storefront product grid', html: SHOP(8), kind: 'collection', keeps: ['Summit Runner 0 Trail Shoe', 'Summit Runner 7 Trail Shoe', '$127.00', '47 reviews'], drops: ['Gift cards', 'Returns', 'Brand (24)', 'Next']},
    {page: 'a news section front', html: FRONT, kind: 'listing', keeps: ['Regulators open an inquiry', 'The quiet return of the physical keyboard', '4h ago'], drops: ['Gift cards', 'About us']},
    {page: 'a job board table', html: JOBS, kind: 'listing', keeps: ['Backend engineer (Go)', 'Founding account executive'], drops: ['Gift cards']}
  ] as const)('$page ($kind)', ({html, kind, keeps, drops}) => {
    const {text, pageType} = cleanArticle({html}, {pageType: kind})
    expect(pageType).toBe(kind)
    for (const snippet of keeps) expect(text).toContain(snippet)
    for (const snippet of drops) expect(text).not.toContain(snippet)
  })
})

describe('keepCards and keepTextCards', () => {
  const removed = (rule: string): {reason: 'low-content'; rule: string; start: number} => ({reason: 'low-content', rule, start: 0})
  it.each([
    {rule: 'classifier', back: true, why: "a card's short line is not low-content"},
    {rule: 'header-promo', back: true, why: 'a grid has no headline above which nothing is content'},
    {rule: 'form-control', back: false, why: 'a control in a card is still a control'}
  ])('a block removed by $rule comes back: $back ($why)', ({rule, back}) => {
    // Blocks 0 and 1 are one card, which keeps its title (block 1); block 2 is outside the grids.
    const cards = [0, 0, -1]
    const html = [removed(rule), null, removed(rule)]
    expect(keepCards(html, cards)).toEqual([back ? null : removed(rule), null, removed(rule)])
    expect(html).toEqual([removed(rule), null, removed(rule)])
    expect(keepTextCards(segmentText('A line'), [removed(rule)])).toEqual([back ? null : removed(rule)])
  })

  it.each(['collection', 'listing'] as const)('keeps the short entries of a text dump of a %s', (kind) => {
    const entries = ['Walnut desk organiser', '$24.00', 'Oak monitor stand', '$39.00', 'Brass pen tray', '$18.00']
    const dump = ['Home', 'Shop', 'About', '', 'Desk accessories', '', ...entries.flatMap((line) => [line, '']), '© 2026 The Shop. All rights reserved.'].join('\n')
    const {text} = cleanArticle({text: dump}, {pageType: kind})
    for (const entry of entries) expect(text).toContain(entry)
    expect(text).not.toContain('All rights reserved')
  })
})
