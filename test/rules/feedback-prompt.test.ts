import {describe, expect, it} from 'vitest'
import {feedbackPrompt} from '../../src/decide/rules/feedback-prompt.js'
import {itFiresOnTwoPagesAndKeepsANearMiss, outcome, rowTitle, type RuleRow} from '../helpers/rule-context.js'

// The Readability corpus's feedback lines ("Site Feedback", "We're interested
// in your feedback on this page") sit in footers the classifier already
// removes; wcxb-dev has docs sites' polls (kubernetes.io and others). The
// rest are written in the style of the docs and help-centre sites that print
// them under the article (a docs manual, a Zendesk help centre, MDN,
// Microsoft Learn), in several languages. Block indexes count lines that are
// not blank.
const ROWS = [
  {input: 'Was this page helpful? Yes No', expected: true, source: 'fixture docs-manual-contents'},
  {input: 'Was this page helpful?', expected: true, source: 'corpus wcxb-dev 0685'},
  {input: 'Was this content helpful? Yes No', expected: true, source: 'corpus wcxb-dev 0116'},
  {input: 'Was this article helpful?', expected: true, source: 'constructed (a help centre)'},
  {input: 'Was this helpful?', expected: true, source: 'constructed'},
  {input: 'Is this page useful?', expected: true, source: 'constructed'},
  {input: 'Did this answer your question?', expected: true, source: 'constructed'},
  {input: 'Did you find this article helpful?', expected: true, source: 'constructed'},
  {input: 'How helpful was this page?', expected: true, source: 'constructed'},
  {input: 'Cette page vous a-t-elle été utile ?', expected: true, source: 'constructed (a French docs site)'},
  {input: 'War dieser Artikel hilfreich?', expected: true, source: 'constructed (a German help centre)'},
  {input: '¿Te ha resultado útil esta página?', expected: true, source: 'constructed (a Spanish docs site)'},
  {input: 'Esta página foi útil?', expected: true, source: 'constructed (a Portuguese docs site)'},
  {input: 'Была ли эта статья полезной?', expected: true, source: 'constructed (a Russian help centre)'},
  {input: 'この記事は役に立ちましたか？', expected: true, source: 'constructed (a Japanese help centre)'},
  {input: '这篇文章对你有帮助吗？', expected: true, source: 'constructed (a Chinese help centre)'},
  // The poll's buttons and thanks go with it, and nothing after them.
  {
    input: ['Was this article helpful?', 'Yes', 'No', '12 out of 20 found this helpful', 'Related articles'],
    expected: {span: 4},
    source: 'constructed (a Zendesk help centre)'
  },
  {
    input: ['Was this page helpful?', '', 'Yes / No', 'Thanks for your feedback!', 'Send feedback', '', 'Last updated on March 5, 2024'],
    expected: {span: 4},
    source: 'constructed (a docs site)'
  },
  {input: 'Thank you for your feedback.', expected: true, source: 'constructed'},
  {input: '36 out of 41 found this helpful', expected: true, source: 'constructed (a Zendesk help centre)'},
  // Near misses: questions in prose, and answers that are not under a poll.
  {input: 'Was this helpful to the defence? The jury was not sure.', expected: false, source: 'constructed'},
  {input: 'Did this answer your question about the budget, or did the minister dodge it again?', expected: false, source: 'constructed'},
  {input: 'Was the policy helpful to workers in the long run?', expected: false, source: 'constructed'},
  {input: ['Q: Did you ever go back?', 'Yes', 'No one asked me to.'], at: 1, expected: false, source: 'constructed (an interview)'},
  {input: 'Marion: Thanks for the feedback! »', expected: false, source: 'corpus wordpress'},
  {
    input: 'Enjoyed reading this blog post or have questions or feedback? Share your thoughts by creating a new topic in the GitLab community forum.',
    expected: false,
    source: 'corpus gitlab-blog'
  },
  {input: 'Hop in our IRC channel and let me know. Feedback is great, pull requests are even better.', expected: false, source: 'corpus blogger'}
] as const satisfies readonly RuleRow[]

describe('the feedback-prompt rule', () => {
  itFiresOnTwoPagesAndKeepsANearMiss(ROWS)
  for (const row of ROWS) {
    it(rowTitle(row), () => {
      expect(outcome(feedbackPrompt, row)).toEqual(row.expected)
    })
  }
})
