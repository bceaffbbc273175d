import {describe, expect, it} from 'vitest'
import {splitAuthorNames} from '../../src/extract/markup/author-names.js'
import {cleanArticle} from '../../src/index.js'

// A forum's author markup names posters by username (WCXB dev forum pages by id).
const ROWS = [
  {input: 'Pippin06', expected: ['Pippin06'], source: 'wcxb 0521 basenotes, XenForo `username`'},
  {input: 'Ejp55230', expected: ['Ejp55230'], source: 'wcxb 0530 mtbr, `itemprop=author`'},
  {input: 'JWoodguy13', expected: ['JWoodguy13'], source: 'wcxb 4317 woodworkingtalk, `itemprop=author`'},
  {input: 'user3080392', expected: ['user3080392'], source: 'wcxb 1177 stackexchange, an unnamed account'},
  {input: 'josh_wilmot90', expected: ['josh_wilmot90'], source: 'wcxb 4838 clark.com, a Discourse username'},
  // Near misses: dates, times and counts are no usernames, even glued together.
  {input: 'May15', expected: [], source: 'a date glued together'},
  {input: 'posts12', expected: [], source: 'a post count glued together'},
  {input: '12h', expected: [], source: 'a time since posting'},
  {input: 'Jan 2024', expected: [], source: 'a join date'},
  {input: '3 replies', expected: [], source: 'a reply count'},
  {input: '#5', expected: [], source: 'a post number'},
  {input: '2y', expected: [], source: 'a post\u2019s age (wcxb forum dumps)'}
] as const

describe('splitAuthorNames on a forum post\u2019s author markup (handle)', () => {
  it.each(ROWS)('reads "$input" as $expected ($source)', ({input, expected}) => {
    expect(splitAuthorNames(input, {siteName: null, handle: true})).toEqual(expected)
  })

  it('keeps dropping a name with digits outside a forum\u2019s author markup', () => {
    expect(splitAuthorNames('Pippin06', {siteName: null})).toEqual([])
  })
})

const POST = 'I have been looking for a light summer scent that lasts past lunch, something green and fresh, and would love to hear what everyone wears on hot days at the office.'
const REPLY = 'Try a vetiver: it stays fresh in the heat and lasts all day on me, even through a long commute on a crowded train.'
const THREAD = `<html><body><div class="p-body"><h1>Light summer scents</h1><ul class="listInline"><li><span class="u-srOnly">Thread starter</span><a href="/members/pippin06.26211932/" class="username">Pippin06</a></li></ul><article class="message"><div class="message-content"><p>${POST}</p></div></article><article class="message"><a href="/members/scentfan.2/" class="username">ScentFan</a><div class="message-content"><p>${REPLY}</p></div></article></div></body></html>`

describe('the thread starter as the author (pageType forum)', () => {
  it('names the first poster, digits and all', () => {
    expect(cleanArticle({html: THREAD}, {pageType: 'forum'}).byline).toBe('Pippin06')
  })

  it('does not take the username on an article (near miss)', () => {
    expect(cleanArticle({html: THREAD}, {pageType: 'article'}).byline).not.toBe('Pippin06')
  })
})
