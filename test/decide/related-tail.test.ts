import {describe, expect, it} from 'vitest'
import type {Decisions} from '../../src/decide/classify/classify-blocks.js'
import {endAtRelatedHeader} from '../../src/decide/stages/related-tail.js'
import {segmentText} from '../../src/segment/text/segment-text.js'

// Each line of a page starts with its decision before the stage: `.` kept,
// `r` the related-links rule's (its header or a headline of its list), `c`
// the classifier's low-content; the expected pattern is the decisions after
// it, one letter per line.
function run(lines: readonly string[]): string {
  const blocks = segmentText(lines.map((line) => line.slice(2)).join('\n'))
  let start = -1
  const decisions: Decisions = lines.map((line, i) => {
    if (line[0] !== 'r') start = -1
    else if (start < 0) start = i
    if (line[0] === '.') return null
    return line[0] === 'r' ? {reason: 'related-links', rule: 'related-links', start} : {reason: 'low-content', rule: 'classifier', start: i}
  })
  return endAtRelatedHeader(blocks, decisions)
    .map((tag) => (tag === null ? '.' : tag.rule === 'related-links' ? 'r' : 'c'))
    .join('')
}

const ARTICLE = [
  '. The city council voted on Tuesday to extend the bike lanes along the river by another four miles.',
  '. Work starts in the spring, and the mayor expects the new lanes to open before the end of the summer.',
  '. Residents who spoke at the meeting mostly welcomed the plan, though some worried about parking on the side streets.',
  '. The lanes will be separated from the road by a low curb, as the ones on the bridge already are.'
] as const

const ROWS = [
  {
    name: "removes a teaser's excerpt under a blog's \"Related Posts\" header",
    lines: [
      ...ARTICLE,
      'r Related Posts',
      'r How we repaved the river path',
      '. What we learned about drainage along the way, and what it cost the city in 2019.'
    ],
    expected: '....rrr'
  },
  {
    name: 'removes a newsletter box and the footer below a "You Might Also Like" header',
    lines: [...ARTICLE, 'r You Might Also Like', 'r Five rides for a long weekend', '. Sign up for our weekly letter and get every new story in your inbox on Friday morning.'],
    expected: '....rrr'
  },
  {
    name: 'removes a news site\'s "Recommended for you" stories with their dates',
    lines: [...ARTICLE, 'r Recommended for you', '. The council will also vote next month on a plan to plant two thousand trees downtown.'],
    expected: '....rr'
  },
  {
    name: 'keeps the article below a "Latest news" box that stands above most of it',
    lines: [
      '. The city council voted on Tuesday to extend the bike lanes.',
      'r Latest News',
      ...ARTICLE.slice(1),
      '. The next meeting of the council is set for the first Tuesday of next month, at city hall.'
    ],
    expected: '.r....'
  },
  {
    name: 'keeps the paragraphs after an inline "Read more: <headline>" link',
    lines: [...ARTICLE, 'r Read more: The river path reopens after the floods', '. The lanes will be painted green at every crossing, as on the bridge downtown.'],
    expected: '....r.'
  }
] as const

describe('endAtRelatedHeader', () => {
  for (const row of ROWS) {
    it(row.name, () => {
      expect(run(row.lines)).toBe(row.expected)
    })
  }
})
