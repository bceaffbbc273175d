import {describe, expect} from 'vitest'
import {commentForm} from '../../src/decide/rules/comment-form.js'
import {itFiresOnTwoPagesAndKeepsANearMiss, outcome, rowIt, rowTitle, type RuleRow} from '../helpers/rule-context.js'

/** The WordPress.com form at the foot of the seed, after the article's last paragraph. */
const WORDPRESS_COM_FORM = [
  'The United States has condemned Chinese drilling in the South China Sea, and its efforts to intercede in the conflict have been met with ire in Beijing, where the sea as viewed as a vital national interest.',
  '',
  'Leave a Reply',
  '',
  'Fill in your details below or click an icon to log in:',
  '',
  'WordPress.com Logo',
  '',
  'You are commenting using your WordPress.com account. Log\u00a0Out\u00a0/\u00a0 Change\u00a0)',
  '',
  'Google+ photo',
  '',
  'You are commenting using your Google+ account. Log\u00a0Out\u00a0/\u00a0 Change\u00a0)',
  '',
  'Twitter picture',
  '',
  'You are commenting using your Twitter account. Log\u00a0Out\u00a0/\u00a0 Change\u00a0)',
  '',
  'Facebook photo',
  '',
  'You are commenting using your Facebook account. Log\u00a0Out\u00a0/\u00a0 Change\u00a0)',
  '',
  'Connecting to %s'
] as const

const ROWS = [
  // Forms: the anchor line and the short lines of the widget after it.
  {input: WORDPRESS_COM_FORM, at: 1, expected: {span: 11}, source: 'seed q13fox-cnn-archived'},
  {
    input: [
      'Your email address will not be published. Required fields are marked *',
      '',
      'Comment',
      '',
      'Name *',
      '',
      'Email *',
      '',
      'Website',
      '',
      'Join the discussion via emailGet only replies to your comment, the best of the rest, as well as a daily recap of all comments on this post. No more than a few emails daily, which you can reply to/unsubscribe from directly from your inbox.',
      '',
      'Notify me of follow-up comments by email.',
      '',
      'Notify me of new posts by email.',
      '',
      'Previous Post: Google Launches Invisible reCAPTCHA'
    ],
    expected: {span: 8},
    source: 'corpus wordpress'
  },
  {
    // The honeypot field's label and the "Comment" label belong to the form.
    input: [
      'Leave a Reply',
      '',
      'Your email address will not be published. Required fields are marked *',
      '',
      'Name *',
      '',
      'Email *',
      '',
      'Save my name, email, and website in this browser for the next time I comment.',
      '',
      'Spamming robots, please fill in this field. Real humans should leave it blank.',
      '',
      'Comment'
    ],
    expected: {span: 7},
    source: 'corpus firefox-nightly-blog',
    fails: true
  },
  {
    // The span stops at a reader's comment.
    input: [
      'Leave a Reply',
      '',
      'Fill in your details below or click an icon to log in:',
      '',
      'I have lived in Hai Phong for ten years and the port has never looked busier than it does this spring.'
    ],
    expected: {span: 2},
    source: 'constructed'
  },
  {input: 'Please enable JavaScript to view the comments powered by Disqus.', expected: true, source: 'corpus ehow-2'},
  {input: 'You must login or create an account to comment.', expected: true, source: 'corpus ars-1'},
  {input: 'Please Log In to CNET to Comment', expected: true, source: 'corpus cnet'},
  {input: 'Post Your Comment', expected: true, source: 'corpus 002', fails: true},
  {input: 'All fields are required. Your email address will not be published.', expected: true, source: 'corpus archive-of-our-own', fails: true},
  {input: 'Please enable JavaScript to load the comments!', expected: true, source: 'corpus royal-road', fails: true},
  // Counters: one line each.
  {input: '941 comments', expected: {span: 1}, source: 'corpus bbc-1'},
  {input: 'View comments (27)', expected: {span: 1}, source: 'corpus aclu'},
  {input: 'View comments941', expected: true, source: 'corpus bbc-1', fails: true},
  {input: 'Comments(301)', expected: true, source: 'corpus royal-road', fails: true},
  {input: 'No comments:', expected: true, source: 'corpus blogger', fails: true},
  {input: '2 comments on “These Weeks in Firefox: Issue 85”', expected: true, source: 'corpus firefox-nightly-blog', fails: true},
  {input: 'Kommentare lesen (1 Beitrag)', expected: true, source: 'corpus heise'},
  {input: 'Laisser un commentaire', expected: true, source: 'constructed'},
  {input: 'Deja un comentario', expected: true, source: 'constructed'},
  // Near misses: sentences about comments, and the words "Comment" and
  // "Response" as headings in an article's body.
  {input: 'He declined to comment.', expected: false, source: 'constructed'},
  {input: 'Ars is asking Mojang for comment and will update this post if company officials respond.', expected: false, source: 'corpus ars-1'},
  {input: 'No reply.', expected: false, source: 'corpus clean-links'},
  {input: 'Il a refusé de commenter.', expected: false, source: 'constructed'},
  {input: 'Der Kommentar des Ministers sorgte am Montag für Empörung.', expected: false, source: 'constructed'},
  {
    input: [
      'Response',
      '',
      'Response instances are returned by calls to fetch(). They can also be created by JS, but this is only useful in ServiceWorkers.'
    ],
    expected: false,
    source: 'corpus 002',
    fails: true
  },
  {
    // A column header of a table in the article.
    input: ['Comment', '', 'new', '', 'new', '', 'scheduled_timestamp of the task', '', 'Pick up new tasks that are ready.'],
    expected: false,
    source: 'corpus dropbox-blog',
    fails: true
  }
] as const satisfies readonly RuleRow[]

describe('the comment-form rule', () => {
  itFiresOnTwoPagesAndKeepsANearMiss(ROWS)
  for (const row of ROWS) {
    rowIt(row)(rowTitle(row), () => {
      expect(outcome(commentForm, row)).toEqual(row.expected)
    })
  }
})
