import {describe, expect, it} from 'vitest'
import type {Decisions} from '../../src/decide/classify/classify-blocks.js'
import {keepTextCards, readsAsCards} from '../../src/decide/stages/text-cards.js'
import {cleanArticle} from '../../src/index.js'
import {segmentText} from '../../src/segment/text/segment-text.js'

// A page as its decisions: `.` kept, `c` the classifier's low-content, `m` a
// menu run (one run for each stretch of `m`), `f` another rule's (a footer).
function decisions(pattern: string): Decisions {
  let runStart = 0
  return [...pattern].map((c, i) => {
    if (c === '.') return null
    if (c === 'c') return {reason: 'low-content', rule: 'classifier', start: i}
    if (c === 'f') return {reason: 'footer', rule: 'copyright-footer', start: i}
    if (pattern[i - 1] !== 'm') runStart = i
    return {reason: 'navigation', rule: 'menu-run', start: runStart}
  })
}
const pattern = (tags: Decisions): string => tags.map((tag) => (tag === null ? '.' : tag.rule === 'classifier' ? 'c' : tag.rule === 'menu-run' ? 'm' : 'f')).join('')
/** One block per line, each of `words` words; a line starting with a digit holds a figure. */
const lines = (texts: readonly string[]) => segmentText(texts.join('\n'))

describe('keepTextCards', () => {
  const CARDS = ['Walnut desk organiser', '$24.00', 'Oak monitor stand', '$39.00', 'Brass pen tray', '$18.00']
  const MENU = ['Home', 'Shop', 'Journal', 'About', 'Stockists', 'Contact']
  it.each([
    {name: 'takes back what the classifier dropped, not a rule\'s footer', texts: ['Desk things', 'A', 'B', '© 2026'], input: 'c.cf', expected: '...f'},
    {name: 'takes nothing back from the footer, below the first footer line under the kept text', texts: ['Desk things', 'A', 'B', '© 2026', 'About us', 'Careers'], input: 'c.cfcc', expected: '...fcc'},
    {name: 'with nothing kept, a cookie line at the top is no footer: the cards below it come back', texts: ['We use cookies', 'A', 'B', 'C', '© 2026'], input: 'fcccf', expected: 'f...f'},
    {name: 'takes back below a footer line that stands above the kept text (near miss)', texts: ['Desk things', '© 2026', 'A', 'B', 'C'], input: 'cfc.c', expected: '.f...'},
    {name: 'takes back a menu run whose lines state prices (a grid dumped without blank lines)', texts: CARDS, input: 'mmmmmm', expected: '......'},
    {name: 'leaves a menu run of section names (near miss)', texts: MENU, input: 'mmmmmm', expected: 'mmmmmm'},
    {name: 'leaves a run of figures too short to be two cards (near miss)', texts: CARDS.slice(0, 4), input: 'mmmm', expected: 'mmmm'}
  ])('$name', ({texts, input, expected}) => {
    const tags = decisions(input)
    expect(pattern(keepTextCards(lines(texts), tags))).toBe(expected)
    expect(pattern(tags)).toBe(input)
  })
})

describe('readsAsCards', () => {
  // Ten lines of three words: the kept share is the share of kept lines.
  const TEN = lines(Array.from({length: 10}, (_, i) => `Entry number ${'abcdefghij'[i]}`))
  it.each([
    {name: 'a listing whose article reading kept one line of ten', kind: 'listing', input: 'mm.ccccccf', expected: true},
    {name: 'a listing whose article reading kept a fifth (near miss: its article reading stands)', kind: 'listing', input: 'mm..ccccff', expected: false},
    {name: 'an article whose reading kept one line of ten, the rest short lines', kind: 'article', input: 'm.cccccccf', expected: true},
    {name: 'an article whose reading kept one line, the rest menus and footers (near miss)', kind: 'article', input: 'mmmm.mmcff', expected: false},
    {name: 'a collection with nothing kept', kind: 'collection', input: 'cccccccccc', expected: true},
    {name: 'a service page whose article reading kept one line of ten (its features are short blocks)', kind: 'service', input: 'mm.ccccccf', expected: true},
    {name: 'a service page whose article reading kept a fifth (near miss: its sections\' reading stands)', kind: 'service', input: 'mm..ccccff', expected: false},
    {name: 'a forum thread, never (near miss: its posts are its content)', kind: 'forum', input: 'mmccccccff', expected: false},
    {name: 'a product page, never (near miss: its span and buy box are cut by keepProductSpan)', kind: 'product', input: 'mmccccccff', expected: false}
  ] as const)('$name: $expected', ({kind, input, expected}) => {
    expect(readsAsCards(kind, TEN, decisions(input))).toBe(expected)
  })

  it('asks an article for three lines kept at most', () => {
    const page = lines(Array.from({length: 40}, (_, i) => `Entry number ${i}`))
    expect(readsAsCards('article', page, decisions('...' + 'c'.repeat(37)))).toBe(true)
    expect(readsAsCards('article', page, decisions('..' + 'c'.repeat(37) + '.'))).toBe(true)
    expect(readsAsCards('article', page, decisions('....' + 'c'.repeat(36)))).toBe(false)
    expect(readsAsCards('listing', page, decisions('....' + 'c'.repeat(36)))).toBe(true)
  })
})

describe('dumps of listings and of articles', () => {
  const topics = ['road bikes', 'the rail timetable', 'bread recipes', 'birdwatching', 'garden tools', 'typewriter repair', 'the river path', 'board games', 'the night market', 'school gardens', 'the old cinema', 'winter swimming']
  const LISTING = [
    ...['Home', 'News', 'Sport', 'Culture', 'Contact', ''],
    'Stories from the town',
    '',
    ...topics.flatMap((topic, i) => [`A new look at ${topic}`, `${i + 2} min read`, 'Local life', '']),
    'Every week our reporters walk the streets of the town and bring back the stories that its people tell them.',
    '',
    ...['About us', 'Privacy', 'Terms', '', '© 2024 The Town Paper. All rights reserved.']
  ].join('\n')

  it.each(['article', 'listing'] as const)('keeps every entry of a listing cleaned as %s', (pageType) => {
    const {text} = cleanArticle({text: LISTING}, {pageType})
    for (const topic of topics) expect(text).toContain(`A new look at ${topic}`)
    expect(text).toContain('13 min read')
    expect(text).not.toContain('All rights reserved')
  })

  it('says a guessed article read as cards is a listing, and keeps a kind the caller gave', () => {
    // The dump guesses as an article (its lines read like one to the kind model).
    expect(cleanArticle({text: LISTING}, {pageType: 'article'}).pageType).toBe('article')
    expect(cleanArticle({text: LISTING}).pageType).toBe('listing')
  })

  it('keeps an article\'s reading when it is cleaned as a listing: its menu and related links stay out', () => {
    const sentences = [
      'For years our backups lived on a pair of old storage boxes in the office closet, and for years that was fine.',
      'Then one of them failed during a restore, and we learned how long a rebuild takes when the other disk is also old.',
      'This post explains what we compared, what it cost, and what we would do differently if we started again today.',
      'The first thing we looked at was price per terabyte, which turned out to matter less than the fees for reading data back.',
      'We also wanted versioning, so that a mistaken delete could be undone without a support ticket.',
      'In the end the move took two weekends and one long night, and restores are now faster than before.'
    ]
    const dump = [...['Home', 'About', 'Blog', ''], 'Why we moved our backups to object storage', '', ...sentences.flatMap((s) => [s, '']), 'More from the blog', '', 'Moving house with a home lab', '', 'Our favourite terminal fonts', '', '© 2024 Example Blog'].join('\n')
    const {text} = cleanArticle({text: dump}, {pageType: 'listing'})
    for (const sentence of sentences) expect(text).toContain(sentence)
    expect(text).not.toContain('Our favourite terminal fonts')
    expect(text).not.toContain('Home')
  })
})
