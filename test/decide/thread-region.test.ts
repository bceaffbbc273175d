import {describe, expect, it} from 'vitest'
import {makeSegment} from '../../src/decide/classify/region.js'
import {headsOtherThreads, threadSegments} from '../../src/decide/stages/thread-region.js'
import {cleanArticle} from '../../src/index.js'
import {createBlock} from '../../src/segment/block.js'

/** Blocks of a dump: a line per index, the lines named by index, the others filler. */
function blocksOf(count: number, lines: Readonly<Record<number, string>> = {}) {
  return Array.from({length: count}, (_, i) => createBlock(i, lines[i] ?? `line ${i}`, true, true))
}

// Runs of prose as the body search finds them on thread dumps: [start, end, weight].
const ROWS = [
  {runs: [[3, 9, 120], [14, 15, 42], [19, 30, 260]], expected: [3, 30, 422], source: 'a bulletin board: the question, a short reply, a long one'},
  {runs: [[5, 40, 900], [52, 60, 75]], expected: [5, 60, 975], source: 'a Q&A page: the question with its answer, then a second answer'},
  {runs: [[8, 20, 300]], expected: [8, 20, 300], source: 'one post'},
  // Near miss: a page with no run of prose has no thread to widen.
  {runs: [], expected: null, source: 'no prose at all'}
] as const

describe('threadSegments', () => {
  for (const row of ROWS) {
    it(`spans ${row.source}`, () => {
      const found = row.runs.map(([start, end, weight]) => makeSegment(start, end, weight))
      const expected = row.expected === null ? [] : [makeSegment(row.expected[0], row.expected[1], row.expected[2], true)]
      expect(threadSegments(found, blocksOf(70))).toEqual(expected)
    })
  }

  it.each([
    {heading: 'Hot Network Questions', runs: [[3, 40, 500], [48, 60, 90]], expected: [3, 40, 500], source: 'Stack Exchange (wcxb 0564, 0566): the network\u2019s question titles'},
    {heading: 'Similar threads', runs: [[3, 40, 500], [44, 50, 60]], expected: [3, 40, 500], source: 'XenForo (wcxb 0516 physicsforums, 0519 avforums)'},
    {heading: 'Related Threads', runs: [[3, 40, 500], [44, 50, 60]], expected: [3, 40, 500], source: 'wcxb 0529 watchuseek, 0534 toyotanation'},
    {heading: 'Related topics', runs: [[3, 30, 300], [32, 45, 200], [50, 60, 80]], expected: [3, 45, 500], source: 'Discourse (wcxb 0502 docker, 0504 rust-lang), the list after the second post'},
    {heading: 'Related:', runs: [[3, 40, 500], [43, 50, 70]], expected: [3, 40, 500], source: 'a closing colon (constructed)'}
  ] as const)('ends the thread before "$heading" ($source)', ({heading, runs, expected}) => {
    const found = runs.map(([start, end, weight]) => makeSegment(start, end, weight))
    const at = (runs.at(-1)?.[0] ?? 0) - 2
    expect(threadSegments(found, blocksOf(70, {[at]: heading}))).toEqual([makeSegment(expected[0], Math.min(expected[1], at - 1), expected[2], true)])
  })

  it('keeps a heading of other threads that stands before the first post (a forum\u2019s sidebar above the thread)', () => {
    const found = [makeSegment(10, 40, 500), makeSegment(45, 50, 60)]
    expect(threadSegments(found, blocksOf(70, {2: 'Related threads'}))).toEqual([makeSegment(10, 50, 560, true)])
  })
})

describe('headsOtherThreads', () => {
  it.each([
    ['Hot Network Questions', true],
    ['Similar threads', true],
    ['Related', true],
    ['Explore related questions', true],
    // Near misses: a post's sentence, and a line that only starts like a heading.
    ['Related threads are linked at the bottom of this post, please read them first.', false],
    ['Related to my last question', false]
  ] as const)('reads "%s" as a heading of other threads: %s', (line, expected) => {
    expect(headsOtherThreads(line)).toBe(expected)
  })
})

// A thread's dump: the question, a one-line thanks, a reply on another subject, each under its poster's name.
// (A short reply after the last run of prose is not reached: a dump says nothing of where the thread ends.)
const DUMP = [
  'Forums',
  'Home',
  'Backing up my whole system',
  'user123',
  'I am trying to back up my whole system, not just my home folder, before I upgrade, and I would like to know whether copying everything under the root is enough to restore it. I have two disks, one for the system and one for my photos, and I would rather not lose a weekend setting everything up again.',
  'Reply',
  'user456',
  'Thanks, that worked!',
  'Reply',
  'helper',
  'On an unrelated note, the cheapest hosting plans this winter come with free domains for a year, which is worth a look if your website needs a new home. Most of them also move your old site for you at no cost, and the support desks answer within the hour.',
  'Reply',
  'Terms of use'
].join('\n\n')

describe('a thread dump (pageType forum)', () => {
  it('keeps every post between the first run of prose and the last', () => {
    const article = cleanArticle({text: DUMP}, {pageType: 'forum'})
    expect(article.text).toContain('copying everything under the root')
    expect(article.text).toContain('cheapest hosting plans')
    expect(article.text).toContain('Thanks, that worked!')
    expect(article.text).not.toContain('Terms of use')
  })
})
