import {describe, expect, it} from 'vitest'
import type {Decisions} from '../../src/decide/classify/classify-blocks.js'
import {keepArticleItems} from '../../src/decide/stages/article-items.js'
import {segmentText} from '../../src/segment/text/segment-text.js'

// Each line of a page starts with its decision before the stage: `.` kept,
// `c` the classifier's low-content, `m` a menu run (a rule); the expected
// pattern is the decisions after it, one letter per line.
function run(lines: readonly string[]): string {
  const blocks = segmentText(lines.map((line) => line.slice(2)).join('\n'))
  const decisions: Decisions = lines.map((line, i) =>
    line[0] === '.' ? null : line[0] === 'c' ? {reason: 'low-content', rule: 'classifier', start: i} : {reason: 'navigation', rule: 'menu-run', start: i}
  )
  return keepArticleItems(blocks, decisions)
    .map((tag) => (tag === null ? '.' : tag.rule === 'classifier' ? 'c' : 'm'))
    .join('')
}

const ROWS = [
  {
    name: 'keeps the services and results an agency ranking lists under each entry',
    lines: [
      '. First on our list is a revenue-driven agency with deep expertise in technical search for startups.',
      'c Services',
      'c Technical content optimization for complex finance concepts',
      'c Conversion rate optimization for onboarding funnels',
      'c Key results',
      'c Helped a task manager get 21,000 monthly search clicks in under 3 months',
      '. Second comes a content-first agency that has worked with exchanges and wallets for a decade.'
    ],
    expected: '.......'
  },
  {
    name: "keeps a training plan's days between the plan's paragraphs",
    lines: [
      '. The first week sets your training zones, so keep the easy runs easy and the hard ones short.',
      'c Monday. Rest Day',
      'c Tuesday. Intense Run (60-80mins):',
      'c Warm Up. 10-20 Minutes: Easy jogging in Zone 2, then five strides',
      'c Cool Down. 10-20 Minutes: Easy jogging in zone 2',
      '. In the second week the long run grows by ten minutes, and the tempo sets by one repeat.'
    ],
    expected: '......'
  },
  {
    name: 'keeps the facts a directory of firms prints between two profiles',
    lines: [
      '. For this firm, the cornerstone of its approach lies in collaboration and a lot of curiosity.',
      'c Office Location: Atlanta, Georgia',
      'c Team Size: 51 – 200 employees',
      'c Industries Served: eCommerce, Retail, Health and Wellness',
      '. The next firm found that three quarters of the marketing budgets it audited were wasted.'
    ],
    expected: '.....'
  },
  {
    name: 'leaves out a mega-menu opened between the lead and the body (labels of one to three words)',
    lines: [
      '. A better auditing workflow was the answer to the challenges the firm faced every spring.',
      'c Partner directory',
      'c Contact us',
      'c Products',
      'c Legal books',
      'c View all',
      '. The team now closes its audits two weeks sooner, and with fewer late changes from clients.'
    ],
    expected: '.ccccc.'
  },
  {
    name: "leaves out a run that holds a rule's removal, however long its lines",
    lines: [
      '. The intro says what the terrarium needs and how long it takes to build one at home.',
      'c Glass cloche terrariums make a pretty piece of art',
      'm Plant terrarium ideas for a small apartment',
      'c How to build a terrarium with succulent plants',
      '. Measure the circumference of your cloche and cut the foam a little smaller than that.'
    ],
    expected: '.cmc.'
  },
  {
    name: 'leaves the lines after the last kept block (the footer) and before the first',
    lines: [
      'c Sign up for the newsletter of the week',
      '. The article is one paragraph long, and it ends right here with a full stop.',
      'c About us and the people behind this site',
      'c Terms of use and the privacy policy of the site'
    ],
    expected: 'c.cc'
  }
] as const

describe('keepArticleItems', () => {
  for (const row of ROWS) {
    it(row.name, () => {
      expect(run(row.lines)).toBe(row.expected)
    })
  }
})
