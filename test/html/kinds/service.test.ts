import {describe, expect, it} from 'vitest'
import {cleanArticle} from '../../../src/index.js'
import {PRUNE_RULES} from '../../../src/segment/html/prune/prune-page.js'
import {serviceContainer, servicePruneRules} from '../../../src/segment/html/kinds/service.js'
import {documentParts} from '../../../src/segment/html/hast.js'
import {parseHtml} from '../../../src/segment/html/parse-html.js'
import {segmentPage} from '../../../src/segment/html/segment-page.js'

// Landing pages cut down from the kinds WCXB's service pages show: a hero,
// features, testimonials in a carousel, service cards that are links, an FAQ.
const HEADER = '<header class="site-header"><a href="/">Acme</a><nav><a href="/product">Product</a><a href="/pricing">Pricing</a><a href="/blog">Blog</a></nav></header>'
const FOOTER = '<footer><p>© 2025 Acme Inc. All rights reserved.</p><a href="/privacy">Privacy</a></footer>'
const page = (sections: string, wrap: (inner: string) => string = (inner) => `<main>${inner}</main>`): string =>
  `<!doctype html><html><head><title>Acme</title></head><body>${HEADER}${wrap(sections)}${FOOTER}</body></html>`

const HERO = '<section class="hero"><h1>Project management your team will love</h1><p>Plan, track and ship work in one place, with the tools you already use.</p><a class="btn" href="/signup">Get started</a></section>'
const FEATURES = '<section class="features"><h2>Everything in one place</h2><div class="card"><h3>Boards</h3><p>Move tasks across columns as work progresses.</p></div><div class="card"><h3>Timelines</h3><p>See every deadline of every project on one chart.</p></div></section>'
const TESTIMONIALS = '<section class="testimonials"><div class="swiper carousel"><div class="swiper-slide"><blockquote>Acme cut our planning meetings in half within a month.</blockquote><p>Dana Lee, Head of Operations</p></div><div class="swiper-slide"><blockquote>We finally know who is working on what, every single day.</blockquote><p>Sam Ortiz, CTO</p></div></div></section>'
const SERVICE_CARDS = '<section class="services"><h2>Our services</h2><div class="grid"><a href="/s/strategy"><h3>Strategy</h3><p>Set goals</p></a><a href="/s/design"><h3>Design</h3><p>Shape it</p></a><a href="/s/build"><h3>Build</h3><p>Ship it</p></a><a href="/s/run"><h3>Run</h3><p>Keep it</p></a></div></section>'
const FAQ = '<section class="faq"><h2>Frequently asked questions</h2><h3>Is there a free plan?</h3><p>Yes, for teams of up to five people, with no time limit.</p></section>'

const CASES = [
  {name: 'keeps every section inside <main>, from the hero to the FAQ', html: page(HERO + FEATURES + TESTIMONIALS + FAQ), keep: ['Project management your team will love', 'Timelines', 'cut our planning meetings in half', 'Is there a free plan?'], drop: ['All rights reserved']},
  {name: 'keeps every section of a page with no <main>', html: page(HERO + FEATURES + FAQ, (inner) => `<div class="page">${inner}</div>`), keep: ['Plan, track and ship work', 'Move tasks across columns', 'Yes, for teams of up to five'], drop: ['All rights reserved']},
  {name: 'keeps a grid of service cards that are links', html: page(HERO + SERVICE_CARDS + FAQ), keep: ['Our services', 'Strategy', 'Set goals', 'Keep it'], drop: ['All rights reserved'], fails: true}
] as const

const LONG = '<p>' + 'Plan, track and ship work in one place, with the tools you already use. '.repeat(6) + '</p>'
const CONTAINERS = [
  {name: 'a page whose <main> holds most of its text', html: page(HERO + FEATURES + LONG), expected: 'main'},
  {name: 'a page whose role="main" box holds most of its text', html: page(HERO + LONG, (inner) => `<div role="main">${inner}</div>`), expected: 'div'},
  {name: 'a page with no <main>', html: page(HERO + FEATURES, (inner) => `<div class="page">${inner}</div>`), expected: 'body'},
  // Near miss: a <main> that holds the hero only is not where the sections are.
  {name: 'a page whose <main> holds a small part of its text', html: page(`<main>${HERO}</main>` + FEATURES + LONG + LONG, (inner) => inner), expected: 'body'}
] as const

describe('service pages (pageType "service")', () => {
  for (const c of CASES) {
    // A row marked `fails` is not met yet: the classifier takes short link blocks as a menu's.
    const run = 'fails' in c ? it.fails : it
    run(c.name, () => {
      const {text} = cleanArticle({html: c.html}, {pageType: 'service'})
      for (const line of c.keep) expect(text).toContain(line)
      for (const line of c.drop) expect(text).not.toContain(line)
    })
  }

  for (const c of CONTAINERS) {
    it(`takes ${c.expected} as the container of ${c.name}`, () => {
      const {body} = documentParts(parseHtml(c.html))
      if (body === null) throw new Error('no body')
      const {content} = segmentPage(body, new Map(), true)
      const {top} = serviceContainer(body, content)
      expect(top.tagName).toBe(c.expected)
    })
  }

  it('runs every tree rule but the gallery and link-list ones', () => {
    expect(PRUNE_RULES.map((rule) => rule.name).filter((name) => !servicePruneRules(PRUNE_RULES).some((rule) => rule.name === name))).toEqual(['media-gallery', 'link-list'])
  })
})
