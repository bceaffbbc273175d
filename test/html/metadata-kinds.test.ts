import type {Element} from 'hast'
import {describe, expect, it} from 'vitest'
import {headerDateFinder} from '../../src/extract/markup/header-lines.js'
import type {Unit} from '../../src/segment/html/segment-page.js'
import {decodeLeftReferences} from '../../src/extract/markup/entities.js'
import {visibleHeadline} from '../../src/extract/markup/tidy-title.js'
import {cleanArticle} from '../../src/index.js'
import {collectMarkup} from '../../src/extract/markup/collect-markup.js'
import {attribute} from '../../src/segment/html/hast.js'
import {parseHtml} from '../../src/segment/html/parse-html.js'

const PARAGRAPH =
  'The council voted on Tuesday to extend the library’s opening hours, after a year in which visits rose by a third and the reading room was often full by noon.'
const SECOND = 'Staff will work in two shifts, and the café on the ground floor will stay open until the last visitors leave, the council said in a statement.'

function page(head: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`
}

// Values as WCXB dev pages write them into <meta>, <title> and JSON-LD, escaped twice.
const REFERENCE_ROWS = [
  {input: 'How Machine Learning is Shaping eCommerce &#8211; 10 Benefits', expected: 'How Machine Learning is Shaping eCommerce – 10 Benefits', source: 'numeric, a WordPress title'},
  {input: 'Paid Time Off (PTO) Policies: Best Practices &amp; Benefits', expected: 'Paid Time Off (PTO) Policies: Best Practices & Benefits', source: 'named, an og:title'},
  {input: 'The Adult&#39;s Guide to Starting Music Lessons', expected: 'The Adult’s Guide to Starting Music Lessons'.replace('’', "'"), source: 'an apostrophe'},
  {input: 'Maria &amp; Katerina', expected: 'Maria & Katerina', source: 'a JSON-LD author'},
  // Near misses: nothing escaped, or a bare ampersand and angle bracket.
  {input: 'Salt & Pepper <3', expected: 'Salt & Pepper <3', source: 'no reference'},
  {input: 'Plain headline', expected: 'Plain headline', source: 'plain'}
] as const

describe('decodeLeftReferences', () => {
  for (const row of REFERENCE_ROWS) {
    it(`reads ${JSON.stringify(row.input)} as ${JSON.stringify(row.expected)} (${row.source})`, () => {
      expect(decodeLeftReferences(row.input)).toBe(row.expected)
    })
  }
})

// Titles and <h1>s of WCXB dev pages (several sites and kinds), reworded here.
const HEADLINE_ROWS = [
  {title: '2025 Plumbing Price Guide: Average Rates & How to Estimate', headings: ['Plumbing Pricing Guide 2025: Learn Average Rates & How to Price Jobs'], expected: 'Plumbing Pricing Guide 2025: Learn Average Rates & How to Price Jobs', source: 'an SEO title beside the headline'},
  {title: 'Quickstart', headings: ['Quickstart¶'], expected: 'Quickstart', source: 'a documentation permalink mark'},
  {title: 'Vehicle rental News and Reporting Coverage', headings: ['Vehicle rental News and Reporting Coverage | WRAL'], sites: ['WRAL'], expected: 'Vehicle rental News and Reporting Coverage', source: 'a listing heading with the site'},
  {title: 'Best Resume Writing Service | Professional Resume Writers', headings: ['Menu', 'Best Resume Writing Service'], expected: 'Best Resume Writing Service', source: 'a service page, after a menu heading'},
  // Near misses: headings about something else keep the metadata title.
  {title: 'Certificate vs Certification', headings: ['Stanford Online'], expected: null, source: 'the site in a banner heading'},
  {title: 'Small adventures with small language models', headings: ['Engora Data Blog'], expected: null, source: 'a blog name'},
  {title: 'Learn C#', headings: ['Learn C#'], expected: 'Learn C#', source: 'a # that is no permalink'},
  {title: 'Valkyrie 75 Mechanical Keyboard', headings: ['Shopmart'], statements: ['Valkyrie 75 Mechanical Keyboard - Shopmart'], sites: ['shopmart.'], expected: null, source: 'a logo in an <h1>, which the og:title ends with'}
] as const

describe('visibleHeadline', () => {
  for (const row of HEADLINE_ROWS) {
    it(`takes ${JSON.stringify(row.expected)} for ${JSON.stringify(row.title)} (${row.source})`, () => {
      expect(visibleHeadline(row.title, row.headings, 'statements' in row ? row.statements : [], 'sites' in row ? row.sites : [])).toBe(row.expected)
    })
  }
})

describe('metadata from the visible page', () => {
  it('takes the visible <h1> of a collection where the <title> dresses it for search engines', () => {
    const head = '<title>Bike Locks & Security | Bicycle Locks | Town Cycles</title><meta property="og:site_name" content="Town Cycles">'
    const body = `<main><h1>Bike Locks</h1><p>${PARAGRAPH}</p><p>${SECOND}</p></main>`
    expect(cleanArticle(page(head, body), {pageType: 'collection'}).title).toBe('Bike Locks')
  })

  it('keeps an article’s metadata headline beside an <h1> in other words', () => {
    const head = '<title>Library hours extended | Town News</title><meta property="og:site_name" content="Town News">'
    const body = `<article><h1>Council extends the library’s opening hours</h1><p>${PARAGRAPH}</p><p>${SECOND}</p></article>`
    expect(cleanArticle(page(head, body), {pageType: 'article'}).title).toBe('Library hours extended')
  })

  it('reads the date written under the headline when the markup states none', () => {
    const body = `<article><h1>Council extends library hours</h1><div class="meta"><span>Published on July 18, 2025</span></div><p>${PARAGRAPH}</p><p>${SECOND}</p></article>`
    expect(cleanArticle(page('<title>Council extends library hours</title>', body)).publishedAt).toBe('2025-07-18')
  })

  it('never reads a date from the body below its first paragraph', () => {
    const headline: Element = {type: 'element', tagName: 'h1', properties: {}, children: []}
    const unit = (text: string): Unit => ({kind: 'text', text, owner: {type: 'element', tagName: 'p', properties: {}, children: []}, ownerAt: -1, nodes: [], chars: text.length, linkChars: 0, whole: true, depth: 0, pruned: null, quoted: false})
    const units = [{...unit('Council extends library hours'), kind: 'heading' as const, owner: headline}, unit(PARAGRAPH), unit('March 3, 2024')]
    expect(headerDateFinder(units)(headline, 'en')).toBeNull()
    expect(headerDateFinder([units[0] as Unit, unit('March 3, 2024'), unit(PARAGRAPH)])(headline, 'en')).toBe('2024-03-03')
  })

  it('takes the author from a link to the author’s page', () => {
    const body = `<article><h1>Council extends library hours</h1><p>By <a href="/authors/jane-doe">Jane Doe</a></p><p>${PARAGRAPH}</p><p>${SECOND}</p></article>`
    expect(cleanArticle(page('<title>Council extends library hours</title>', body)).byline).toBe('Jane Doe')
  })

  it('takes the thread starter of a forum, marked as a username, and not every poster', () => {
    const post = (name: string, text: string): string => `<div class="message"><div itemprop="author"><a class="username" href="/members/${name}.1/">${name}</a></div><p>${text}</p></div>`
    const body = `<h1>Which library has the longest opening hours?</h1><div class="thread">${post('reader', PARAGRAPH)}${post('owl_7', SECOND)}${post('jdoe', PARAGRAPH)}${post('bookworm', SECOND)}${post('late_reader', PARAGRAPH)}</div>`
    expect(cleanArticle(page('<title>Which library has the longest opening hours?</title>', body)).byline).toBe('reader')
  })
})

describe('bylines beside the headline', () => {
  const head = '<title>Council extends library hours</title>'
  it('reads a "By" line under the headline that no element marks as a byline', () => {
    const body = `<article><h1>Council extends library hours</h1><p class="meta">By Sofia Gonzalez</p><p>${PARAGRAPH}</p><p>${SECOND}</p></article>`
    expect(cleanArticle(page(head, body)).byline).toBe('Sofia Gonzalez')
  })

  it('reads the name on the line after a "Written by" label', () => {
    const body = `<article><h1>Council extends library hours</h1><div><p>Last updated</p><p>Aug 04, 2025</p></div><div><p>Written by</p><p>Edzel Tabing</p></div><p>${PARAGRAPH}</p><p>${SECOND}</p></article>`
    const article = cleanArticle(page(head, body))
    expect([article.byline, article.publishedAt]).toEqual(['Edzel Tabing', '2025-08-04'])
  })

  it('never reads a "By" sentence in the body as a byline', () => {
    const body = `<article><h1>Council extends library hours</h1><p>${PARAGRAPH}</p><p>By Tuesday noon</p><p>${SECOND}</p></article>`
    expect(cleanArticle(page(head, body)).byline).toBeNull()
  })
})


// Shapes of WCXB dev pages (several sites), reworded: the date only in an element whose class marks it.
const MARKED_DATE_ROWS = [
  {body: '<span class="author__meta-date">March 30, 2023 <span class="author__date-pipe">|</span> 5 min read</span>', expected: '2023-03-30', source: 'a Drupal theme’s author box'},
  {body: '<div class="entry-meta"><span class="posted-on">Posted on 12 June 2024</span></div>', expected: '2024-06-12', source: 'a WordPress "posted-on"'},
  {body: '<p class="datePublished">Jan 5, 2026</p>', expected: '2026-01-05', source: 'a camel-case class'}
] as const

// Near misses: classes that hold the word "date" but mark no publication date.
const NOT_DATE_CLASSES = ['date-modified', 'datepicker', 'candidate', 'validate-form', 'update-notice'] as const

describe('a date in an element marked as one', () => {
  for (const row of MARKED_DATE_ROWS) {
    it(`reads ${JSON.stringify(row.expected)} from ${row.source}`, () => {
      const body = `<article><h1>Council extends library hours</h1><p>${PARAGRAPH}</p><p>${SECOND}</p>${row.body}</article>`
      expect(cleanArticle(page('<title>Council extends library hours</title>', body)).publishedAt).toBe(row.expected)
    })
  }

  it('marks no element whose class only looks like a date', () => {
    const body = NOT_DATE_CLASSES.map((name) => `<p class="${name}">3 May 2021</p>`).join('')
    const tree = parseHtml(page('', `${body}<p class="post-date">4 May 2021</p>`))
    expect(collectMarkup(tree).dated.map((element) => attribute(element, 'className'))).toEqual(['post-date'])
  })

  it('reads a <time> in the page header above the article when nothing else dates it', () => {
    const body = `<div class="hero"><time datetime="2026-01-05T00:00:00.000Z">5 January</time></div><article><h1>Council extends library hours</h1><p>${PARAGRAPH}</p><p>${SECOND}</p></article>`
    expect(cleanArticle(page('<title>Council extends library hours</title>', body)).publishedAt).toBe('2026-01-05T00:00:00Z')
  })
})

describe('the site as the author', () => {
  const body = `<article><h1>Council extends library hours</h1><p>${PARAGRAPH}</p><p>${SECOND}</p></article>`
  it('names the site where its author <meta> says the site wrote it and no person is named', () => {
    const head = '<title>Council extends library hours</title><meta property="og:site_name" content="Town Cycles"><meta name="author" content="Town Cycles">'
    expect(cleanArticle(page(head, body)).byline).toBe('Town Cycles')
  })

  it('names a personal site’s owner from its JSON-LD author', () => {
    const ld = JSON.stringify({'@type': 'BlogPosting', author: {'@type': 'Person', name: 'Jane Roe'}})
    const head = `<title>Council extends library hours</title><meta property="og:site_name" content="Jane Roe"><script type="application/ld+json">${ld}</script>`
    expect(cleanArticle(page(head, body)).byline).toBe('Jane Roe')
  })

  it('prefers a person named on the page to the site', () => {
    const head = '<title>Council extends library hours</title><meta property="og:site_name" content="Town Cycles"><meta name="author" content="Town Cycles">'
    const byline = `<article><h1>Council extends library hours</h1><p class="byline">By Sofia Gonzalez</p><p>${PARAGRAPH}</p><p>${SECOND}</p></article>`
    expect(cleanArticle(page(head, byline)).byline).toBe('Sofia Gonzalez')
  })

  it('names the author of a card’s "Written by" row where the page shows no byline', () => {
    const head = '<title>Council extends library hours</title><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Tyler Brown"><meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="4 minutes">'
    expect(cleanArticle(page(head, body)).byline).toBe('Tyler Brown')
  })

  it('prefers the page’s byline to a card’s "Written by" row, and reads no other row', () => {
    const head = '<title>Council extends library hours</title><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="editor-login">'
    const byline = `<article><h1>Council extends library hours</h1><p class="byline">By Sofia Gonzalez</p><p>${PARAGRAPH}</p><p>${SECOND}</p></article>`
    expect(cleanArticle(page(head, byline)).byline).toBe('Sofia Gonzalez')
    const reading = '<title>Council extends library hours</title><meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="4 minutes">'
    expect(cleanArticle(page(reading, body)).byline).toBeNull()
  })

  it('never names the site from the site name alone', () => {
    const head = '<title>Council extends library hours</title><meta property="og:site_name" content="Town Cycles">'
    expect(cleanArticle(page(head, body)).byline).toBeNull()
  })
})

describe('a Q&A page’s JSON-LD', () => {
  const body = `<article><h1>Which library has the longest opening hours?</h1><p>${PARAGRAPH}</p><p>${SECOND}</p></article>`
  const ld = (type: string): string => {
    const question = {'@type': 'Question', name: 'Which library has the longest opening hours?', dateCreated: '2024-04-17T10:58:44Z', author: {'@type': 'Person', name: 'JonB'}}
    const answer = {'@type': 'Answer', author: {'@type': 'Person', name: 'ReaderTwo'}}
    const data = {'@context': 'https://schema.org', '@type': type, mainEntity: [{...question, acceptedAnswer: answer}]}
    return `<title>Which library has the longest opening hours?</title><script type="application/ld+json">${JSON.stringify(data)}</script>`
  }

  it('names the asker of a QAPage’s question as the author, and its day as the date', () => {
    const article = cleanArticle(page(ld('QAPage'), body), {pageType: 'forum'})
    expect([article.byline, article.publishedAt]).toEqual(['JonB', '2024-04-17T10:58:44Z'])
  })

  it('keeps the QAPage as the page that fills what its question lacks (its image and language)', () => {
    const data = {'@context': 'https://schema.org', '@type': 'QAPage', image: 'https://example.org/q.png', inLanguage: 'en', mainEntity: {'@type': 'Question', name: 'Which library has the longest opening hours?', author: {'@type': 'Person', name: 'JonB'}}}
    const head = `<title>Which library has the longest opening hours?</title><script type="application/ld+json">${JSON.stringify(data)}</script>`
    const article = cleanArticle(page(head, body), {pageType: 'forum'})
    expect([article.byline, article.image]).toEqual(['JonB', 'https://example.org/q.png'])
  })

  it('reads nothing from the questions of an FAQ', () => {
    const article = cleanArticle(page(ld('FAQPage'), body))
    expect([article.byline, article.publishedAt]).toEqual([null, null])
  })
})

describe('a thread’s date', () => {
  it('is its question’s dateCreated, not a later comment’s datePublished', () => {
    const comment = (date: string): string => `<div class="comment"><p>${SECOND}</p><span itemprop="datePublished">${date}</span></div>`
    const body = `<div itemscope itemtype="https://schema.org/QAPage"><h1>Which library has the longest opening hours?</h1><div class="question"><time itemprop="dateCreated" datetime="2014-02-04T13:02:51">Feb 4, 2014</time><p>${PARAGRAPH}</p>${comment('2018-05-21 20:37:55')}</div><div class="answer"><p>${PARAGRAPH}</p>${comment('2019-01-02 10:00:00')}</div></div>`
    expect(cleanArticle(page('<title>Which library has the longest opening hours?</title>', body), {pageType: 'forum'}).publishedAt).toBe('2014-02-04T13:02:51')
  })
})
