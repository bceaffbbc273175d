import {describe, expect, it} from 'vitest'
import {bannerSiteNames, dropPipeTail, headingExtendsTitle, stripAuthorName, threadTitle} from '../../src/extract/markup/tidy-title.js'
import {cleanArticle} from '../../src/index.js'

const PARAGRAPH =
  'The council voted on Tuesday to extend the library’s opening hours, after a year in which visits rose by a third and the reading room was often full by noon.'
const SECOND = 'Staff will work in two shifts, and the café on the ground floor will stay open until the last visitors leave, the council said in a statement.'
const BODY = `<article><p>${PARAGRAPH}</p><p>${SECOND}</p><p>${PARAGRAPH}</p></article>`

function page(head: string, body = BODY): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`
}

const ROWS = [
  {title: 'Get your code covered | Code | Jane Doe', authors: ['Jane Doe'], expected: 'Get your code covered | Code', source: 'corpus 001'},
  {title: 'Jane Doe - On recent controversial events', authors: ['Jane Doe'], expected: 'On recent controversial events', source: 'author first'},
  // Near misses: too little would be left, or the part is not the author's whole name.
  {title: 'Interview | Jane Doe', authors: ['Jane Doe'], expected: 'Interview | Jane Doe', source: 'one word left'},
  {title: 'Why Jane Doe left the council | Town News', authors: ['Jane Doe'], expected: 'Why Jane Doe left the council | Town News', source: 'a headline naming the author'},
  {title: 'Council extends library hours | Jane', authors: ['Jane Doe'], expected: 'Council extends library hours | Jane', source: 'part of a name'}
] as const

describe('stripAuthorName', () => {
  for (const row of ROWS) {
    it(`makes ${JSON.stringify(row.title)} ${JSON.stringify(row.expected)} (${row.source})`, () => {
      expect(stripAuthorName(row.title, row.authors)).toBe(row.expected)
    })
  }
})

// The banner's <h1> is the site's name only beside the page's own heading in the title
// (fixtures html-docs-mdbook-chapter and html-docs-bookdown-chapter are the two books).
const BANNER_ROWS = [
  {title: 'What is Ownership? - The Rust Programming Language', banner: ['The Rust Programming Language'], own: ['What Is Ownership?'], expected: ['The Rust Programming Language'], source: 'mdBook, the Rust book'},
  {title: 'Plan and intended audience | Introduction to Quantum Information Science', banner: ['Introduction to Quantum Information Science'], own: ['Plan and intended audience'], expected: ['Introduction to Quantum Information Science'], source: 'bookdown, qubit.guide'},
  // Near misses: the title does not state the page's heading, or the banner repeats the page's own heading.
  {title: 'Council extends library hours | Town News', banner: ['Council extends library hours'], own: ['Staff will work in two shifts'], expected: [], source: 'a news banner repeating the headline'},
  {title: 'Council extends library hours | Town News', banner: ['Council extends library hours'], own: ['Council extends library hours'], expected: [], source: 'the headline in the banner and the body'},
  {title: 'Ownership - Rust', banner: ['The Rust Programming Language'], own: ['Ownership'], expected: [], source: 'a banner the title does not repeat'}
] as const

describe('bannerSiteNames', () => {
  for (const row of BANNER_ROWS) {
    it(`finds ${JSON.stringify(row.expected)} in ${JSON.stringify(row.title)} (${row.source})`, () => {
      expect(bannerSiteNames(row.title, row.banner, row.own)).toEqual(row.expected)
    })
  }
})

describe('titles from HTML', () => {
  it('cuts the author’s name off a personal site’s title', () => {
    const head = '<title>Get your code covered | Code | Jane Doe</title><meta name="author" content="Jane Doe">'
    expect(cleanArticle(page(head)).title).toBe('Get your code covered | Code')
  })

  it('does not take a JSON-LD name that is the publisher’s for the headline', () => {
    const ld = {'@context': 'https://schema.org', '@type': 'NewsArticle', name: 'Town News', headline: 'Council extends library hours', publisher: {'@type': 'Organization', name: 'Town News'}}
    const head = `<title>Council extends the reading room's opening times - Town News</title><script type="application/ld+json">${JSON.stringify(ld)}</script>`
    expect(cleanArticle(page(head)).title).toBe('Council extends library hours')
  })

  it('skips an og:title that is only the site’s name for the page’s own title', () => {
    const head = '<title>Council extends library hours</title><meta name="application-name" content="Town News - Latest News &amp; Headlines"><meta property="og:title" content="Town News - Latest News &amp; Headlines">'
    expect(cleanArticle(page(head)).title).toBe('Council extends library hours')
  })

  it('takes an article’s <h1> where it goes on from a metadata title cut short', () => {
    const head = '<title>Ergonomic desk step by step: how to set up your monitor, laptop, and k | Oakywood</title><meta property="og:site_name" content="Oakywood">'
    const body = `<article><h1>Ergonomic desk step by step: how to set up your monitor, laptop, and keyboard</h1><p>${PARAGRAPH}</p><p>${SECOND}</p></article>`
    expect(cleanArticle(page(head, body)).title).toBe('Ergonomic desk step by step: how to set up your monitor, laptop, and keyboard')
  })

  it('takes the <h1> where the social card states it and the <title> words the headline otherwise', () => {
    const ld = JSON.stringify({'@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Library hours extended after record year'})
    const head = `<title>Library hours extended after record year | Town News</title><meta property="og:site_name" content="Town News"><meta property="og:title" content="Council extends library hours as visits rise"><script type="application/ld+json">${ld}</script>`
    const body = `<article><h1>Council extends library hours as visits rise</h1><p>${PARAGRAPH}</p><p>${SECOND}</p></article>`
    expect(cleanArticle(page(head, body)).title).toBe('Council extends library hours as visits rise')
    // Near misses: a service page's hero, and a heading that differs in its quotes alone.
    expect(cleanArticle(page(head, body), {pageType: 'service'}).title).toBe('Library hours extended after record year')
    const straight = JSON.stringify({'@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Council\'s library hours extended'})
    const quotes = `<title>Council's library hours extended</title><meta property="og:title" content="Council’s library hours extended"><script type="application/ld+json">${straight}</script>`
    const curly = `<article><h1>Council’s library hours extended</h1><p>${PARAGRAPH}</p><p>${SECOND}</p></article>`
    expect(cleanArticle(page(quotes, curly)).title).toBe('Council\'s library hours extended')
  })

  it('drops the tail after a pipe that the site’s name did not take', () => {
    const head = '<title>Council extends library hours | Local Politics | Town News</title><meta property="og:site_name" content="Town News">'
    expect(cleanArticle(page(head)).title).toBe('Council extends library hours')
  })

  it('keeps the site’s name as the title when the page has no other', () => {
    const head = '<title>Town News</title><meta property="og:site_name" content="Town News">'
    expect(cleanArticle(page(head)).title).toBe('Town News')
  })
})

// Titles of WCXB dev pages (reworded) that still held a pipe once the site's name was off.
const PIPE_ROWS = [
  {title: 'Best Residential Movers in NYC 2025 | Top 19 Companies', expected: 'Best Residential Movers in NYC 2025', source: 'a slogan, a moving-services blog'},
  {title: 'How meditation rewires brains | Opinion', expected: 'How meditation rewires brains', source: 'a section, a newspaper'},
  {title: 'What do people love about Rust? | Rust Blog', expected: 'What do people love about Rust?', source: 'a site name the page does not declare'},
  {title: 'Electrical - Overview | Occupational Safety and Health Administration', expected: 'Electrical - Overview', source: 'an agency, a dash kept'},
  // Near misses: no pipe, a pipe in a word, or one word before it.
  {title: 'Plumbing Maintenance Tips: 11 Best Practices', expected: 'Plumbing Maintenance Tips: 11 Best Practices', source: 'a colon is the headline’s'},
  {title: 'Unix pipes|filters explained', expected: 'Unix pipes|filters explained', source: 'a pipe without spaces'},
  {title: 'Home | Town Cycles', expected: 'Home | Town Cycles', source: 'one word before the pipe'}
] as const

describe('dropPipeTail', () => {
  for (const row of PIPE_ROWS) {
    it(`makes ${JSON.stringify(row.title)} ${JSON.stringify(row.expected)} (${row.source})`, () => {
      expect(dropPipeTail(row.title)).toBe(row.expected)
    })
  }
})

const EXTENDS_ROWS = [
  {title: 'Ergonomic desk step by step: how to set up your monitor, laptop, and k', heading: 'Ergonomic desk step by step: how to set up your monitor, laptop, and keyboard (checklist)', expected: true, source: 'metadata cut mid-word'},
  {title: 'Wedding Checklist Wedding Planning Checklists Wedding Timeline…', heading: 'Wedding Checklist Wedding Planning Checklists Wedding Timeline and Budget', expected: true, source: 'metadata cut with an ellipsis'},
  {title: 'House Renovation Costs in the Bay Area', heading: 'House Renovation Costs in the Bay Area: Room-by-Room Breakdown', expected: true, source: 'the heading goes on'},
  // Near misses: the heading is shorter, rewords, or is the same.
  {title: 'Best Camping Hammocks of 2026, Tested & Reviewed', heading: 'Best Camping Hammocks of 2026', expected: false, source: 'a shorter heading'},
  {title: 'Debunking Common Food Myths', heading: '9 Common Food Myths Debunked', expected: false, source: 'reworded'},
  {title: 'Why Cheap SEO Doesn’t Work', heading: 'Why Cheap SEO Doesn\'t Work', expected: false, source: 'the same words'}
] as const

describe('headingExtendsTitle', () => {
  for (const row of EXTENDS_ROWS) {
    it(`is ${row.expected} for ${JSON.stringify(row.heading)} (${row.source})`, () => {
      expect(headingExtendsTitle(row.title, row.heading)).toBe(row.expected)
    })
  }
})

// Forum software's <title>s (WCXB dev: FluxBB, a vBulletin board, Flarum, phpBB), reworded.
const THREAD_ROWS = [
  {title: 'Which kernel for an old laptop? / General Discussion / Arch Linux Forums', expected: 'Which kernel for an old laptop?', source: 'FluxBB'},
  {title: 'Wrong refresh rate on a new card - Doom9\'s Forum', expected: 'Wrong refresh rate on a new card', source: 'vBulletin'},
  {title: 'Town • View topic - 2025 season: the league is back!', expected: '2025 season: the league is back!', source: 'phpBB'},
  // Near misses: a title with no forum part stays whole, separators and all.
  {title: 'Payment issues - how to change a payment method', expected: 'Payment issues - how to change a payment method', source: 'no forum part'},
  {title: 'Forum', expected: 'Forum', source: 'only a forum part'},
  // A thread's own title that holds a forum word is not the forum: it stays, with the board after it.
  {title: 'Motor driver board not working - Project Guidance - Maker Forum', expected: 'Motor driver board not working - Project Guidance', source: 'board in the thread title'},
  {title: 'Community garden help / Newbie Corner / Distro Forums', expected: 'Community garden help / Newbie Corner', source: 'community in the thread title'},
  {title: 'How to join the discussion? - General - Forums', expected: 'How to join the discussion? - General', source: 'discussion in the thread title'}
] as const

describe('threadTitle', () => {
  for (const row of THREAD_ROWS) {
    it(`reads ${JSON.stringify(row.title)} as ${JSON.stringify(row.expected)} (${row.source})`, () => {
      expect(threadTitle(row.title)).toBe(row.expected)
    })
  }
})
