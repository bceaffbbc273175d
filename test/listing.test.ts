import {describe, expect, it} from 'vitest'
import {cleanArticle, type Article} from '../src/index.js'
import {markListings} from '../src/decide/classify/region.js'
import {dateLine} from '../src/decide/rules/date-line.js'
import {segmentText} from '../src/segment/text/segment-text.js'
import {loadFixtures, nonBlankLines, norm} from './helpers/fixtures.js'
import {outcome} from './helpers/rule-context.js'

/** The lines of a page that markListings marks, by text. */
function listed(lines: readonly string[]): string[] {
  const blocks = segmentText(lines.join('\n'))
  const marks = markListings(blocks)
  return blocks.filter((block) => marks[block.index] === 1).map((block) => block.text)
}

describe('markListings', () => {
  it('marks a SQL listing whose lines are mostly keywords and brackets (corpus toc-missing)', () => {
    const sql = ['WITH series AS (', 'SELECT *', 'FROM unnest(array[2, 3, 5]) AS n', '),', 'bounds AS (', 'SELECT', 'avg(n) - stddev(n) AS lower_bound', 'FROM', 'series', ')']
    expect(listed(['The range is one standard deviation from the mean.', '', ...sql, '', 'Using the query we found the value.'])).toEqual(sql)
  })

  it('marks a table a program printed with box-drawing characters', () => {
    const table = ['n │ is_anomaly', '───┼────────────', '2 │ f', '12 │ t']
    expect(listed(['Let us see what we got:', '', ...table])).toEqual(table)
  })

  it('does not mark a menu, even an upper-case one', () => {
    expect(listed(['HOME', 'NEWS', 'SPORT', 'WEATHER', 'Contact (24/7)'])).toEqual([])
  })

  it('does not mark hard-wrapped prose whose lines end with commas', () => {
    expect(listed(['tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam,', 'quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo,', 'consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse'])).toEqual([])
  })
})

describe('the date-line rule and printed tables', () => {
  it('keeps a printed table row with a timestamp cell (corpus toc-missing)', () => {
    expect(outcome(dateLine, {input: '400 │ 2020-08-01 18:00:00+00 │ 24 │ 6.823777205473068 │ t', expected: false, source: 'corpus toc-missing'})).toBe(false)
  })

  it('still removes a date stamp', () => {
    expect(outcome(dateLine, {input: '21 September 2020', expected: true, source: 'corpus toc-missing'})).toBe(true)
  })
})

describe('markListings and prose', () => {
  it('marks two lines that are both code (corpus toc-missing)', () => {
    expect(listed(['A good place to start is the mean:', '', 'SELECT avg(n)', 'FROM unnest(array[2, 3, 5, 2, 3, 12, 5, 3, 4]) AS n;'])).toEqual(['SELECT avg(n)', 'FROM unnest(array[2, 3, 5, 2, 3, 12, 5, 3, 4]) AS n;'])
  })

  it('does not mark list items ended by semicolons, or a sentence that names a call (corpus wikipedia, lwn-1)', () => {
    expect(
      listed([
        'Build and enable open-source technologies and communities that support the principles;',
        'Build and deliver great consumer products that support the principles;',
        'Promote models for creating economic value for the public benefit; and',
        'Kernel: LSFMM coverage: NFS, defragmentation, epoll(), copy offload, and more.'
      ])
    ).toEqual([])
  })
})

describe('a listing in the body', () => {
  const intro = 'A successful GET request to a folder must be answered with a JSON-LD document that names its items, like this one for instance:'
  const listing = ['{', '"@context": "http://remotestorage.io/spec/folder-description",', '"items": {', '"abc": {', '"ETag": "DEADBEEFDEADBEEFDEADBEEF",', '"Content-Length": 82352', '}', '}', '}']
  const after = 'The folder description lists every document and folder the folder holds, each with its current version, so that a client can sync it.'

  it('keeps a listing whole when one of its lines looks like leaked JSON-LD (corpus ietf-1)', () => {
    const article = cleanArticle({text: [intro, '', ...listing, '', after].join('\n')})
    const code = article.tree.children.filter((node) => node.type === 'code')
    expect(code.map((node) => node.value)).toEqual([listing.join('\n')])
    expect(article.removed.map((removal) => removal.text)).not.toContain(listing[1])
  })
})

/** The lines of a dump's body code blocks, each block's as a list (the blank lines inside a block left out). */
function codeBlocks(article: Article): string[][] {
  return article.tree.children.flatMap((node) => (node.type === 'code' ? [node.value.split('\n').filter((line) => line.trim() !== '').map(norm)] : []))
}

describe('every body code block of a dump', () => {
  it('is a contiguous run of the input lines, on every text fixture', () => {
    for (const fixture of loadFixtures().filter((f) => f.kind === 'text')) {
      const lines = nonBlankLines(fixture.input)
      for (const block of codeBlocks(cleanArticle({text: fixture.input}))) {
        const start = lines.indexOf(block[0] as string)
        expect(start, `${fixture.name}: a code block starts on no input line`).toBeGreaterThanOrEqual(0)
        // Some start of the block's first line must be followed by all its lines.
        const found = lines.some((line, i) => line === block[0] && block.every((text, k) => lines[i + k] === text))
        expect(found, `${fixture.name}: code block is not a run of the input: ${JSON.stringify(block.slice(0, 3))}`).toBe(true)
      }
    }
  })
})
