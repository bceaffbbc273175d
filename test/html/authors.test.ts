import {describe, expect, it} from 'vitest'
import {splitAuthorNames, type SplitOptions} from '../../src/extract/markup/author-names.js'
import {cleanArticle} from '../../src/index.js'

const ROWS: readonly {input: string; options?: Partial<SplitOptions>; expected: readonly string[]; source: string}[] = [
  {input: 'By Jane Doe and John Roe', expected: ['Jane Doe', 'John Roe'], source: 'a plain byline'},
  // A date after the names, with no separator between (corpus lwn-1).
  {input: 'By Nathan Willis\n   March 25, 2015', expected: ['Nathan Willis'], source: 'lwn-1'},
  // An element marked as a dateline holds only a date: a weekday is no name (corpus salon-1).
  {input: 'Sunday, Feb 1, 2015 11:57 AM UTC', expected: [], source: 'salon-1'},
  {input: 'Joe Wee Monday, February 29, 2016 @ 11:10 PM UTC', expected: ['Joe Wee'], source: 'simplyfound-1'},
  {input: 'Last Updated: January 7, 2025', expected: [], source: 'spiceworks'},
  {input: 'James Akinaka • 8h', expected: ['James Akinaka'], source: 'wikia'},
  // A dash the markup puts after the name (corpus 001: "<span itemprop=name>…</span> —").
  {input: 'Nicolas Perriault —', expected: ['Nicolas Perriault'], source: '001'},
  // A handle with digits is not cut into a name ("CC7567" → "CC").
  {input: 'CC7567', expected: [], source: 'wikia JSON-LD'},
  // A degree after a comma belongs to the name before it (corpus webmd-1).
  {input: 'Brenda Goodman, MA', expected: ['Brenda Goodman'], source: 'webmd-1'},
  {input: 'John Roe, Jr. and Jane Doe, PhD', expected: ['John Roe, Jr', 'Jane Doe'], source: 'suffix and degree'},
  // Credentials of other trades, several in a row (WCXB dev: a dietitian's, a vet's, a planner's byline).
  {input: 'Dylan Bailey, MS, RD, FAND', expected: ['Dylan Bailey'], source: 'a dietitian'},
  {input: 'Shelby Loos, DVM', expected: ['Shelby Loos'], source: 'a vet'},
  {input: 'Rebecca Lake, CEPF®', expected: ['Rebecca Lake'], source: 'a registered credential'},
  // Near miss: a short name that is no credential stays a name.
  {input: 'Ann Poe, Rod Lee', expected: ['Ann Poe', 'Rod Lee'], source: 'two authors'},
  // A label in a forum's post box is no name (WCXB dev: a phpBB theme's "Topic Author", XenForo's "Thread starter").
  {input: 'Topic Author', options: {handle: true}, expected: [], source: 'a forum’s label'},
  {input: 'Thread starter', options: {handle: true}, expected: [], source: 'a thread’s label'},
  // Near misses: a name that holds the word, and a value of the page's metadata (Readability corpus 003).
  {input: 'Ann Authorson', options: {handle: true}, expected: ['Ann Authorson'], source: 'a name that holds the word'},
  {input: 'Dublin Core property author', expected: ['Dublin Core property author'], source: '003-metadata-preferred'},
  // A link or handle in parentheses is not part of the name (corpus ebb-org).
  {input: 'Bradley M. Kuhn (http://ebb.org/bkuhn/)', expected: ['Bradley M. Kuhn'], source: 'ebb-org'},
  {input: 'Jane Doe (@janedoe)', expected: ['Jane Doe'], source: 'handle in parentheses'},
  {input: 'Jane Doe @janedoe', expected: ['Jane Doe'], source: 'handle after the name'},
  // Near miss: initials in parentheses are part of the name (corpus salon-1).
  {input: 'Richard (R.J.) Eskow', expected: ['Richard (R.J.) Eskow'], source: 'salon-1'},
  // Co-authors in a parenthesis (corpus lemonde-1).
  {input: 'Martin Untersinger (avec Damien Leloup et Morgane Tual)', expected: ['Martin Untersinger', 'Damien Leloup', 'Morgane Tual'], source: 'lemonde-1'},
  // The site's name as a whole is no author, and is not split at its "&" (corpus heise).
  {input: 'Mac & i', options: {siteName: 'Mac & i'}, expected: [], source: 'heise'},
  // Near miss: a person the page types as one stays, even on a site named after them (corpus toc-missing).
  {input: 'Haki Benita', options: {siteName: 'Haki Benita', person: true}, expected: ['Haki Benita'], source: 'toc-missing'},
  // One value per author: Dublin Core's "Last, First" keeps its comma (corpus ietf-1).
  {input: 'Jong, Michiel de', options: {single: true}, expected: ['Jong, Michiel de'], source: 'ietf-1'},
  {input: 'Jong, Michiel de', expected: ['Jong', 'Michiel de'], source: 'the same value, alone'}
] as const

describe('splitAuthorNames', () => {
  for (const row of ROWS) {
    it(`reads ${JSON.stringify(row.input)} as ${JSON.stringify(row.expected)} (${row.source})`, () => {
      expect(splitAuthorNames(row.input, {siteName: null, ...row.options})).toEqual(row.expected)
    })
  }
})

const PARAGRAPH =
  'The council voted on Tuesday to extend the library’s opening hours, after a year in which visits rose by a third and the reading room was often full by noon.'
const SECOND = 'Staff will work in two shifts, and the café on the ground floor will stay open until the last visitors leave, the council said in a statement.'
const BODY = `<p>${PARAGRAPH}</p><p>${SECOND}</p><p>${PARAGRAPH}</p>`

function page(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council extends library hours</title>${head}</head><body>${body}</body></html>`
}

function ld(object: Record<string, unknown>): string {
  return `<script type="application/ld+json">${JSON.stringify({'@context': 'https://schema.org', ...object})}</script>`
}

describe('authors from HTML', () => {
  it('takes the name inside a byline box, not the box with its date and labels', () => {
    const html = page(`<h1>Council extends library hours</h1><div class="author_fmt">By <a rel="author" href="/jane">Jane Doe, MA</a><br>Town Health News</div><article>${BODY}</article>`)
    expect(cleanArticle(html).byline).toBe('Jane Doe')
  })

  it('reads the byline between the headline and the body even when its box was pruned as a share bar', () => {
    const share = '<a href="https://facebook.com/share">SHARE</a> <a href="https://twitter.com/share">TWEET</a> <a href="mailto:">EMAIL</a>'
    const html = page(`<h1>Council extends library hours</h1><section><div class="authorinfo"><a href="https://news.example">Town News</a><span itemprop="author">Jane Doe</span> ${share}</div></section><article>${BODY}</article>`)
    expect(cleanArticle(html).byline).toBe('Jane Doe')
  })

  it('keeps the header box of a microdata Article as the article’s, with its byline', () => {
    const html = page(
      `<header class="site"><a href="/">Town News</a></header><div itemscope itemtype="http://schema.org/Article"><div class="content-header"><h1>Council extends library hours</h1><div class="authorInfo">por <a rel="author" class="author" href="/jane">Jane Doe</a></div></div>${BODY}</div>`
    )
    const article = cleanArticle(html)
    expect(article.byline).toBe('Jane Doe')
    expect(article.removed.find((removal) => removal.text.includes('Jane Doe'))?.rule).not.toBe('site-header')
  })

  it('never takes a byline from a related story below the body', () => {
    const related = '<aside class="related"><h2>More stories</h2><ul><li><a href="/a">A story about parks and gardens</a> <span class="byline">By John Roe</span></li><li><a href="/b">Another story about roads</a> <span class="byline">By Ann Poe</span></li></ul></aside>'
    const html = page(`<h1>Council extends library hours</h1><article>${BODY}</article>${related}`)
    expect(cleanArticle(html).authors).toEqual([])
  })

  it('does not take an "authority control" box for a byline', () => {
    const html = page(`<h1>Council extends library hours</h1><article>${BODY}<div class="navbox authority-control">Authority control</div></article>`)
    expect(cleanArticle(html).authors).toEqual([])
  })

  it('names an organisation as the author when it is not the site and no person is named', () => {
    const head = ld({'@type': 'Article', headline: 'Council extends library hours', author: {'@type': 'Organization', name: 'Contributors to Town Wiki'}, publisher: {'@type': 'Organization', name: 'Town Wiki Foundation, Inc.'}})
    expect(cleanArticle(page(`<article>${BODY}</article>`, head)).byline).toBe('Contributors to Town Wiki')
  })

  it('names the site, whole, only where JSON-LD or meta states it as the author and no person is named', () => {
    const head = `<meta property="og:site_name" content="Mac &amp; i"><meta name="DC.creator" content="Mac &amp; i">${ld({'@type': 'NewsArticle', author: {'@type': 'Organization', name: 'Mac & i'}})}`
    expect(cleanArticle(page(`<article>${BODY}</article>`, head)).authors.map((author) => author.name)).toEqual(['Mac & i'])
    const byline = '<p class="byline">By Jane Doe</p>'
    expect(cleanArticle(page(`<article>${byline}${BODY}</article>`, head)).byline).toBe('Jane Doe')
  })

  it('keeps a JSON-LD Person whose name is also the site’s (a personal blog)', () => {
    const head = `<meta property="og:site_name" content="Jane Doe">${ld({'@type': 'Article', author: {'@type': 'Person', name: 'Jane Doe'}})}`
    expect(cleanArticle(page(`<article>${BODY}</article>`, head)).byline).toBe('Jane Doe')
  })

  it('reads one name from each of several DC.creator tags', () => {
    const head = '<meta name="DC.Creator" content="Kooman, F."><meta name="DC.Creator" content="Jong, Michiel de">'
    expect(cleanArticle(page(`<article>${BODY}</article>`, head)).authors.map((author) => author.name)).toEqual(['Kooman, F', 'Jong, Michiel de'])
  })
})
