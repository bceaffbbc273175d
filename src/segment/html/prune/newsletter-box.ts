import {hasWord, type PruneRule} from './prune-rule.js'

const WORDS = new Set(['newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'mailing', 'mailchimp', 'optin', 'paywall'])
const MAX_CHARS = 800

/** Newsletter sign-up and subscription boxes, by their `class`/`id` words; short ones only. */
export const newsletterBox: PruneRule = {
  name: 'newsletter-box',
  reason: 'newsletter',
  matches: 'A newsletter sign-up or subscription box, by its `class`/`id` words (`newsletter`, `subscribe`, `signup`, `optin`), up to 800 characters.',
  test(_element, context) {
    return context.stats.chars <= MAX_CHARS && hasWord(context, WORDS)
  }
}
