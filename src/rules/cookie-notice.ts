import {isLabelLike} from '../util/patterns.js'
import type {Rule} from './rule.js'

const COOKIE = /\bcookies?\b|\bcookie-|\bgdpr\b/iu
/** Words only a consent notice uses: it speaks to the reader about the site's cookies. */
const CONSENT =
  /\b(?:we use|this (?:web)?site uses|uses cookies|by (?:continuing|using|clicking)|accept|consent|(?:you )?agree to|you agree|utilisons|utilise|akzeptieren|verwenden|usamos|utilizamos|aceptar)\b/iu
/** Words a notice shares with prose about cookies (an article on tracking): enough only in a short line. */
const NOTICE_WORD = /\b(?:privacy|policy|settings|preferences|manage|personali[sz]|partners|tracking)\b/iu
/** "By clicking …", "By continuing to use this site …": what a consent dialog makes of the reader's next step. */
const ACTION_CONSENT = /\bby (?:clicking|continuing to use|using this (?:web)?site)\b/iu
const ASKS_CONSENT = /\b(?:consent|accept)/iu
/** Longest notice that weak words alone may name; longer, it must say "we use", "accept", … */
const MAX_WEAK_NOTICE_WORDS = 60
const BUTTON = /^(?:accept(?: all)?(?: cookies)?|reject all|decline|allow all|manage (?:cookie )?(?:preferences|settings|options)|cookie (?:settings|preferences|policy)|tout accepter|alle akzeptieren|aceptar todo)$/iu
const MAX_NOTICE_WORDS = 160
const MAX_BUTTON_WORDS = 4

/**
 * Cookie and consent notices and their buttons. Why: a dialog over the page,
 * present in every dump of a site that shows one. The near misses it keeps: a
 * sentence about baked cookies (no consent or tracking words), and a long
 * paragraph about tracking cookies that never asks the reader to accept.
 */
export const cookieNotice: Rule = {
  name: 'cookie-notice',
  reason: 'cookie-notice',
  matches: 'A cookie or consent notice ("We use cookies …", "By continuing to use this site …") or one of its buttons ("Accept all", "Manage preferences").',
  test(block) {
    const {words} = block.measures
    if (words <= MAX_BUTTON_WORDS && isLabelLike(block.text, MAX_BUTTON_WORDS) && BUTTON.test(block.text)) return {}
    if (words > MAX_NOTICE_WORDS) return undefined
    // A consent dialog's second paragraph may not name cookies: it asks for an action's consent.
    if (ACTION_CONSENT.test(block.text) && ASKS_CONSENT.test(block.text)) return {}
    const lower = block.text.toLowerCase()
    if (!lower.includes('cookie') && !lower.includes('gdpr')) return undefined
    if (!COOKIE.test(block.text)) return undefined
    return CONSENT.test(block.text) || (words <= MAX_WEAK_NOTICE_WORDS && NOTICE_WORD.test(block.text)) ? {} : undefined
  }
}
