import {hasWord, type PruneRule} from './rule.js'

const WORDS = new Set(['cookie', 'cookies', 'consent', 'gdpr', 'cmp'])
const MAX_CHARS = 2000

/**
 * Cookie and consent banners and dialogs (`class="cookie-banner"`,
 * `id="consent"`, `gdpr`). They are short: a class word alone does not
 * remove a long text (a privacy policy page is an article about cookies).
 */
export const cookieConsent: PruneRule = {
  name: 'cookie-consent',
  reason: 'cookie-notice',
  matches: 'A cookie or consent banner or dialog, by its `class`/`id` words (`cookie`, `consent`, `gdpr`, `cmp`), up to 2,000 characters.',
  test(_element, context) {
    return context.stats.chars <= MAX_CHARS && hasWord(context, WORDS)
  }
}
